import { describe, expect, it } from 'vitest';
import { buildAnnotations } from '@/corpus/compiler/annotations';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import type { CorpusFile } from '@/corpus/compiler/load-corpus';
import { locateQuote } from '@/corpus/compiler/locate-quote';
import { normalizeQuote, normalizeText } from '@/corpus/compiler/text-normalize';
import { addSource } from './add-source';
import { draftFilesFromCompiled } from './draft-from-compiled';
import { emptyDraftFiles } from './draft-files';
import { importAnnotations, MAX_IMPORTED_ANNOTATIONS } from './import-annotations';
import { addPendingClaims } from './pending-claims';
import annotationFile from './fixtures/seed-003-annotations.jsonld?raw';

// The bundled corpus holds seed 003 byte for byte as this source; the fixture annotates it.
const committed = import.meta.glob<string>(
  ['../../../../data/*.json', '../../../../data/events/*.json', '../../../../data/sources/*'],
  { query: '?raw', import: 'default', eager: true },
);
const bundledFiles: CorpusFile[] = Object.entries(committed).map(([path, text]) => ({
  path: path.replace(/^(\.\.\/)+/, ''),
  text,
}));
const SEED_SOURCE = 'unnamed-2020-01-russian-mod-40-soldiers';
const seedText = bundledFiles.find((file) => file.path === `data/sources/${SEED_SOURCE}.txt`)?.text;
const PAGE = 'https://example.org/news/2020/01/23/idlib-attack';

function seedDraft() {
  if (seedText === undefined) throw new Error(`data/sources/${SEED_SOURCE}.txt is missing`);
  return addSource(emptyDraftFiles('c', { ar: 'إدلب', en: 'Idlib' }), {
    id: 'idlib-attack',
    outlet: null,
    outletNote: { ar: 'بلا اسم', en: 'Unnamed' },
    title: 'أعلنت وزارة الدفاع الروسية',
    language: 'ar',
    published: { value: '2020-01', precision: 'month', basis: 'inferred' },
    url: PAGE,
    text: seedText,
  });
}

