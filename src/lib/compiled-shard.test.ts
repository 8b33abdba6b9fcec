import { describe, expect, it } from 'vitest';
import { SHARD_FORMAT_VERSION } from '@/corpus/format-version';
import { assertCompiledShard } from './compiled-shard';
import { ShardLoadError } from './fetch-json';

describe('assertCompiledShard', () => {
  it('lets a file of this format version through', () => {
    expect(() => {
      assertCompiledShard('index.json', { formatVersion: SHARD_FORMAT_VERSION, events: [] });
    }).not.toThrow();
  });

  it.each([
    [
      'another build’s format',
      { formatVersion: 99 },
      `expected ${String(SHARD_FORMAT_VERSION)}, got 99`,
    ],
    ['no version at all', { events: [] }, 'got nothing'],
    ['an array', [], 'not a corpus file'],
    ['a string', 'hello', 'not a corpus file'],
    ['null', null, 'not a corpus file'],
  ])('refuses %s, naming the file and what is wrong', (_what, body, reason) => {
    const check = () => {
      assertCompiledShard('/corpus/events/x.json', body);
    };
    expect(check).toThrow(ShardLoadError);
    expect(check).toThrow(/\/corpus\/events\/x\.json.*unexpected shape/);
    expect(check).toThrow(reason);
  });
});
