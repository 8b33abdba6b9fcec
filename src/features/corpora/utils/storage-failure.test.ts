import { importFailure } from './storage-failure';

describe('why an import stopped', () => {
  it('tells a full disk from storage that is off, and neither from a failed check', () => {
    expect(importFailure(new DOMException('quota', 'QuotaExceededError'))).toBe('quota');
    expect(importFailure(new DOMException('The transaction was aborted', 'AbortError'))).toBe(
      'storage',
    );
    expect(importFailure(new DOMException('', 'UnknownError'))).toBe('storage');
    expect(
      importFailure(
        new TypeError("Cannot read properties of undefined (reading 'open') indexedDB"),
      ),
    ).toBe('storage');
    expect(importFailure(new Error('the validation worker failed'))).toBe('check');
  });
});
