import { languageRewrite } from './language-rewrite';

const input = (href: string) => {
  const url = languageRewrite.input?.({ url: new URL(href, 'https://x.test') });
  return url instanceof URL ? `${url.pathname}${url.search}` : url;
};
const output = (href: string) => {
  const url = languageRewrite.output?.({ url: new URL(href, 'https://x.test') });
  return url instanceof URL ? `${url.pathname}${url.search}` : url;
};

describe('languageRewrite', () => {
  it('shows the router the view with its language in the search', () => {
    expect(input('/ar/events/x?text=original')).toBe('/events/x?text=original&lang=ar');
    expect(input('/ar/')).toBe('/?lang=ar');
    expect(input('/events/x')).toBe('/events/x?lang=en');
  });

  it('reads an old link’s ?lang=, and lets /ar/ win over it', () => {
    expect(input('/events/x?lang=ar&actors=a,b')).toBe('/events/x?actors=a,b&lang=ar');
    expect(input('/ar/events/x?lang=en')).toBe('/events/x?lang=ar');
    expect(input('/events/x?lang=xx')).toBe('/events/x?lang=en');
  });

  it('gives links the language as a path, search kept as written', () => {
    expect(output('/events/x?actors=a,b&lang=ar')).toBe('/ar/events/x?actors=a,b');
    expect(output('/?lang=ar')).toBe('/ar/');
    expect(output('/timeline?lang=en&q=L-39')).toBe('/timeline?q=L-39');
    expect(output('/timeline')).toBe('/timeline');
  });
});
