import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, render, screen } from '@testing-library/react';
import type { DisputeReason } from '@/corpus/rules/question-status';
import { i18n } from '@/lib/i18n';
import type { QuestionVerdict } from '../utils/question-verdicts';
import { QuestionVerdictNote } from './question-verdict-note';

const names: Record<string, { en: string; ar: string }> = {
  mod: { en: 'Russian Ministry of Defence', ar: 'وزارة الدفاع الروسية' },
  tv: { en: 'Syrian state media', ar: 'وسائل الإعلام الرسمية السورية' },
  factions: { en: 'Syrian opposition factions', ar: 'فصائل المعارضة السورية' },
  nlf: { en: 'Naji al-Mustafa', ar: 'ناجي مصطفى' },
  sohr: { en: 'Syrian Observatory for Human Rights', ar: 'المرصد السوري لحقوق الإنسان' },
};
const sides: Record<string, { en: string; ar: string }> = {
  government: { en: 'Syrian government and its allies', ar: 'الحكومة السورية وحلفاؤها' },
  opposition: { en: 'Armed opposition', ar: 'المعارضة المسلحة' },
};

// Under a router: every party named in a note is a link to its page.
async function renderNote(verdict: QuestionVerdict) {
  const language = i18n.language === 'ar' ? 'ar' : 'en';
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => (
        <div data-testid="note">
          <QuestionVerdictNote
            verdict={verdict}
            nameOf={(id) => names[id]?.[language] ?? id}
            sideLabelOf={(id) => (id === undefined ? undefined : sides[id]?.[language])}
            metricLabel={(id) => id}
            scopeLabel={(id) => id}
          />
        </div>
      ),
    }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  const rendered = render(<RouterProvider router={router} />);
  await screen.findByTestId('note');
  return rendered;
}

const denial = (first: string, second: string): DisputeReason => ({
  kind: 'denial',
  claims: [`${first}-c`, `${second}-c`],
  parties: [first, second],
});

const disputed: QuestionVerdict = {
  status: 'disputed',
  reasons: [denial('mod', 'nlf'), denial('tv', 'nlf'), denial('mod', 'sohr'), denial('tv', 'sohr')],
  parties: ['mod', 'tv', 'nlf', 'sohr'],
  sides: ['government', 'opposition'],
  unsided: ['sohr'],
  confirmingSides: ['government', 'opposition'],
};
const oneSide: QuestionVerdict = {
  status: 'one-side',
  reasons: [],
  parties: ['mod', 'tv'],
  sides: ['government'],
  unsided: [],
  confirmingSides: ['government'],
};
const crossSide: QuestionVerdict = {
  status: 'cross-side',
  reasons: [],
  parties: ['mod', 'nlf', 'sohr'],
  sides: ['government', 'opposition'],
  unsided: ['sohr'],
  confirmingSides: ['government', 'opposition'],
};

