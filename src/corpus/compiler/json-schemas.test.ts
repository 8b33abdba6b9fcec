import { describe, expect, it } from 'vitest';
import { corpusJsonSchemas } from './json-schemas';

// The files as committed, read by Vite at test time.
const committed = import.meta.glob<string>('../../../data/schema/*.schema.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const byName = new Map(
  Object.entries(committed).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

describe('the committed JSON Schemas in data/schema', () => {
  it('are exactly what the zod schema generates (regenerate them with npm run corpus)', () => {
    const generated = corpusJsonSchemas();
    expect([...byName.keys()].sort()).toEqual(generated.map((schema) => schema.fileName).sort());
    for (const { fileName, json } of generated) expect(byName.get(fileName), fileName).toBe(json);
  });
});
