import type { Figure, Qualifier } from '@/corpus/schema';
import type { CompiledClaim } from '@/corpus/shards';

/** One party's number, as stated; identical statements by one party share a bar. */
export interface FigureBar {
  party: string;
  value: number;
  qualifier: Qualifier;
  /** Every claim that states it; the bar links to the first. */
  claims: string[];
}

/** One metric counted in one scope: the only figures that may be set against each other. */
export interface FigureChart {
  metric: string;
  scope: string;
  bars: FigureBar[];
  /** How many distinct parties gave a value: two or more make a comparison. */
  partyCount: number;
}

/** "Dozens", "hundreds of thousands": listed in words, never drawn as a number. */
export interface VagueFigure {
  party: string;
  claim: string;
  metric: string;
  scope: string;
  word: string;
  /** The language of the word as quoted. */
  language: string;
  meaning: NonNullable<Figure['vague']>['meaning'];
}

export interface FigurePanelData {
  charts: FigureChart[];
  vague: VagueFigure[];
}

/**
 * The figures of the parties on screen, bars in column order. Comparisons
 * (charts with two or more parties) come first; one party's figures follow,
 * still drawn so a reader sees their qualifiers at a glance.
 */
export function figureCharts(
  claims: readonly CompiledClaim[],
  shownParties: readonly string[],
): FigurePanelData {
  const rank = new Map(shownParties.map((party, position) => [party, position]));
  const charts = new Map<string, FigureChart>();
  const vague: VagueFigure[] = [];
  for (const claim of claims) {
    if (!rank.has(claim.saidBy)) continue;
    for (const figure of claim.figures) {
      const { metric, scope } = figure;
      if (figure.vague) {
        const { word, meaning } = figure.vague;
        vague.push({
          party: claim.saidBy,
          claim: claim.id,
          metric,
          scope,
          word,
          language: claim.language,
          meaning,
        });
        continue;
      }
      if (figure.value === undefined) continue;
      const key = `${metric}\u0000${scope}`;
      const chart = charts.get(key) ?? { metric, scope, bars: [], partyCount: 0 };
      charts.set(key, chart);
      const qualifier = figure.qualifier ?? 'exact';
      const same = chart.bars.find(
        (bar) =>
          bar.party === claim.saidBy && bar.value === figure.value && bar.qualifier === qualifier,
      );
      if (same) {
        if (!same.claims.includes(claim.id)) same.claims.push(claim.id);
      } else {
        chart.bars.push({
          party: claim.saidBy,
          value: figure.value,
          qualifier,
          claims: [claim.id],
        });
      }
    }
  }
  const byColumn = (a: { party: string }, b: { party: string }) =>
    (rank.get(a.party) ?? 0) - (rank.get(b.party) ?? 0);
  const list = [...charts.values()].map((chart) => ({
    ...chart,
    bars: [...chart.bars].sort(byColumn),
    partyCount: new Set(chart.bars.map((bar) => bar.party)).size,
  }));
  // A stable sort keeps the corpus's order within each group.
  list.sort((a, b) => Number(b.partyCount > 1) - Number(a.partyCount > 1));
  return { charts: list, vague: [...vague].sort(byColumn) };
}
