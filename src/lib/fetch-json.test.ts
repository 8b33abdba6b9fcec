import { z } from '@/corpus/zod';
import { fetchJsonBody, parseShard, ShardLoadError } from './fetch-json';

const schema = z.strictObject({ n: z.number() });

describe('parseShard', () => {
  it('takes a schema or a loader for one', async () => {
    await expect(parseShard('x.json', { n: 1 }, schema)).resolves.toEqual({ n: 1 });
    await expect(parseShard('x.json', { n: 1 }, () => Promise.resolve(schema))).resolves.toEqual({
      n: 1,
    });
  });

  it('reports a bad shape, and a schema that failed to load, as a ShardLoadError', async () => {
    await expect(parseShard('x.json', { n: 'one' }, schema)).rejects.toThrow(
      'unexpected shape at n',
    );
    const broken = () => Promise.reject(new Error('chunk missing'));
    await expect(parseShard('x.json', { n: 1 }, broken)).rejects.toBeInstanceOf(ShardLoadError);
  });
});

describe('fetchJsonBody', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fails alike for the network, HTTP and JSON', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchJsonBody('/a.json')).rejects.toBeInstanceOf(ShardLoadError);
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 404 })));
    await expect(fetchJsonBody('/a.json')).rejects.toThrow('HTTP 404');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{')));
    await expect(fetchJsonBody('/a.json')).rejects.toThrow('not valid JSON');
  });

  it('returns the parsed body, unchecked: the caller parses it with its schema', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"n":2}')));
    await expect(fetchJsonBody('/a.json')).resolves.toEqual({ n: 2 });
  });
});
