import type { BenchResults, Check } from './bench-results';
import type { WorkbenchChecks } from './measure-workbench-check';

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const atMost = (value: number | undefined, limit: number) =>
  value === undefined ? undefined : value <= limit;
const atLeast = (value: number | undefined, limit: number) =>
  value === undefined ? undefined : value >= limit;

/** The workbench's check of one edit: at the Idlib corpus's size, and at 1,000 claims. */
export function workbenchCheckRows(w: WorkbenchChecks): Check[] {
  return [
    {
      figure: `Workbench: check of one edit, Idlib corpus (${String(w.idlib.claims)} claims; CPU, median of ${String(w.idlib.runs)})`,
      value: `${ms(w.idlib.cpuMs)} (wall ${ms(w.idlib.wallMs)})`,
      target: '≤ 50 ms',
      pass: atMost(w.idlib.cpuMs, 50),
    },
    {
      figure: `Workbench: check of one edit, synthetic draft (${String(w.thousand.claims)} claims; CPU, median)`,
      value: `${ms(w.thousand.cpuMs)} (wall ${ms(w.thousand.wallMs)})`,
      target: '≤ 200 ms',
      pass: atMost(w.thousand.cpuMs, 200),
    },
  ];
}

/** Every figure the issue names, with its target and whether this run meets it. */
export function checks(r: BenchResults): Check[] {
  const list: Check[] = [];
  const ratio = r.initialJs.app.gzipBytes / r.initialJs.bare.gzipBytes;
  list.push({
    figure: 'Initial JS, gzip (app / bare template)',
    value: `${kb(r.initialJs.app.gzipBytes)} / ${kb(r.initialJs.bare.gzipBytes)} = ${ratio.toFixed(2)}×`,
    target: '≤ 1.6×',
    pass: ratio <= 1.6,
  });
  list.push({
    figure: `Cold load: list painted (median of ${r.options.runs})`,
    value: `${ms(r.coldLoad.listPaintedMs)} (index.json ${mb(r.coldLoad.indexBytes ?? 0)} in at ${ms(r.coldLoad.indexFetchedMs)})`,
    target: '≤ 1000 ms',
    pass: atMost(r.coldLoad.listPaintedMs, 1000),
  });
  list.push({
    figure: 'Cold load: LCP (median)',
    value: `${ms(r.coldLoad.lcpMs)} (${r.coldLoad.lcpElement ?? 'no entry'})`,
    target: '≤ 1000 ms',
    pass: atMost(r.coldLoad.lcpMs, 1000),
  });
  for (const [kind, label] of [
    ['party', 'party toggle'],
    ['date', 'date change'],
    ['search', 'search keystroke'],
  ] as const) {
    const l = r.filters[kind];
    list.push({
      figure: `Filter: ${label} p50 / p95 (${l.attempted - l.unchanged} timed, ${l.unchanged} unchanged)`,
      value: `${ms(l.p50)} / ${ms(l.p95)}`,
      target: 'p95 ≤ 50 ms',
      pass: atMost(l.p95, 50),
    });
  }
  list.push({
    figure: 'First search keystroke (fetches quote texts)',
    value: ms(r.filters.firstSearchMs),
    target: 'none',
    pass: undefined,
  });
  list.push({
    figure: `Comparison, ${r.compare.claims} claims, 12 parties: first screen (median)`,
    value: `${ms(r.compare.firstScreenMs)} (shard fetch ${ms(r.compare.shardFetchMs)})`,
    target: '≤ 100 ms',
    pass: atMost(r.compare.firstScreenMs, 100),
  });
  list.push({
    figure: `Comparison: all ${r.compare.claims} claims in the page (median)`,
    value: ms(r.compare.medianMs),
    target: 'none',
    pass: undefined,
  });
  if (r.map)
    list.push({
      figure: `Map drawn at ${String(r.map.events)} events (median, from the click on "Map")`,
      value: `${ms(r.map.drawnMs)} (settled ${ms(r.map.settledMs)})`,
      target: '≤ 1000 ms',
      pass: atMost(r.map.drawnMs, 1000),
    });
  const heap = r.filters.heap;
  const growth = (heap.afterInteractions - heap.afterWarmUp) / heap.afterWarmUp;
  list.push({
    figure: `JS heap: load / warm / after ${heap.interactions} inputs`,
    value: `${mb(heap.afterLoad)} / ${mb(heap.afterWarmUp)} / ${mb(heap.afterInteractions)} (${(growth * 100).toFixed(1)}%)`,
    target: 'flat: ≤ +10%',
    pass: growth <= 0.1,
  });
  const c = r.compileVsParse;
  if (c)
    list.push({
      figure: `Compile ${r.corpus.claims} claims / JSON.parse of its ${mb(c.sourceJsonBytes)} JSON (CPU)`,
      value: `${ms(c.compileCpuMs)} / ${ms(c.parseCpuMs)} = ${(c.compileCpuMs / c.parseCpuMs).toFixed(1)}×`,
      target: '≤ 10×',
      pass: c.compileCpuMs / c.parseCpuMs <= 10,
    });
  if (r.workbenchCheck) list.push(...workbenchCheckRows(r.workbenchCheck));
  const build = r.steps['build (synthetic)'];
  list.push({
    figure: `Build with every page prerendered (synthetic, ${String(r.prerender.pages)} pages)`,
    value: `${ms(build)}; dist ${mb(r.prerender.distBytes)}`,
    target: '≤ 180000 ms',
    pass: atMost(build, 180_000),
  });
  for (const { page, scores: lh, observed } of r.lighthouse ?? []) {
    list.push(
      {
        figure: `Lighthouse (Idlib) ${page}: performance`,
        value: String(lh.performance),
        target: '≥ 98',
        pass: atLeast(lh.performance, 98),
      },
      {
        figure: `Lighthouse ${page}: accessibility / best practices / SEO`,
        value: `${String(lh.accessibility)} / ${String(lh.bestPractices)} / ${String(lh.seo)}`,
        target: '100 / 100 / ≥ 95',
        pass:
          atLeast(lh.accessibility, 100) && atLeast(lh.bestPractices, 100) && atLeast(lh.seo, 95),
      },
      {
        figure: `Lighthouse ${page}: FCP / LCP / TBT / CLS`,
        value: `${ms(lh.fcpMs)} / ${ms(lh.lcpMs)} / ${ms(lh.tbtMs)} / ${lh.cls?.toFixed(3) ?? 'n/a'}`,
        target: 'TBT ≤ 100 ms',
        pass: atMost(lh.tbtMs, 100),
      },
    );
    if (observed) {
      list.push({
        figure: `${page}: blocking time observed at 4× CPU (taken over at)`,
        value: `${ms(observed.blockingMs)} (${ms(observed.interactiveMs)})`,
        target: '≤ 100 ms',
        pass: atMost(observed.blockingMs, 100),
      });
    }
  }
  return list;
}

/** A Markdown table: readable in a terminal, pasteable into the README. */
export function formatTable(rows: readonly Check[]): string {
  const cells = rows.map((row) => [
    row.figure,
    row.value,
    row.target,
    row.pass === undefined ? '–' : row.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['Figure', 'Value', 'Target', 'Met'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
