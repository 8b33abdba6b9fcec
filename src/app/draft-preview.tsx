import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import { corpusIndexQueryOptions } from '@/api/get-corpus-index';
import { eventShardQueryOptions } from '@/api/get-event-shard';
import { corpusKeys } from '@/api/shard-query';
import { EventComparison } from '@/features/compare/components/event-comparison';
import type { EmptyCells, QuestionFocus, TextMode } from '@/features/compare/utils/compare-search';
import type { PreviewOf } from '@/features/workbench/hooks/preview-renderer';
import { corpusLookups } from '@/lib/corpus-lookups';
import { builtCorpusSource } from '@/lib/corpus-source/built-source';
import { CorpusSourceContext } from '@/lib/corpus-source/corpus-source-context';

/**
 * A click on a link in the preview stays in the workbench: the pages it leads to (a source, a
 * party) are the published corpus's, not the draft's. A link to a place in the comparison
 * (#figures) scrolls the preview there instead.
 */
function keepClickInPreview(event: MouseEvent<HTMLElement>) {
  if (!(event.target instanceof Element)) return;
  const link = event.target.closest('a[href]');
  if (!link || !event.currentTarget.contains(link)) return;
  event.preventDefault();
  event.stopPropagation();
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return;
  const id = decodeURIComponent(href.slice(1));
  const target = [...event.currentTarget.querySelectorAll('[id]')].find((node) => node.id === id);
  target?.scrollIntoView({ block: 'start' });
}

/**
 * The workbench's live preview: one event of the draft's last good compile in the reader's own
 * comparison view, read through an in-memory corpus source keyed by the compile. The compiled
 * shards are put in the query cache before the view reads them, so a new compile replaces the
 * last without a loading flash; the last compile's entries are dropped when it is replaced.
 * No sharing or export controls: a draft has no address yet.
 */
export function DraftPreview({ corpus, revision, eventId }: PreviewOf) {
  const queryClient = useQueryClient();
  const source = useMemo(() => {
    const built = builtCorpusSource(corpus, String(revision));
    queryClient.setQueryData(corpusIndexQueryOptions(built).queryKey, corpus.index);
    for (const shard of corpus.eventShards) {
      queryClient.setQueryData(eventShardQueryOptions(shard.path, built).queryKey, shard.data);
    }
    return built;
  }, [corpus, revision, queryClient]);
  useEffect(
    () => () => {
      queryClient.removeQueries({ queryKey: corpusKeys.corpus(source) });
    },
    [source, queryClient],
  );

  const [textMode, setTextMode] = useState<TextMode>('both');
  const [actors, setActors] = useState<string[] | undefined>();
  const [questionFocus, setQuestionFocus] = useState<QuestionFocus>('all');
  const [emptyCells, setEmptyCells] = useState<EmptyCells>('show');
  const lookups = corpusLookups(corpus.index);
  const summary = lookups.events.get(eventId);
  if (!summary) return null;

  return (
    <CorpusSourceContext value={source}>
      {/* Not a control: it only keeps the links' clicks (mouse or keyboard) from leaving. */}
      <div onClickCapture={keepClickInPreview} onAuxClickCapture={keepClickInPreview}>
        <EventComparison
          embedded
          eventId={eventId}
          summary={summary}
          lookups={lookups}
          requestedActors={actors}
          onPartiesChange={setActors}
          textMode={textMode}
          onTextModeChange={setTextMode}
          questionFocus={questionFocus}
          onQuestionFocusChange={setQuestionFocus}
          emptyCells={emptyCells}
          onEmptyCellsChange={setEmptyCells}
        />
      </div>
    </CorpusSourceContext>
  );
}