describe('importAnnotations', () => {
  it('Importing a small W3C annotation file made from one seed creates the drafts it describes', () => {
    const result = importAnnotations(seedDraft(), annotationFile);
    if (!result.ok) throw new Error(`refused: ${result.problem.kind}`);
    const text = seedText ?? '';
    const mod =
      'أعلنت وزارة الدفاع الروسية مقتل ما يصل إلى 40 جنديا سوريا في هجوم كبير شنه مسلحون على القوات الحكومية في إدلب';
    // The Observatory's denial: the file dropped the hamzas; the source's words are taken, and
    // they appear twice (the NLF says them first), so the second occurrence is named.
    const denial = 'إنه لم يقع أي هجوم';
    expect(result.created).toEqual([
      {
        id: 'annotation-1',
        source: 'idlib-attack',
        quote: mod,
        note: 'Russian MoD: up to 40 Syrian soldiers killed\n— Researcher A',
      },
      {
        id: 'annotation-2',
        source: 'idlib-attack',
        quote: denial,
        occurrence: 2,
        note: 'SOHR: no attack on government forces on Thursday\n— Researcher A',
      },
    ]);
    const second = locateQuote(normalizeText(text), denial, 2);
    expect(second.ok && text.slice(second.start - 24, second.start)).toBe(
      'وقال المرصد السوري أيضا ',
    );
    expect(result.warnings).toEqual([
      {
        kind: 're-anchored',
        annotation: {
          index: 2,
          id: 'https://example.org/annotations/2',
          exact: 'انه لم يقع اي هجوم',
        },
        source: 'idlib-attack',
        quote: denial,
      },
      {
        kind: 'not-found',
        annotation: {
          index: 3,
          id: 'https://example.org/annotations/3',
          exact: 'وأعلنت القوات التركية سيطرتها على مدينة سراقب صباح السبت',
        },
        source: 'idlib-attack',
      },
    ]);
  });

  it('imports the bundled corpus’s own annotations back as the claims they were made from', () => {
    const built = compileCorpus(bundledFiles);
    if (!built.ok) throw new Error('the bundled corpus does not compile');
    const events = built.eventShards.map((shard) => shard.data);
    const sources = built.sourceShards.map((shard) => shard.data);
    const annotations = buildAnnotations('Bundled', built.index.actors, events, sources);
    const draft = draftFilesFromCompiled({ index: built.index, events, sources });
    // Into the draft with every claim placed, nothing is drafted again: each is said so.
    const intoWhole = importAnnotations(draft, JSON.stringify(annotations));
    if (!intoWhole.ok) throw new Error(`refused: ${intoWhole.problem.kind}`);
    expect(intoWhole.created).toEqual([]);
    expect(intoWhole.warnings.map((warning) => warning.kind)).toEqual(
      annotations.first.items.map(() => 'already-placed'),
    );
    // Into the same draft with its events emptied of claims, each comes back where it was.
    const emptied = Object.fromEntries(
      Object.entries(draft).map(([path, text]) =>
        path.startsWith('events/')
          ? [path, JSON.stringify({ ...(JSON.parse(text) as object), claims: [] })]
          : [path, text],
      ),
    );
    const result = importAnnotations(emptied, JSON.stringify(annotations));
    if (!result.ok) throw new Error(`refused: ${result.problem.kind}`);
    const claims = events.flatMap((event) => event.claims);
    expect(claims.length).toBeGreaterThan(0);
    expect(result.warnings).toEqual([]);
    const texts = new Map(sources.map((shard) => [shard.source.id, shard.text]));
    // Each quote as the claim's source holds it (byte for byte, the claim's own span), equal to
    // the claim's quote as the compiler compares them, and found by the compiler where it was.
    expect(result.created.map(({ source, quote }) => ({ source, quote }))).toEqual(
      claims.map(({ source, quoteStart, quoteEnd }) => ({
        source,
        quote: texts.get(source)?.slice(quoteStart, quoteEnd),
      })),
    );
    result.created.forEach((pending, index) => {
      const claim = claims[index];
      expect(normalizeQuote(pending.quote)).toBe(normalizeQuote(claim?.quote ?? ''));
      const found = locateQuote(
        normalizeText(texts.get(pending.source) ?? ''),
        pending.quote,
        pending.occurrence,
      );
      expect(found).toEqual({ ok: true, start: claim?.quoteStart, end: claim?.quoteEnd });
    });
  });

  it('leaves out what is already pending, so importing a file twice drafts nothing twice', () => {
    const once = importAnnotations(seedDraft(), annotationFile);
    if (!once.ok) throw new Error('refused');
    const again = importAnnotations(addPendingClaims(seedDraft(), once.created), annotationFile);
    if (!again.ok) throw new Error('refused');
    expect(again.created).toEqual([]);
    expect(again.warnings.filter((warning) => warning.kind === 'already-pending')).toHaveLength(2);
  });

  it('drafts an annotation given twice in one file once, and says so for the second', () => {
    const parsed = JSON.parse(annotationFile) as {
      first?: { items: unknown[] };
      items?: unknown[];
    };
    const items = parsed.first?.items ?? parsed.items ?? (parsed as unknown as unknown[]);
    const first = Array.isArray(items) ? items[0] : undefined;
    if (first === undefined) throw new Error('the fixture has no annotation');
    const result = importAnnotations(seedDraft(), JSON.stringify([first, first]));
    if (!result.ok) throw new Error(`refused: ${result.problem.kind}`);
    expect(result.created).toHaveLength(1);
    expect(result.warnings.map((warning) => warning.kind)).toEqual(['already-pending']);
  });

  it.each([
    ['not JSON', '<html>annotations</html>', 'not-json'],
    ['JSON that is not annotations', '{"events": []}', 'not-annotations'],
    ['an empty list', '[]', 'not-annotations'],
    [
      'annotations with no text selector',
      JSON.stringify([
        {
          type: 'Annotation',
          target: { source: PAGE, selector: { type: 'FragmentSelector', value: 'p1' } },
        },
      ]),
      'no-text-selectors',
    ],
  ])('refuses %s, drafting nothing', (_, text, kind) => {
    const result = importAnnotations(seedDraft(), text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind).toBe(kind);
  });

  it('warns when the words anchor equally in two sources and the target names neither', () => {
    const wire = 'وقال المرصد السوري إنه لم يقع أي هجوم على قوات الحكومة.';
    const source = (id: string) => ({
      id,
      outlet: null,
      outletNote: { ar: 'بلا اسم', en: 'Unnamed' },
      title: id,
      language: 'ar',
      published: { value: '2020-01', precision: 'month' as const, basis: 'inferred' as const },
      text: wire,
    });
    const files = addSource(addSource(seedDraft(), source('wire-a')), source('wire-b'));
    const file = JSON.stringify({
      type: 'Annotation',
      target: { selector: { type: 'TextQuoteSelector', exact: 'على قوات الحكومة.' } },
    });
    const result = importAnnotations(files, file);
    if (!result.ok) throw new Error('refused');
    expect(result.created).toEqual([
      { id: 'annotation-1', source: 'wire-a', quote: 'على قوات الحكومة.' },
    ]);
    expect(result.warnings.map((warning) => [warning.kind, warning.source])).toEqual([
      ['several-sources', 'wire-a'],
    ]);
  });

  it('refuses a file of more annotations than one import takes, before anchoring any', () => {
    const one = {
      type: 'Annotation',
      target: { source: PAGE, selector: { type: 'TextQuoteSelector', exact: 'x' } },
    };
    const result = importAnnotations(
      seedDraft(),
      JSON.stringify(Array.from({ length: MAX_IMPORTED_ANNOTATIONS + 1 }, () => one)),
    );
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'too-many',
        count: MAX_IMPORTED_ANNOTATIONS + 1,
        limit: MAX_IMPORTED_ANNOTATIONS,
      },
    });
  });

  it('refuses a draft with no sources yet', () => {
    const result = importAnnotations(emptyDraftFiles('c', { ar: 'م', en: 'C' }), annotationFile);
    expect(result).toEqual({ ok: false, problem: { kind: 'no-sources' } });
  });
});
