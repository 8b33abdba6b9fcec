import { z } from 'zod';
import { fetchJson, parseShard, ShardLoadError } from './fetch-json';

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

describe('fetchJson', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts loading the schema before the response arrives', async () => {
    let respond: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (respond = resolve)));
    const loader = vi.fn(() => Promise.resolve(schema));

    const result = fetchJson('/corpus/index.json', loader);
    expect(loader).toHaveBeenCalledOnce();
    respond(new Response('{"n":2}'));
    await expect(result).resolves.toEqual({ n: 2 });
  });

  it('fails alike for the network, HTTP and JSON', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 404 })));
    await expect(fetchJson('/a.json', schema)).rejects.toThrow('HTTP 404');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{')));
    await expect(fetchJson('/a.json', schema)).rejects.toThrow('not valid JSON');
  });
});
