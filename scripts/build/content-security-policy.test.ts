import { cspHeaderValue, cspMetaContent, injectCspMeta } from './content-security-policy';

const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body></body>
</html>`;

describe('the Content Security Policy', () => {
  it('allows only our own files and enforces Trusted Types', () => {
    expect(cspMetaContent).toContain("script-src 'self'");
    expect(cspMetaContent).toContain("object-src 'none'");
    expect(cspMetaContent).toContain("base-uri 'none'");
    expect(cspMetaContent).toContain("require-trusted-types-for 'script'");
    expect(cspMetaContent).toMatch(/trusted-types dompurify riwaya-worker riwaya-jsonld(;|$)/);
    expect(cspMetaContent).not.toContain('allow-duplicates');
    expect(cspMetaContent).not.toContain('unsafe-eval');
    expect(cspMetaContent).toContain("style-src 'self';");
  });

  it('lets inline style only into attributes, which the prerendered markup carries', () => {
    expect(cspMetaContent).toContain("style-src-attr 'unsafe-inline'");
    expect(cspMetaContent.match(/unsafe-inline/g)).toHaveLength(1);
  });

  it('names exactly the policies the app creates', () => {
    const listed = /trusted-types ([^;]*)/.exec(cspMetaContent)?.[1]?.split(' ');
    expect(listed).toEqual(['dompurify', 'riwaya-worker', 'riwaya-jsonld']);
  });

  it('keeps frame-ancestors for the header only, where browsers honour it', () => {
    expect(cspMetaContent).not.toContain('frame-ancestors');
    expect(cspHeaderValue).toContain("frame-ancestors 'none'");
  });

  it('puts the meta before any script, once', () => {
    const html = injectCspMeta(shell);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<head>'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(injectCspMeta(html)).toBe(html);
  });

  it('refuses HTML without a head rather than ship a page without the policy', () => {
    expect(() => injectCspMeta('<p>no head</p>')).toThrow(/no <head>/);
  });
});
