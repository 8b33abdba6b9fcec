import { exportFileName } from './export-file-name';
import {
  actorUrl,
  claimPermalink,
  permalinkCorpus,
  siteRootOf,
  sourceUrl,
} from '../../../lib/json-ld/permalink';

describe('exportFileName', () => {
  it('names a file by its subject and format', () => {
    expect(exportFileName('disputed-attack-2020-01', 'csv')).toBe(
      'riwaya-disputed-attack-2020-01-claims.csv',
    );
    expect(exportFileName('events', 'jsonld')).toBe('riwaya-events-claims.jsonld');
  });

  it('never lets a subject carry a path or odd characters', () => {
    expect(exportFileName('../../etc/passwd', 'json')).toBe('riwaya-etc-passwd-claims.json');
    expect(exportFileName('…', 'csv')).toBe('riwaya-export-claims.csv');
  });
});

describe('permalinks', () => {
  it('keep the base path the app is served under', () => {
    expect(siteRootOf('https://host.example', '/')).toBe('https://host.example/');
    expect(siteRootOf('https://host.example', '/riwaya')).toBe('https://host.example/riwaya/');
    expect(claimPermalink({ root: 'https://host.example/riwaya/' }, 'e-1', 'c-2')).toBe(
      'https://host.example/riwaya/events/e-1#claim-c-2',
    );
  });

  it('carry ?corpus= for a corpus other than the bundled one, before the claim anchor', () => {
    const site = { root: 'https://host.example/', corpus: 'my corpus' };
    expect(claimPermalink(site, 'e 1', 'c/2')).toBe(
      'https://host.example/events/e%201?corpus=my+corpus#claim-c%2F2',
    );
    expect(sourceUrl(site, 's')).toBe('https://host.example/sources/s?corpus=my+corpus');
    expect(actorUrl(site, 'a')).toBe('https://host.example/actors/a?corpus=my+corpus');
  });

  it('name the corpus a view reads: imported by id, a self-contained link’s unless bundled', () => {
    expect(permalinkCorpus({ kind: 'bundled' }, 'idlib', 'idlib')).toBeUndefined();
    expect(permalinkCorpus({ kind: 'imported', id: 'mine' }, 'mine', 'idlib')).toBe('mine');
    expect(permalinkCorpus({ kind: 'snapshot' }, 'idlib', 'idlib')).toBeUndefined();
    expect(permalinkCorpus({ kind: 'snapshot' }, 'mine', 'idlib')).toBe('mine');
    expect(permalinkCorpus({ kind: 'snapshot' }, 'mine', undefined)).toBe('mine');
  });
});
