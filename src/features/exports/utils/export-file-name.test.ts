import { exportFileName } from './export-file-name';
import { claimPermalink, siteRootOf } from './permalink';

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
    expect(claimPermalink('https://host.example/riwaya/', 'e-1', 'c-2')).toBe(
      'https://host.example/riwaya/events/e-1#claim-c-2',
    );
  });
});
