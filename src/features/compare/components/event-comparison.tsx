import { useMemo, useState, type ReactNode } from 'react';
import { isPrerendering } from '@/lib/prerender-flag';
import { useLocation } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { DateRangeText } from '@/components/ui/date-text';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { Place } from '@/corpus/schema';
import type { EventShard, EventSummary } from '@/corpus/shards';
import { withShardSources, type CorpusLookups } from '@/lib/corpus-lookups';
import { formatList } from '@/lib/format-list';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { useAfterFirstFrame } from '@/lib/use-after-first-frame';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScrollToHash } from '@/lib/use-scroll-to-hash';
import { useEventShard } from '@/api/get-event-shard';
import { defaultPartyOrder, orderParties } from '@/lib/party-order';
import type { EmptyCells, QuestionFocus, TextMode } from '../utils/compare-search';
import { actorsParam } from '../utils/party-order-change';
import { partyLabels } from '../utils/party-labels';
import { partySideWords } from '@/lib/party-side';
import { questionStates } from '../utils/question-verdicts';
import { ComparisonDetail } from './comparison-detail';
import { FiguresPanel } from './figures-panel';
import { FocusToggles } from './focus-toggles';
import { PartyControls } from './party-controls';
import { TextModeToggle } from './text-mode-toggle';
import { UnknownPartiesNotice } from './unknown-parties-notice';
import { WhoSpoke } from './who-spoke';

export interface EventComparisonProps {
  summary: EventSummary;
  lookups: CorpusLookups;
  eventId: string;
  requestedActors: readonly string[] | undefined;
  textMode: TextMode;
  onTextModeChange: (mode: TextMode) => void;
  questionFocus: QuestionFocus;
  onQuestionFocusChange: (focus: QuestionFocus) => void;
  emptyCells: EmptyCells;
  onEmptyCellsChange: (cells: EmptyCells) => void;
  /** The visible parties in order; undefined for every party in the default order. */
  onPartiesChange: (actors: string[] | undefined) => void;
  /** Actions on the event as a whole (e.g. a self-contained link). */
  headerActions?: ReactNode;
  /**
   * Shown inside another page (the workbench's live preview): the page keeps its own tab title
   * and h1, and the event's title is a second-level heading.
   */
  embedded?: boolean;
  /** Where the event happened (a locator map), beside its summary; composed in by the route. */
  renderPlaces?: (places: readonly Place[]) => ReactNode;
  /** Actions on exactly the claims on screen (the exports); composed in by the route. */
  renderAccountActions?: (shown: {
    shard: EventShard;
    parties: readonly string[];
    lookups: CorpusLookups;
  }) => ReactNode;
}

/** One event's header, who spoke, its controls, the overview, a section per question and the figures. */
export function EventComparison(props: EventComparisonProps) {
  const { summary, lookups } = props;
  const language = useLanguage();
  const shard = useEventShard(summary.shard);
  useScrollToHash(shard.isSuccess);
  const Title = props.embedded ? 'h2' : 'h1';
  const placeItems = summary.places
    .map((placeId) => lookups.places.get(placeId))
    .filter((place) => place !== undefined);
  const places = placeItems.map((place) => localized(place.name, language));

  return (
    // Embedded, it leaves the page's width alone: the page around it would jump when it appears.
    <article aria-labelledby="event-title" data-wide-view={props.embedded ? undefined : ''}>
      {props.embedded ? null : <DocumentTitle title={localized(summary.title, language)} />}
      <header className="mb-4 flow-root">
        <Title id="event-title" className="text-2xl font-bold text-stone-950">
          {localized(summary.title, language)}
        </Title>
        {props.renderPlaces ? (
          <div className="float-end ms-4 mt-2">{props.renderPlaces(placeItems)}</div>
        ) : null}
        <p className="mt-1 text-sm text-stone-700">
          <DateRangeText range={summary.date} />
          {places.length > 0 ? <span> · {formatList(places, language)}</span> : null}
        </p>
        <p className="mt-2 max-w-3xl text-stone-800">{localized(summary.summary, language)}</p>
        <div className="mt-3 print:hidden">{props.headerActions}</div>
      </header>
      {shard.isPending ? <LoadingState /> : null}
      {shard.isError ? (
        <ErrorState detail={shard.error.message} onRetry={() => void shard.refetch()} />
      ) : null}
      {shard.isSuccess ? (
        <Accounts {...props} shard={shard.data} lookups={withShardSources(lookups, shard.data)} />
      ) : null}
    </article>
  );
}

function DocumentTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

function Accounts({
  shard,
  lookups,
  requestedActors,
  textMode,
  onTextModeChange,
  onPartiesChange,
  questionFocus,
  onQuestionFocusChange,
  emptyCells,
  onEmptyCellsChange,
  renderAccountActions,
}: EventComparisonProps & { shard: EventShard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Kept across renders, so the memoised grid and figures panel re-render only when these change.
  const defaultOrder = useMemo(() => defaultPartyOrder(shard.claims, lookups), [shard, lookups]);
  const order = useMemo(
    () => orderParties(defaultOrder, requestedActors),
    [defaultOrder, requestedActors],
  );
  // Statuses alone in the first frame; the sections work out each verdict's reasons and sides.
  const states = useMemo(() => questionStates(shard, lookups), [shard, lookups]);
  // The first frame shows the overview's first rows; the other rows, the sections and the
  // figures render once it is on screen, in a background render the reader never waits on.
  // A link to one claim or question (#hash) needs its target at once: then all in one go.
  const hasHash = useLocation({ select: (location) => location.hash !== '' });
  // A prerendered page carries the whole comparison, and its hydration must render the same.
  const [wholeAtOnce] = useState(isPrerendering);
  const complete = useAfterFirstFrame(hasHash || wholeAtOnce);
  const labels = useMemo(
    () => partyLabels(lookups, language, partySideWords(t, language)),
    [lookups, language, t],
  );
  const { metricLabel, scopeLabel } = useMemo(() => {
    const scopes = new Map(shard.event.scopes.map((scope) => [scope.id, scope]));
    return {
      metricLabel: (id: string) => {
        const metric = lookups.metrics.get(id);
        return metric ? localized(metric.label, language) : id;
      },
      scopeLabel: (id: string) => {
        const scope = scopes.get(id);
        return scope ? localized(scope.label, language) : id;
      },
    };
  }, [shard, lookups, language]);
  if (shard.claims.length === 0) {
    return (
      <EmptyState>
        <p>{t('compare.noParties')}</p>
      </EmptyState>
    );
  }

  return (
    <>
      <UnknownPartiesNotice ids={order.unknown} />
      <WhoSpoke parties={defaultOrder} lookups={lookups} labels={labels} />
      <div className="mb-4 flex flex-wrap items-start gap-x-6 gap-y-3 print:hidden">
        <PartyControls
          shown={order.shown}
          hidden={order.hidden}
          isDefault={actorsParam(order.shown, defaultOrder) === undefined}
          nameOf={labels.nameOf}
          contextOf={labels.contextOf}
          onChange={(shown) => {
            onPartiesChange(shown ? actorsParam(shown, defaultOrder) : undefined);
          }}
        />
        <TextModeToggle value={textMode} onChange={onTextModeChange} />
        <FocusToggles
          questionFocus={questionFocus}
          onQuestionFocusChange={onQuestionFocusChange}
          emptyCells={emptyCells}
          onEmptyCellsChange={onEmptyCellsChange}
        />
        <a
          href="#figures"
          className="py-1.5 text-sm font-medium text-teal-800 underline hover:text-teal-950"
        >
          {t('compare.figuresPanel.jump')}
        </a>
        {renderAccountActions?.({ shard, parties: order.shown, lookups })}
      </div>
      <ComparisonDetail
        shard={shard}
        parties={order.shown}
        states={states}
        labels={labels}
        lookups={lookups}
        textMode={textMode}
        questionFocus={questionFocus}
        emptyCells={emptyCells}
        metricLabel={metricLabel}
        scopeLabel={scopeLabel}
        complete={complete}
      />
      {complete ? (
        <FiguresPanel
          claims={shard.claims}
          parties={order.shown}
          nameOf={labels.nameOf}
          metricLabel={metricLabel}
          scopeLabel={scopeLabel}
        />
      ) : null}
    </>
  );
}