describe('QuestionVerdictNote', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('gives the parties who deny the same accounts one sentence, as a person writes it', async () => {
    await renderNote(disputed);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Naji al-Mustafa and the Syrian Observatory for Human Rights denied the account of the Russian Ministry of Defence and the Syrian state media.',
    ]);
  });

  it('links every party it names to the party page', async () => {
    await renderNote(disputed);
    for (const [id, name] of [
      ['nlf', 'Naji al-Mustafa'],
      ['sohr', 'Syrian Observatory for Human Rights'],
      ['mod', 'Russian Ministry of Defence'],
      ['tv', 'Syrian state media'],
    ] as const) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', `/actors/${id}`);
    }
  });

  it('never makes a plural party agree with a singular verb', async () => {
    await renderNote({
      ...disputed,
      reasons: [denial('mod', 'factions')],
      parties: ['mod', 'factions'],
    });
    const sentence = screen.getByRole('listitem').textContent;
    expect(sentence).toBe(
      'The Syrian opposition factions denied the account of the Russian Ministry of Defence.',
    );
    expect(sentence).not.toMatch(/factions denies/);
  });

  it('says in Arabic who denies whose account with a noun, never a verb agreeing with a name', async () => {
    await i18n.changeLanguage('ar');
    await renderNote(disputed);
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'نفيٌ من ناجي مصطفى والمرصد السوري لحقوق الإنسان لرواية وزارة الدفاع الروسية ووسائل الإعلام الرسمية السورية.',
    );
  });

  it('agrees in Arabic with a feminine party and with a plural one, doing the denying', async () => {
    await i18n.changeLanguage('ar');
    // وزارة (feminine) denies; then فصائل (plural) denies: no verb has to agree with either.
    await renderNote({ ...disputed, reasons: [denial('nlf', 'mod')], parties: ['nlf', 'mod'] });
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'نفيٌ من وزارة الدفاع الروسية لرواية ناجي مصطفى.',
    );
    cleanup();
    await renderNote({
      ...disputed,
      reasons: [denial('tv', 'factions'), { ...denial('tv', 'factions'), kind: 'doubt' }],
      parties: ['tv', 'factions'],
    });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'نفيٌ من فصائل المعارضة السورية لرواية وسائل الإعلام الرسمية السورية.',
      'تشكيكٌ من فصائل المعارضة السورية في رواية وسائل الإعلام الرسمية السورية.',
    ]);
    for (const item of screen.getAllByRole('listitem')) {
      expect(item.textContent).not.toMatch(/(?:^|\s)(?:ينفي|تنفي|نفى|نفت|يشكك|تشكك)(?:\s|$)/);
    }
  });

  it('keeps a plural party plural in English when it is the party denied', async () => {
    await renderNote({ ...disputed, reasons: [denial('factions', 'mod')], parties: ['factions'] });
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'The Russian Ministry of Defence denied the account of the Syrian opposition factions.',
    );
  });

  it('says plainly that one side repeating itself is not corroboration', async () => {
    await renderNote(oneSide);
    const note = screen.getByText(/one side/);
    expect(note).toHaveTextContent(
      'No other side confirms this: every account of known alignment here comes from one side (Syrian government and its allies). The parties: the Russian Ministry of Defence and the Syrian state media. Voices of one side echo each other; that is not corroboration.',
    );
    expect(note.textContent).not.toMatch(/agree/i);
    cleanup();
    await i18n.changeLanguage('ar');
    await renderNote(oneSide);
    expect(screen.getByText(/معسكر واحد/)).toHaveTextContent(
      'لا يؤكد ذلك أي معسكر آخر: كل الروايات المعروفة الانتماء هنا من معسكر واحد (الحكومة السورية وحلفاؤها). الأطراف: وزارة الدفاع الروسية ووسائل الإعلام الرسمية السورية. تكرار المعسكر الواحد لروايته لا يعني تأكيدها من مصدر مستقل.',
    );
  });

  it('names the known side, not a voice of unknown alignment that happened to answer first', async () => {
    await renderNote({ ...oneSide, sides: ['independent', 'government'], parties: ['tv', 'mod'] });
    expect(screen.getByText(/one side/)).toHaveTextContent(
      /comes from one side \(Syrian government and its allies\)/,
    );
  });

  it('names the sides of known alignment whose accounts fit together, and no other', async () => {
    await renderNote(crossSide);
    expect(screen.getByText(/more than one side/)).toHaveTextContent(
      'No account here contradicts another, and they come from more than one side: Syrian government and its allies, Armed opposition.',
    );
    cleanup();
    await i18n.changeLanguage('ar');
    await renderNote(crossSide);
    expect(screen.getByText(/أكثر من معسكر/)).toHaveTextContent(
      'لا تناقض بين الروايات هنا، وهي من أكثر من معسكر: الحكومة السورية وحلفاؤها والمعارضة المسلحة.',
    );
  });

  it('says nothing for a single account or an unanswered question', async () => {
    await renderNote({ ...oneSide, status: 'single', parties: ['mod'] });
    expect(screen.getByTestId('note')).toBeEmptyDOMElement();
  });
});
