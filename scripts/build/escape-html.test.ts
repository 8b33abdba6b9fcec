import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('neutralises a title that tries to close the attribute and open a script', () => {
    const escaped = escapeHtml('"><script>alert(1)</script>');
    expect(escaped).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escaped).not.toMatch(/[<>"]/);
  });

  it('escapes ampersands first, so existing entities are shown, not decoded', () => {
    expect(escapeHtml('Tom & Jerry &amp; co')).toBe('Tom &amp; Jerry &amp;amp; co');
  });

  it('escapes single quotes for single-quoted attributes', () => {
    expect(escapeHtml("Russia's plans")).toBe('Russia&#39;s plans');
  });

  it('leaves Arabic and typographic characters alone', () => {
    const text = 'قياديون في المعارضة — “رجال الأسد”';
    expect(escapeHtml(text)).toBe(text);
  });
});
