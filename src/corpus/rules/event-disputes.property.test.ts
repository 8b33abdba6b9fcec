import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifierSchema, stanceSchema } from '../schema';
import { eventDisputes } from './event-disputes';
import { questionStatus } from './question-status';

const figure = fc.record(
  {
    metric: fc.constant('killed'),
    scope: fc.constantFrom('village', 'town'),
    value: fc.option(fc.constantFrom(0, 10, 50, 75), { nil: undefined }),
    qualifier: fc.option(fc.constantFrom(...qualifierSchema.options), { nil: undefined }),
  },
  { requiredKeys: ['metric', 'scope'] },
);
const claim = fc.record({
  id: fc.string({ maxLength: 3 }),
  saidBy: fc.constantFrom('a', 'b', 'c', 'd'),
  stance: fc.constantFrom(...stanceSchema.options),
  explanation: fc.option(fc.constantFrom('engine-fault', 'weather'), { nil: undefined }),
  figures: fc.array(figure, { maxLength: 2 }),
  question: fc.constantFrom('who', 'how-many', 'when'),
});
const questions = ['when', 'who', 'why', 'how-many'].map((id) => ({
  id,
  label: { ar: `سؤال ${id}`, en: `Question ${id}` },
}));
const ownSides = (party: string) => party;

describe('eventDisputes', () => {
  it('names exactly the questions the comparison calls disputed, and the parties of its reasons', () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 8 }), (claims) => {
        const shard = { event: { questions }, claims };
        // What the comparison reads (questionStatus), question by question, in the event's order.
        const expected = questions.flatMap((question) => {
          const verdict = questionStatus(
            claims.filter((c) => c.question === question.id),
            ownSides,
          );
          if (verdict.status !== 'disputed') return [];
          const parties = [...new Set(verdict.reasons.flatMap((reason) => reason.parties))];
          return [{ question: question.id, title: question.label, parties }];
        });
        const disputes = eventDisputes(shard);
        expect(disputes).toEqual(expected);
        for (const dispute of disputes) expect(dispute.parties.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
