import { describe, expect, it } from 'vitest';
import { addClaim, type ClaimInput } from './add-claim';
import { checkDraft } from './check-draft';
import { seedDraft } from './seed-draft-fixture';
import { addPendingClaims, pendingClaimsOf } from './pending-claims';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';

const modClaim: ClaimInput = {
  id: 'mod-up-to-40-killed',
  source: 'mod-40-soldiers',
  quote: 'مقتل ما يصل إلى 40 جنديا سوريا',
  saidBy: {
    new: {
      id: 'russian-mod',
      name: { ar: 'وزارة الدفاع الروسية', en: 'Russian Ministry of Defence' },
      kind: 'state-body',
      side: {
        new: { id: 'government', label: { ar: 'الحكومة وحلفاؤها', en: 'Government and allies' } },
      },
    },
  },
  reportedBy: [],
  event: {
    new: {
      id: 'attack-2020-01',
      title: { ar: 'هجوم على القوات الحكومية', en: 'Attack on government forces' },
      summary: { ar: 'روايات متعارضة', en: 'Conflicting accounts' },
      date: {
        from: { value: '2020-01', precision: 'month', basis: 'inferred', note: 'From the text.' },
      },
    },
  },
  question: {
    new: { id: 'soldiers-killed', label: { ar: 'هل قُتل جنود؟', en: 'Were soldiers killed?' } },
  },
  stance: 'asserts',
  wording: 'reported-speech',
  translation: 'up to 40 Syrian soldiers were killed',
  saidOn: {
    value: '2020-01-23',
    precision: 'day',
    basis: 'computed',
    note: 'Thursday before publication.',
  },
  figures: [],
};

describe('addClaim', () => {
  it('writes a new party, side, event and question with the claim, and the compiler accepts it', () => {
    const result = addClaim(seedDraft(), modClaim);
    if (!result.ok) throw new Error(`could not write ${result.file}`);
    expect(checkDraft(result.files).problems.map((problem) => problem.line)).toEqual([]);
    const event = JSON.parse(result.files['events/attack-2020-01.json'] ?? '') as {
      $schema: string;
      claims: { saidBy: string; quote: string }[];
    };
    expect(event.$schema).toBe('../schema/event.schema.json');
    expect(event.claims).toMatchObject([{ saidBy: 'russian-mod', quote: modClaim.quote }]);
  });

  it('adds a denial by a second side to the same question, which the compiler finds disputed', () => {
    const first = addClaim(seedDraft(), modClaim);
    if (!first.ok) throw new Error('first claim not written');
    const second = addClaim(first.files, {
      ...modClaim,
      id: 'nlf-denies',
      quote: 'كذبوا هذه الرواية',
      saidBy: {
        new: {
          id: 'nlf',
          name: { ar: 'الجبهة الوطنية للتحرير', en: 'National Liberation Front' },
          kind: 'armed-group',
          side: { new: { id: 'opposition', label: { ar: 'المعارضة', en: 'Opposition' } } },
        },
      },
      event: { pick: 'attack-2020-01' },
      question: { pick: 'soldiers-killed' },
      stance: 'denies',
      translation: 'denied this account',
    });
    if (!second.ok) throw new Error('second claim not written');
    const compiled = compileCorpus(
      Object.entries(second.files).map(([path, body]) => ({ path: `data/${path}`, text: body })),
      { root: 'data' },
    );
    if (!compiled.ok) throw new Error(compiled.errors.map((error) => error.message).join('\n'));
    const summary = compiled.index.events.find((event) => event.id === 'attack-2020-01');
    expect(summary?.disputedQuestionCount).toBe(1);
  });

  it('takes the pending claim it completes out of the list, in the same edit', () => {
    const files = addPendingClaims(seedDraft(), [
      { id: 'p1', source: 'mod-40-soldiers', quote: modClaim.quote },
      { id: 'p2', source: 'mod-40-soldiers', quote: 'كذبوا هذه الرواية' },
    ]);
    const result = addClaim(files, { ...modClaim, pendingId: 'p1' });
    if (!result.ok) throw new Error('not written');
    expect(pendingClaimsOf(result.files).map((claim) => claim.id)).toEqual(['p2']);
  });

  it('names the file it cannot write into, and changes nothing', () => {
    const files = { ...seedDraft(), 'actors.json': '{ "actors": [' };
    expect(addClaim(files, modClaim)).toEqual({
      ok: false,
      file: 'actors.json',
      reason: 'unreadable',
    });
  });

  it('never writes a new event over a file of that name, even one that does not parse', () => {
    const broken = '{ "id": "attack-2020-01", "claims": [ { "id": "kept" } ';
    const files = { ...seedDraft(), 'events/attack-2020-01.json': broken };
    expect(addClaim(files, modClaim)).toEqual({
      ok: false,
      file: 'events/attack-2020-01.json',
      reason: 'exists',
    });
  });
});
