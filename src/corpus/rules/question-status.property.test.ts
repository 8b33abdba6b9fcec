import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifierSchema, stanceSchema } from '../schema';
import { eventDisputedQuestionCount, questionStatus, type StatusClaim } from './question-status';

const figure = fc.record(
  {
    metric: fc.constantFrom('killed', 'wounded'),
    scope: fc.constantFrom('village', 'town'),
    value: fc.option(fc.constantFrom(0, 10, 11, 12, 50, 60, 75), { nil: undefined }),
    qualifier: fc.option(fc.constantFrom(...qualifierSchema.options), { nil: undefined }),
  },
  { requiredKeys: ['metric', 'scope'] },
);
const claim = fc.record({
  id: fc.string({ maxLength: 3 }),
  saidBy: fc.constantFrom('a', 'b', 'c'),
  stance: fc.constantFrom(...stanceSchema.options),
  explanation: fc.option(fc.constantFrom('engine-fault', 'weather'), { nil: undefined }),
  figures: fc.array(figure, { maxLength: 3 }),
  question: fc.constantFrom('who', 'how-many', 'when'),
});

describe('eventDisputedQuestionCount', () => {
  it('counts the questions questionStatus calls disputed', () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 8 }), (claims) => {
        const questions = [{ id: 'who' }, { id: 'how-many' }, { id: 'when' }, { id: 'why' }];
        const expected = questions.filter(
          (question) =>
            questionStatus(
              claims.filter((c: StatusClaim & { question: string }) => c.question === question.id),
            ).status === 'disputed',
        ).length;
        expect(eventDisputedQuestionCount({ event: { questions }, claims })).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  }, 30_000);
});
