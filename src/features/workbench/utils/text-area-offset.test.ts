import { describe, expect, it } from 'vitest';
import { textOffsetOfShown } from './text-area-offset';

/** What a text area's value is for `text`: the browser's own normalisation of line breaks. */
const shownAs = (text: string) => text.replace(/\r\n?/g, '\n');

describe('textOffsetOfShown', () => {
  it('is the same offset in a text with "\\n" line breaks', () => {
    const text = 'سطر أول\nقال المتحدث';
    expect(textOffsetOfShown(text, 8)).toBe(8);
  });

  it('lands on the same words in a text with Windows line breaks', () => {
    const text = 'السطر الأول\r\nوالثاني\r\nقالت الوزارة إن 40 جنديا قتلوا';
    const shown = shownAs(text);
    const words = 'قالت الوزارة';
    const start = shown.indexOf(words);
    const from = textOffsetOfShown(text, start);
    const to = textOffsetOfShown(text, start + words.length);
    expect(text.slice(from, to)).toBe(words);
  });

  it('counts a lone "\\r" as the one line break the text area shows for it', () => {
    const text = 'a\rb';
    expect(text.slice(textOffsetOfShown(text, 2))).toBe('b');
  });

  it('stops at the end of the text', () => {
    expect(textOffsetOfShown('ab', 10)).toBe(2);
  });
});
