import { pageEntries } from './page-meta';
import {
  readShellDescription,
  renderPageHtml,
  renderPrerenderedHtml,
  scriptSafeJson,
} from './render-page-html';
import { hostileCorpusIndex } from './test-corpus-index';

const shell = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <meta
      name="description"
      content="Riwaya lines up each party&#39;s account &amp; more."
    />
    <title>Riwaya</title>
    <script type="module" crossorigin src="/riwaya/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const entries = pageEntries(hostileCorpusIndex, '/riwaya/', 'The list.');
const eventPage = (language: 'en' | 'ar') => {
  const entry = entries.find(
    (candidate) => candidate.eventId && candidate.meta.language === language,
  );
  if (!entry) throw new Error('test corpus has no event');
  return entry;
};
const eventEntry = eventPage('en');

/** Every tag in <head>, so a break-out would show up as an extra or a mangled tag. */
function headTags(html: string): string[] {
  const head = /<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<([a-z]+)[\s>]/g)].map((match) => match[1] ?? '');
}

describe('renderPageHtml', () => {
  const html = renderPageHtml(shell, eventEntry.meta);

  it('escapes hostile corpus text in <title> and every attribute', () => {
    expect(html).toContain(
      '<title>Attack &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt; — Riwaya</title>',
    );
    expect(html).toContain('<meta property="og:title" content="Attack &quot;&gt;&lt;script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>');
    // The shell's one script is still the only one.
    expect(headTags(html).filter((tag) => tag === 'script')).toHaveLength(1);
  });

  it('replaces the shell title and description rather than adding second ones', () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain(
      '<meta name="description" content="Summary with &quot;quotes&quot; &amp;',
    );
  });

  it('adds Open Graph and Twitter tags, keeping the built asset URLs', () => {
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    // Relative alternates are invalid: without SITE_URL there are none.
    expect(html).not.toContain('hreflang');
    expect(html).toContain('src="/riwaya/assets/index-abc.js"');
    expect(html).not.toContain('og:url');
  });

  it('gives absolute og:url and canonical when SITE_URL is known', () => {
    const withSite = renderPageHtml(shell, eventEntry.meta, 'https://riwaya.example');
    const url = 'https://riwaya.example/riwaya/events/hostile-event';
    expect(withSite).toContain(`<meta property="og:url" content="${url}" />`);
    expect(withSite).toContain(`<link rel="canonical" href="${url}" />`);
    expect(withSite).toContain(
      `hreflang="ar" href="https://riwaya.example/riwaya/ar/events/hostile-event"`,
    );
    expect(withSite).toContain(`hreflang="en" href="${url}"`);
    expect(withSite).toContain(`hreflang="x-default" href="${url}"`);
  });

  it('gives the Arabic page its own canonical URL, and the same alternates both ways', () => {
    const withSite = renderPageHtml(shell, eventPage('ar').meta, 'https://riwaya.example');
    const url = 'https://riwaya.example/riwaya/ar/events/hostile-event';
    expect(withSite).toContain(`<link rel="canonical" href="${url}" />`);
    expect(withSite).toContain(`hreflang="ar" href="${url}"`);
    expect(withSite).toContain(
      `hreflang="en" href="https://riwaya.example/riwaya/events/hostile-event"`,
    );
    expect(withSite).toContain('<meta property="og:locale" content="ar_SY" />');
    expect(withSite).toContain('<title>حدث — رواية</title>');
  });

  it('does not expand $-patterns from corpus text', () => {
    const meta = { ...eventEntry.meta, title: "$& $' $`" };
    expect(renderPageHtml(shell, meta)).toContain('<title>$&amp; $&#39; $`</title>');
  });

  it('refuses a shell it cannot retitle', () => {
    expect(() => renderPageHtml('<head></head>', eventEntry.meta)).toThrow(/<title>/);
  });
});

describe('renderPrerenderedHtml', () => {
  const body = {
    html: '<main><h1>حدث</h1></main>',
    state: { path: '/ar/x', note: '</script><script>alert(1)</script>' },
    stateElementId: 'state',
  };
  const html = renderPrerenderedHtml(shell, eventPage('ar').meta, body);

  it('writes the page in its language and direction from the first byte', () => {
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<div id="root"><main><h1>حدث</h1></main></div>');
  });

  it('carries the state as JSON data that no text can close early', () => {
    expect(html).toContain('<script type="application/json" id="state">');
    expect(html).not.toContain('</script><script>alert');
    const json = /<script type="application\/json" id="state">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(json ?? '')).toEqual(body.state);
    expect(scriptSafeJson('<!--')).toBe('"\\u003c!--"');
  });

  it('refuses a shell without an empty root to fill', () => {
    expect(() =>
      renderPrerenderedHtml('<html><head><title></title></head></html>', eventEntry.meta, body),
    ).toThrow(/root/);
  });
});

describe('readShellDescription', () => {
  it('returns the shell description as plain text', () => {
    expect(readShellDescription(shell)).toBe("Riwaya lines up each party's account & more.");
  });
});
