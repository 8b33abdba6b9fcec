import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface CliOptions {
  dataDir: string;
  outDir: string;
  check: boolean;
  writeSchemas: boolean;
}

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_OUT_DIR = 'public/corpus';

export const usage = `usage: npm run corpus -- [--data <dir>] [--out <dir>] [--check] [--write-schemas]
  --data <dir>       the corpus folder (default ${DEFAULT_DATA_DIR})
  --out <dir>        where the compiled shards go (default ${DEFAULT_OUT_DIR}); emptied first
  --check            validate only: write nothing
  --write-schemas    regenerate <data>/schema/*.schema.json (done by default for ${DEFAULT_DATA_DIR}/)`;

/** Parses the flags; throws with a readable message on anything unknown. */
export function parseCliArgs(args: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      out: { type: 'string', default: DEFAULT_OUT_DIR },
      check: { type: 'boolean', default: false },
      'write-schemas': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    dataDir: values.data,
    outDir: values.out,
    check: values.check,
    writeSchemas:
      values['write-schemas'] ||
      (!values.check && resolve(values.data) === resolve(DEFAULT_DATA_DIR)),
  };
}
