import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafeHtml, sanitizeHtml } from './safe-html';

/**
 * Runs under jsdom: DOMPurify does not sanitise under happy-dom. The same
 * vectors are proven again in Chromium by e2e/xss.spec.ts.
 */
declare global {
  interface Window {
    __xss?: unknown;
  }
}

function clean(html: string): HTMLElement {
  const { container } = render(<SafeHtml html={html} />);
  const root = container.firstElementChild;
  if (!(root instanceof HTMLElement)) throw new Error('SafeHtml rendered no element');
  return root;
}

/** Nothing executable or clobbering is left, whatever the input was. */
function expectInert(root: HTMLElement) {
  expect(
    root.querySelectorAll('script, img, svg, math, iframe, form, style, template'),
  ).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of Array.from(element.attributes)) {
      expect(name).not.toMatch(/^on/i);
      expect(['style', 'class', 'id', 'name', 'src', 'srcdoc']).not.toContain(name);
      if (name === 'href') expect(value).toMatch(/^(?:https?:|mailto:)/i);
    }
  }
  expect(window.__xss).toBeUndefined();
}

afterEach(() => {
  window.__xss = undefined;
});

describe('SafeHtml keeps the markup a quotation needs', () => {
  it('keeps phrasing, lists and quotation elements', () => {
    const html =
      '<p><em>a</em> <strong>b</strong> <b>c</b> <i>d</i><br><code>e</code> <mark>f</mark></p>' +
      '<ul><li>g</li></ul><ol><li>h</li></ol><blockquote><q>i</q> <cite>j</cite></blockquote>';
    expect(clean(html).innerHTML).toBe(html);
  });

  it('keeps lang and dir on spans only, and only well-formed ones', () => {
    const root = clean(
      '<span lang="ar" dir="rtl">نص</span><p lang="ar" dir="rtl">x</p><span lang="x y" dir="up">z</span>',
    );
    expect(root.innerHTML).toBe('<span lang="ar" dir="rtl">نص</span><p>x</p><span>z</span>');
  });

  it('opens http(s) and mailto links in a new tab without opener or referrer', () => {
    const root = clean('<a href="https://example.org/a?b=1" target="_self" rel="opener">x</a>');
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/a?b=1');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(clean('<a href="mailto:a@b.org">m</a>').querySelector('a')?.getAttribute('href')).toBe(
      'mailto:a@b.org',
    );
  });

  it('isolates its bidi context by default', () => {
    expect(clean('x').getAttribute('dir')).toBe('auto');
  });
});

describe('SafeHtml drops what could run and keeps the text', () => {
  it.each([
    ['a script tag', '<script>window.__xss=1</script>text', 'text'],
    ['an event handler', '<img src=x onerror="window.__xss=1">after', 'after'],
    ['an svg onload', '<svg onload="window.__xss=1"><text>svg</text></svg>kept', 'kept'],
    ['a body onload', '<body onload="window.__xss=1">body</body>', 'body'],
    ['a handler on an allowed tag', '<p onclick="window.__xss=1" onmouseover=x>p</p>', 'p'],
    [
      'an iframe srcdoc',
      '"><iframe srcdoc="<script>window.__xss=1</script>">f</iframe>after',
      '">after',
    ],
    ['a style attribute', '<p style="background:url(javascript:x)">s</p>', 's'],
    ['a style element', '<style>*{display:none}</style>shown', 'shown'],
    ['a template', '<template><img src=x onerror=1></template>t', 't'],
    ['a noscript breakout', '<noscript><p title="</noscript><img src=x onerror=1>">n', 'n'],
    [
      'MathML mutation XSS',
      'before<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">m',
      'before',
    ],
    [
      'SVG namespace confusion',
      '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
      '',
    ],
    ['a form clobbering location', '<form id=location name=cookie><input name=x>c</form>', 'c'],
    ['an anchor clobbering a global', '<a id=defaultView name=body>d</a>', 'd'],
    ['a data attribute', '<span data-x="1" aria-hidden="true">q</span>', 'q'],
  ])('%s', (_what, html, text) => {
    const root = clean(html);
    expectInert(root);
    expect(root.textContent).toContain(text);
  });

  it.each([
    'javascript:window.__xss=1',
    'JaVaScRiPt:window.__xss=1',
    'java\tscript:window.__xss=1',
    'java&#x09;script:window.__xss=1',
    '&#106;avascript:window.__xss=1',
    '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__xss=1',
    'javascript&colon;window.__xss=1',
    '\u00A0javascript:window.__xss=1',
    '\u2028javascript:window.__xss=1',
    '\u3000javascript:window.__xss=1',
    ' \n javascript:window.__xss=1',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
    '//evil.example/steal',
    '/relative/path',
  ])('a link to %j loses its href and keeps its text', (href) => {
    const root = clean(`<a href="${href}">link text</a>`);
    expectInert(root);
    expect(root.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(root.textContent).toBe('link text');
  });

  it('removes bidi overrides and keeps marks and isolates', () => {
    const root = clean('invoice\u202Efdp.exe \u202Bx\u202C \u200Fy\u200E \u2067z\u2069');
    expect(root.textContent).toBe('invoicefdp.exe x \u200Fy\u200E \u2067z\u2069');
  });

  it.each([
    "{{constructor.constructor('window.__xss=1')()}}",
    '${window.__xss=1}',
    '<%= window.__xss=1 %>',
    '#{window.__xss=1}',
  ])('template syntax %j stays literal text', (text) => {
    const root = clean(`<p>${text.replace(/</g, '&lt;')}</p>`);
    expectInert(root);
    expect(root.textContent).toBe(text);
  });

  it('treats text that looks like markup after decoding as text', () => {
    const root = clean('&lt;img src=x onerror=window.__xss=1&gt;');
    expectInert(root);
    expect(root.textContent).toBe('<img src=x onerror=window.__xss=1>');
  });

  it('returns a string where the environment has no Trusted Types', () => {
    expect(typeof sanitizeHtml('<b>x</b>')).toBe('string');
  });

  it('returns TrustedHTML from a policy named "dompurify" where Trusted Types exist', async () => {
    // jsdom has no Trusted Types: a stand-in records the policy DOMPurify creates on first use.
    const policies: string[] = [];
    const wrap = (html: string) => ({ html, toString: () => html });
    vi.stubGlobal('trustedTypes', {
      createPolicy: (name: string, rules: { createHTML: (html: string) => string }) => {
        policies.push(name);
        return {
          createHTML: (html: string) => wrap(rules.createHTML(html)),
          createScriptURL: wrap,
        };
      },
    });
    vi.resetModules();
    try {
      const fresh = await import('./safe-html');
      const result = fresh.sanitizeHtml('<b onclick=x>y</b>');
      expect(policies).toEqual(['dompurify']);
      expect(result).toEqual(expect.objectContaining({ html: '<b>y</b>' }));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
