import { describe, expect, it } from 'vitest';
import { formatIssuePath } from './format-issue-path';

describe('formatIssuePath', () => {
  it('writes the root as $', () => {
    expect(formatIssuePath([])).toBe('$');
  });

  it('uses dots for names and brackets for indices', () => {
    expect(formatIssuePath(['claims', 0, 'quote'])).toBe('$.claims[0].quote');
    expect(formatIssuePath(['$schema'])).toBe('$.$schema');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatIssuePath(['a b', 'x"y', 'عربي'])).toBe('$["a b"]["x\\"y"]["عربي"]');
  });
});
