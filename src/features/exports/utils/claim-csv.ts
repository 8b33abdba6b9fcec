import { claimColumns, type ClaimRow, type ExportFigure } from './claim-rows';
import { toCsv } from './csv';

const qualifierWords: Record<NonNullable<ExportFigure['qualifier']>, string> = {
  exact: '',
  about: 'about ',
  'up-to': 'up to ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'fewer-than': 'fewer than ',
};

/**
 * "Government soldiers killed up to 40 [scope-id]": one cell for a list the
 * JSON keeps structured. English and Latin digits whatever the UI language, so
 * the same export reads the same for everyone; a vague word stays a word.
 */
export function figureText(figure: ExportFigure): string {
  const amount =
    figure.value !== undefined
      ? `${qualifierWords[figure.qualifier ?? 'exact']}${String(figure.value)}`
      : figure.vague
        ? `${figure.vague.meaning} ("${figure.vague.word}")`
        : '';
  return `${figure.metric_en} ${amount} [${figure.scope}]`;
}

export function figuresText(figures: readonly ExportFigure[]): string {
  return figures.map(figureText).join('; ');
}

/** The rows as a CSV file, columns in `claimColumns` order. */
export function claimsCsv(rows: readonly ClaimRow[]): string {
  return toCsv(
    claimColumns,
    rows.map((row) =>
      claimColumns.map((column) => {
        const value = row[column];
        return typeof value === 'string' ? value : figuresText(value);
      }),
    ),
  );
}
