import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const shell = readFileSync(resolve(root, 'index.html'), 'utf8');

/** Width and height from a PNG's header (IHDR), or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const links = [...shell.matchAll(/<link\s+rel="(icon|apple-touch-icon)"([^>]*)>/g)].map(
  ([, rel, rest]) => ({
    rel,
    href: /href="([^"]+)"/.exec(rest ?? '')?.[1],
    sizes: /sizes="(\d+)x(\d+)"/.exec(rest ?? ''),
  }),
);

describe('the page shell’s icons', () => {
  it('has a tab icon and a home-screen icon', () => {
    expect(links.map((link) => link.rel).sort()).toEqual(['apple-touch-icon', 'icon']);
  });

  // Chrome decodes the tab's icon again after every in-app navigation, on the page's main
  // thread; an SVG icon is a whole document to parse there, as a comparison is being drawn
  // (3-5 ms). public/favicon.svg is the drawing the PNGs are made from.
  it.each(links)('$rel is a PNG in public/, as large as it says', ({ href, sizes }) => {
    expect(href).toMatch(/^\/[\w-]+\.png$/);
    const size = pngSize(readFileSync(resolve(root, 'public', (href ?? '').slice(1))));
    expect(size).toBeDefined();
    if (sizes) expect(size).toEqual({ width: Number(sizes[1]), height: Number(sizes[2]) });
    else expect(size?.width).toBeGreaterThanOrEqual(180);
  });
});
