import { quoteStart } from './quote-start';

describe('quoteStart', () => {
  it('keeps a short quote whole, its spacing and line breaks made single spaces', () => {
    expect(quoteStart('نفى مصدر\nعسكري  وقوع أي خسائر')).toBe('نفى مصدر عسكري وقوع أي خسائر');
  });

  it('cuts a long quote at a word and marks the cut', () => {
    const quote = 'كلمة '.repeat(40);
    const start = quoteStart(quote, 22);
    expect(start).toBe('كلمة كلمة كلمة كلمة…');
  });

  it('cuts a quote without spaces where it must', () => {
    expect(quoteStart('x'.repeat(30), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
