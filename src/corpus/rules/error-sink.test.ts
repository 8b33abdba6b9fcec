import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PROBLEMS } from '../limits';
import { ErrorSink, formatProblemCount } from './corpus-error';

describe('ErrorSink past its bound', () => {
  it('keeps the first problems, counts the rest', () => {
    const sink = new ErrorSink(3);
    for (let n = 0; n < 1_000_000; n += 1) sink.report(`f${n}`, '$', 'bad');
    expect(sink.errors.map((error) => error.file)).toEqual(['f0', 'f1', 'f2']);
    expect(sink.count).toBe(1_000_000);
    expect(sink.unlisted).toBe(999_997);
    expect(formatProblemCount(sink.count, sink.unlisted)).toBe(
      '1000000 problems in the corpus (the first 3 listed)',
    );
  });

  it('is bounded by default, and says nothing more when all are listed', () => {
    const sink = new ErrorSink();
    for (let n = 0; n < MAX_LISTED_PROBLEMS + 5; n += 1) sink.report('f', '$', 'bad');
    expect(sink.errors).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(sink.unlisted).toBe(5);
    expect(formatProblemCount(2)).toBe('2 problems in the corpus');
  });
});
