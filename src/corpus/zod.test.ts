// The one file besides ./zod that names the package: it reads zod's global setting as the library
// itself sees it, which is what decides whether a schema compiles parsers with `new Function`.
import { z as bareZod } from 'zod';

// Every module of src/corpus that defines schemas when it loads.
const schemaModules = {
  primitives: () => import('./primitives'),
  'event-schema': () => import('./event-schema'),
  'source-schema': () => import('./source-schema'),
  'registry-schemas': () => import('./registry-schemas'),
  'figure-schema': () => import('./figure-schema'),
  shards: () => import('./shards'),
  'compiler/load-events': () => import('./compiler/load-events'),
  'compiler/json-schemas': () => import('./compiler/json-schemas'),
};

describe('zod as src gets it', () => {
  afterAll(() => {
    bareZod.config({ jitless: true });
  });

  it.each(Object.entries(schemaModules))(
    'is jitless once %s loads, so no parser is compiled with new Function (the CSP refuses it)',
    async (_name, load) => {
      bareZod.config({ jitless: false });
      vi.resetModules();
      await load();
      expect(bareZod.config().jitless).toBe(true);
    },
  );
});
