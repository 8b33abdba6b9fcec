import { jsonLdText } from '@/lib/json-ld/json-ld-text';
import { JSON_LD_POLICY_NAME } from '@/config/trusted-types-policies';

const graph = (id: string) => jsonLdText({ '@context': 'https://schema.org', '@id': id });
const scripts = () => [...document.querySelectorAll('script[type="application/ld+json"]')];

interface Rules {
  createScript(input: string): string;
}

// A fresh module per test: the policy is made once per page, as the CSP demands.
async function load() {
  vi.resetModules();
  return import('./json-ld-script');
}

afterEach(() => {
  document.head.replaceChildren();
  Reflect.deleteProperty(globalThis, 'trustedTypes');
});

describe('isJsonLdText', () => {
  it('accepts exactly what jsonLdText writes, nothing else', async () => {
    const { isJsonLdText } = await load();
    expect(isJsonLdText(graph('a'))).toBe(true);
    expect(isJsonLdText(jsonLdText({ quote: '</script><script>alert(1)</script>' }))).toBe(true);
    expect(isJsonLdText('{"quote": "</script>"}')).toBe(false);
    expect(isJsonLdText(JSON.stringify({ a: 1 }))).toBe(false);
    expect(isJsonLdText('alert(1)')).toBe(false);
    expect(isJsonLdText('')).toBe(false);
  });
});

describe('trustedJsonLd', () => {
  it('goes through one riwaya-jsonld policy that refuses anything but escaped JSON', async () => {
    const created: string[] = [];
    Object.assign(globalThis, {
      trustedTypes: {
        createPolicy: (name: string, rules: Rules) => {
          created.push(name);
          return { createScript: (input: string) => ({ trusted: rules.createScript(input) }) };
        },
      },
    });
    const { trustedJsonLd } = await load();
    expect(trustedJsonLd(graph('a'))).toEqual({ trusted: graph('a') });
    expect(trustedJsonLd(graph('b'))).toEqual({ trusted: graph('b') });
    expect(created).toEqual([JSON_LD_POLICY_NAME]);
    expect(JSON_LD_POLICY_NAME).toBe('riwaya-jsonld');
    expect(() => trustedJsonLd('window.__xss = 1')).toThrow(TypeError);
    expect(() => trustedJsonLd('{"a":"</script>"}')).toThrow(TypeError);
  });

  it('still refuses what is not escaped JSON where there are no Trusted Types', async () => {
    const { trustedJsonLd } = await load();
    expect(trustedJsonLd(graph('a'))).toBe(graph('a'));
    expect(() => trustedJsonLd('alert(1)')).toThrow(TypeError);
  });
});

describe('showJsonLd', () => {
  it('keeps one script: the build’s when it matches, else a fresh one; removed on leaving', async () => {
    const { showJsonLd } = await load();
    const prerendered = document.createElement('script');
    prerendered.type = 'application/ld+json';
    prerendered.text = `\n${graph('a')}\n`;
    document.head.append(prerendered);

    const leaveA = showJsonLd(document, graph('a'));
    expect(scripts()).toEqual([prerendered]);
    leaveA();
    expect(scripts()).toEqual([]);

    document.head.append(prerendered);
    const leaveB = showJsonLd(document, graph('b'));
    expect(scripts()).toHaveLength(1);
    expect(scripts()[0]?.textContent).toBe(graph('b'));
    expect(prerendered.isConnected).toBe(false);
    leaveB();
    expect(scripts()).toEqual([]);
  });

  it('replaces another event’s script when the view moves on', async () => {
    const { showJsonLd } = await load();
    const leaveA = showJsonLd(document, graph('a'));
    const leaveB = showJsonLd(document, graph('b'));
    leaveA();
    expect(scripts().map((script) => script.textContent)).toEqual([graph('b')]);
    leaveB();
    expect(scripts()).toEqual([]);
  });
});
