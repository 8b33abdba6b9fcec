import { questionStatus, type QuestionStatus } from '@/corpus/rules/question-status';
import type { Actor, Qualifier, Side } from '@/corpus/schema';
import type { CompiledClaim, EventShard, IndexMetric, SourceSummary } from '@/corpus/shards';
import { corroboratingSideOf } from '@/lib/event-sides';
import { claimsInGridOrder } from '@/lib/grid-order';
import { claimPermalink, type SiteAddress } from '../../../lib/json-ld/permalink';

/** What the rows need from the index; `CorpusLookups` fits. */
export interface ExportLookups {
  actors: ReadonlyMap<string, Actor>;
  /** The corpus's sides: a question's status depends on which sides answered. */
  sides: ReadonlyMap<string, Side>;
  sources: ReadonlyMap<string, SourceSummary>;
  metrics: ReadonlyMap<string, IndexMetric>;
}

/** A figure as the party gave it: a qualified value, or a vague word never made a number. */
export interface ExportFigure {
  metric: string;
  metric_en: string;
  scope: string;
  value?: number;
  qualifier?: Qualifier;
  vague?: { word: string; meaning: string };
}

/**
 * One exported claim. The keys are the CSV's columns and the JSON's fields, in
 * this order; they are a published format (README), so only ever add to them.
 */
export interface ClaimRow {
  claim_id: string;
  /** Absolute and language-neutral: `<site>/events/<event>[?corpus=<id>]#claim-<id>`. */
  permalink: string;
  event_id: string;
  event_title_en: string;
  event_title_ar: string;
  question_id: string;
  question_en: string;
  question_ar: string;
  said_by_id: string;
  said_by_en: string;
  said_by_ar: string;
  /** Outlets that carried the claim, nearest the speaker first, English names joined by " → ". */
  reported_by: string;
  source_id: string;
  source_title: string;
  source_url: string;
  /** "2020-01-23 (day)", "2019-06 (month)": the date only as precise as it is known. */
  source_published: string;
  quote: string;
  quote_language: string;
  /** Our English translation; an English quote is its own. */
  translation_en: string;
  stance: string;
  figures: ExportFigure[];
  said_on: string;
  said_on_precision: string;
  said_on_basis: string;
  said_on_note: string;
  /** disputed, cross-side, one-side, single or unanswered (see `QuestionStatus`). */
  question_status: QuestionStatus;
  /** When the event happened, as precisely as it is known; `_to` empty for a single date. */
  event_date_from: string;
  event_date_from_precision: string;
  event_date_to: string;
  event_date_to_precision: string;
  /** The claim's position in a few neutral words; empty when the corpus gives none. */
  gist_en: string;
  gist_ar: string;
  /**
   * How the words reached us: own-words, reported-speech or outlet-account;
   * empty for a corpus compiled before claims said so.
   */
  wording: NonNullable<CompiledClaim['wording']> | '';
}

export const claimColumns = [
  'claim_id',
  'permalink',
  'event_id',
  'event_title_en',
  'event_title_ar',
  'question_id',
  'question_en',
  'question_ar',
  'said_by_id',
  'said_by_en',
  'said_by_ar',
  'reported_by',
  'source_id',
  'source_title',
  'source_url',
  'source_published',
  'quote',
  'quote_language',
  'translation_en',
  'stance',
  'figures',
  'said_on',
  'said_on_precision',
  'said_on_basis',
  'said_on_note',
  'question_status',
  'event_date_from',
  'event_date_from_precision',
  'event_date_to',
  'event_date_to_precision',
  'gist_en',
  'gist_ar',
  'wording',
] as const satisfies readonly (keyof ClaimRow)[];

function exportFigure(figure: CompiledClaim['figures'][number], lookups: ExportLookups) {
  const metric = lookups.metrics.get(figure.metric);
  return {
    metric: figure.metric,
    metric_en: metric?.label.en ?? figure.metric,
    scope: figure.scope,
    ...(figure.value !== undefined ? { value: figure.value } : {}),
    ...(figure.qualifier !== undefined ? { qualifier: figure.qualifier } : {}),
    ...(figure.vague !== undefined ? { vague: { ...figure.vague } } : {}),
  } satisfies ExportFigure;
}

function claimRow(
  claim: CompiledClaim,
  shard: EventShard,
  status: QuestionStatus,
  lookups: ExportLookups,
  site: SiteAddress,
): ClaimRow {
  const question = shard.event.questions.find((candidate) => candidate.id === claim.question);
  const speaker = lookups.actors.get(claim.saidBy);
  const source = lookups.sources.get(claim.source);
  const chain = claim.reportedBy.map((id) => lookups.actors.get(id)?.name.en ?? id);
  // The comparison says so too: the text reached us through an outlet it does not name.
  if (source?.outlet === null) chain.push('(unnamed outlet)');
  const { date } = shard.event;
  return {
    claim_id: claim.id,
    permalink: claimPermalink(site, shard.event.id, claim.id),
    event_id: shard.event.id,
    event_title_en: shard.event.title.en,
    event_title_ar: shard.event.title.ar,
    question_id: claim.question,
    question_en: question?.label.en ?? '',
    question_ar: question?.label.ar ?? '',
    said_by_id: claim.saidBy,
    said_by_en: speaker?.name.en ?? claim.saidBy,
    said_by_ar: speaker?.name.ar ?? claim.saidBy,
    reported_by: chain.join(' → '),
    source_id: claim.source,
    source_title: source?.title ?? '',
    source_url: source?.url ?? '',
    source_published: source ? `${source.published.value} (${source.published.precision})` : '',
    quote: claim.quote,
    quote_language: claim.language,
    translation_en: claim.translation ?? (claim.language === 'en' ? claim.quote : ''),
    stance: claim.stance,
    figures: claim.figures.map((figure) => exportFigure(figure, lookups)),
    said_on: claim.saidOn.value,
    said_on_precision: claim.saidOn.precision,
    said_on_basis: claim.saidOn.basis,
    said_on_note: claim.saidOn.note ?? '',
    question_status: status,
    event_date_from: date.from.value,
    event_date_from_precision: date.from.precision,
    event_date_to: date.to?.value ?? '',
    event_date_to_precision: date.to?.precision ?? '',
    gist_en: claim.gist?.en ?? '',
    gist_ar: claim.gist?.ar ?? '',
    wording: claim.wording ?? '',
  };
}

/**
 * One row per claim of `parties`, in grid order (see `claimsInGridOrder`). A
 * question's status is judged on every party's claims, as on screen, even
 * when some parties are hidden.
 */
export function claimRows(
  shard: EventShard,
  parties: readonly string[],
  lookups: ExportLookups,
  site: SiteAddress,
): ClaimRow[] {
  const sideOf = corroboratingSideOf(lookups);
  const statuses = new Map(
    shard.event.questions.map((question) => [
      question.id,
      questionStatus(
        shard.claims.filter((claim) => claim.question === question.id),
        sideOf,
      ).status,
    ]),
  );
  return claimsInGridOrder(shard, parties).map((claim) =>
    claimRow(claim, shard, statuses.get(claim.question) ?? 'unanswered', lookups, site),
  );
}
