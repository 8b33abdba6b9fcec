import { beforeAll, describe, expect, it } from 'vitest';
import { LISTED_DISPUTES } from '../../src/corpus/rules/event-disputes';
import { compileIdlibCorpus, type IdlibCorpus } from './idlib-fixture';

/** What each event card says is disputed and between whom: the index's `disputes`. */

let corpus: IdlibCorpus;
beforeAll(async () => {
  corpus = await compileIdlibCorpus();
});

const summary = (id: string) => {
  const found = corpus.index.events.find((event) => event.id === id);
  if (!found) throw new Error(`no event ${id} in the index`);
  return found;
};

describe("the index's disputes", () => {
  it('names the first disputed questions of every event, the count holding them all', () => {
    for (const event of corpus.index.events) {
      expect(event.disputes, event.id).toHaveLength(
        Math.min(event.disputedQuestionCount, LISTED_DISPUTES),
      );
    }
    expect(corpus.index.events.some((event) => event.disputedQuestionCount > 0)).toBe(true);
  });

  it('names the January 2020 attack’s one disputed question and who clashes on it', () => {
    expect(summary('disputed-attack-southeast-idlib-2020-01').disputes).toEqual([
      {
        question: 'attack-on-thursday',
        title: {
          ar: 'هل وقع هجوم مسلح كبير على القوات الحكومية في إدلب يوم الخميس؟',
          en: 'Did a large armed attack on government forces in Idlib take place on Thursday?',
        },
        parties: [
          'russian-mod',
          'naji-al-mustafa',
          'sohr',
          'unnamed-opposition-official',
          'syrian-state-media',
        ],
      },
    ]);
    // The Ministry's lost positions and state media's "redeployment" are one side's two voices
    // saying the same attack forced troops back: not a dispute.
    expect(summary('disputed-attack-southeast-idlib-2020-01').disputedQuestionCount).toBe(1);
  });

  it('agrees with the comparison’s verdict on every question of every event', () => {
    for (const id of corpus.eventIds) {
      const disputed = corpus
        .event(id)
        .event.questions.filter((question) => corpus.status(id, question.id).status === 'disputed')
        .map((question) => ({
          question: question.id,
          parties: [
            ...new Set(corpus.status(id, question.id).reasons.flatMap((reason) => reason.parties)),
          ],
        }));
      const { disputes, disputedQuestionCount } = summary(id);
      expect(disputes?.map(({ question, parties }) => ({ question, parties }))).toEqual(disputed);
      expect(disputes).toHaveLength(disputedQuestionCount);
    }
  });

  it('names the L-39 landing’s rival explanations between the factions, Hmeimim and the outlets', () => {
    expect(summary('l39-landing-hama-airport-2019-06').disputes).toEqual([
      expect.objectContaining({
        question: 'why-l39-landed',
        parties: ['syrian-opposition-factions', 'hmeimim-base', 'unnamed-local-media', 'mada-post'],
      }),
    ]);
  });
});
