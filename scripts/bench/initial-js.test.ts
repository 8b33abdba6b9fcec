import { describe, expect, it } from 'vitest';
import { initialFiles } from './initial-js';

describe('initialFiles', () => {
  it("counts the loader entry, the app it imports and the app's static imports, once each", () => {
    const files = initialFiles({
      'index.html': {
        file: 'assets/boot.js',
        isEntry: true,
        imports: ['_runtime.js'],
        dynamicImports: ['src/main.tsx'],
      },
      'src/main.tsx': {
        file: 'assets/main.js',
        imports: ['_react.js', '_runtime.js'],
        dynamicImports: ['src/routes/event.tsx'],
      },
      '_react.js': { file: 'assets/react.js' },
      '_runtime.js': { file: 'assets/runtime.js' },
      'src/routes/event.tsx': { file: 'assets/event.js', imports: ['_react.js'] },
      'src/workers/check.ts': { file: 'assets/check.js', isEntry: true },
      'index.css': { file: 'assets/index.css' },
    });
    expect(files.sort()).toEqual([
      'assets/boot.js',
      'assets/main.js',
      'assets/react.js',
      'assets/runtime.js',
    ]);
  });
});
