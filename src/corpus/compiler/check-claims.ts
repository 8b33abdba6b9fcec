import type { Claim } from '../schema';
import { checkKnown } from './check-references';
import type { ErrorSink } from '../rules/corpus-error';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus, LoadedSource } from './loaded-corpus';

export function isEnglish(language: string): boolean {
  return language === 'en' || language.startsWith('en-');
}

/** Who carried the claim: known outlets, no repeats, not the speaker, ending with the source's outlet. */
function checkReportedBy(
  claim: Claim,
  claimIndex: number,
  source: LoadedSource | undefined,
  file: string,
  corpus: LoadedCorpus,
  sink: ErrorSink,
): void {
  const seen = new Set<string>();
  claim.reportedBy.forEach((actor, actorIndex) => {
    const at = ['claims', claimIndex, 'reportedBy', actorIndex];
    checkKnown(corpus.actors.ids, actor, 'actor', file, at, sink);
    if (actor === claim.saidBy) {
      sink.report(
        file,
        formatIssuePath(at),
        `reportedBy must not contain the speaker "${actor}" (saidBy)`,
      );
    } else if (seen.has(actor)) {
      sink.report(file, formatIssuePath(at), `reportedBy lists "${actor}" more than once`);
    }
    seen.add(actor);
  });
  const outlet = source?.value.outlet ?? undefined;
  // An outlet quoting itself (a monitor's own report) has no one between it and the reader.
  if (outlet !== undefined && claim.saidBy !== outlet && claim.reportedBy.at(-1) !== outlet) {
    sink.report(
      file,
      formatIssuePath(['claims', claimIndex, 'reportedBy']),
      `reportedBy must end with the source's outlet "${outlet}"`,
    );
  }
}

/**
 * An outlet's account is an outlet telling what someone else said: an outlet
 * quoting its own narration is giving its own words, not an account of them.
 * (Without a named outlet, the unnamed publisher is the one telling.)
 */
function checkWording(
  claim: Claim,
  claimIndex: number,
  source: LoadedSource | undefined,
  file: string,
  sink: ErrorSink,
): void {
  const outlet = source?.value.outlet ?? undefined;
  if (claim.wording === 'outlet-account' && outlet !== undefined && claim.saidBy === outlet) {
    sink.report(
      file,
      formatIssuePath(['claims', claimIndex, 'wording']),
      `an outlet-account claim is the outlet's account of someone else's words, but "${outlet}" is both the speaker and the source's outlet: its own narration is own-words`,
    );
  }
}

interface EventContext {
  file: string;
  /** Undefined when the event's questions (or scopes) did not pass the schema. */
  questions: ReadonlySet<string> | undefined;
  scopes: ReadonlySet<string> | undefined;
}

function checkClaim(
  claim: Claim,
  index: number,
  { file, questions, scopes }: EventContext,
  sources: ReadonlyMap<string, LoadedSource>,
  corpus: LoadedCorpus,
  sink: ErrorSink,
): void {
  // Paths are spelled out, not spread from a prefix: this runs for every claim, errors or not.
  if (questions && !questions.has(claim.question)) {
    sink.report(
      file,
      formatIssuePath(['claims', index, 'question']),
      `unknown question "${claim.question}" in this event`,
    );
  }
  checkKnown(corpus.actors.ids, claim.saidBy, 'actor', file, ['claims', index, 'saidBy'], sink);
  checkKnown(corpus.sourceIds, claim.source, 'source', file, ['claims', index, 'source'], sink);
  const source = sources.get(claim.source);
  checkReportedBy(claim, index, source, file, corpus, sink);
  checkWording(claim, index, source, file, sink);
  checkKnown(corpus.claimIds, claim.saidAfter, 'claim', file, ['claims', index, 'saidAfter'], sink);
  if (claim.saidAfter === claim.id) {
    sink.report(
      file,
      formatIssuePath(['claims', index, 'saidAfter']),
      'a claim cannot follow itself',
    );
  }
  if (claim.explanation !== undefined && claim.stance !== 'alternative-explanation') {
    sink.report(
      file,
      formatIssuePath(['claims', index, 'explanation']),
      'only an alternative-explanation claim names an explanation',
    );
  }
  claim.figures.forEach((figure, figureIndex) => {
    const metricPath = ['claims', index, 'figures', figureIndex, 'metric'];
    checkKnown(corpus.metrics.ids, figure.metric, 'metric', file, metricPath, sink);
    if (scopes && !scopes.has(figure.scope)) {
      sink.report(
        file,
        formatIssuePath(['claims', index, 'figures', figureIndex, 'scope']),
        `unknown scope "${figure.scope}" in this event`,
      );
    }
  });
  const language = claim.language ?? source?.value.language;
  if (language !== undefined && !isEnglish(language) && claim.translation === undefined) {
    sink.report(
      file,
      formatIssuePath(['claims', index, 'translation']),
      'missing English translation of the quote',
    );
  }
}

/**
 * Everything a claim names resolves, a non-English quote carries its
 * translation, and an outlet's account is not the outlet's own words.
 */
export function checkClaims(corpus: LoadedCorpus, sink: ErrorSink): void {
  const sources = new Map(corpus.sources.map((source) => [source.value.id, source]));
  for (const event of corpus.events) {
    const context: EventContext = {
      file: event.file,
      questions: event.questions && new Set(event.questions.map((question) => question.id)),
      scopes: event.scopes && new Set(event.scopes.map((scope) => scope.id)),
    };
    for (const { index, value } of event.claims) {
      checkClaim(value, index, context, sources, corpus, sink);
    }
  }
}
