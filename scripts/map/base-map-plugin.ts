import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import {
  buildBaseMap,
  buildLocatorOutline,
  regionBox,
  type CountriesTopology,
} from './build-base-map.ts';

/** The module the map imports its base geometry from; built here, never fetched. */
const baseMapModuleId = 'virtual:riwaya-base-map';
/** The event page's locator outline: the focus country alone, coarse. */
const locatorModuleId = 'virtual:riwaya-locator-outline';

async function readTopology(scale: '50m' | '110m'): Promise<CountriesTopology> {
  const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
  return JSON.parse(await readFile(path, 'utf8')) as CountriesTopology;
}

/**
 * Cuts Natural Earth's countries (the world-atlas package, 1:50m) to the
 * region at build time, so the map's chunk carries a few kilobytes of
 * geometry instead of the world's.
 */
export function baseMapPlugin(): Plugin {
  return {
    name: 'riwaya-base-map',
    resolveId(id) {
      return id === baseMapModuleId || id === locatorModuleId ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${baseMapModuleId}`) {
        const baseMap = buildBaseMap(await readTopology('50m'), regionBox);
        return `export const baseMap = ${JSON.stringify(baseMap)};`;
      }
      if (id === `\0${locatorModuleId}`) {
        const outline = buildLocatorOutline(await readTopology('110m'));
        return `export const locatorOutline = ${JSON.stringify(outline)};`;
      }
      return undefined;
    },
  };
}
