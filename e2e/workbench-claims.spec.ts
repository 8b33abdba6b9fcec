import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText, type Language } from './i18n';

/**
 * Issue #17's journey, in both languages: an empty corpus, seed 003 pasted as its source, the
 * Ministry of Defence's claim and the National Liberation Front's denial made by selecting their
 * words, the question disputed in the live preview, a reload halfway that keeps everything, the
 * zip accepted by the CLI's --check, and the export opened in Riwaya as an imported corpus.
 */
// Seed 003 as the corpus carries it (data/sources: a verbatim copy of shared/seeds/003_…).
const SEED = readFileSync(
  new URL('../data/sources/unnamed-2020-01-russian-mod-40-soldiers.txt', import.meta.url),
  'utf8',
);
const MOD_WORDS = 'مقتل ما يصل إلى 40 جنديا سوريا';
const NLF_WORDS = 'كذبوا هذه الرواية';
const SOURCE_TITLE = 'الدفاع الروسية: مقتل 40 جنديا سوريا';
const EVENT_TITLE = {
  en: 'Attack on government forces in south-east Idlib',
  ar: 'هجوم على القوات الحكومية جنوب شرق إدلب',
};
const QUESTION = { en: 'Were Syrian soldiers killed?', ar: 'هل قُتل جنود سوريون؟' };

const run = promisify(execFile);

/**
 * Selects `words` in the source's text area. From the keyboard (Arabic words): the caret put
 * before them, then Shift+ArrowLeft once per character, which moves forward in the right-to-left
 * area. As a pointer's drag leaves it (a Latin run inside the Arabic, where arrow keys follow the
 * bidi order): the range set at once, then a key released, as the reader listens for.
 */
async function selectWords(page: Page, language: Language, words: string) {
  const area = page.getByRole('textbox', {
    name: uiText(language, 'workbench.reader.textLabel').replace('{{title}}', SOURCE_TITLE),
  });
  const start = SEED.indexOf(words);
  expect(start).toBeGreaterThan(0);
  const fromKeyboard = /[\u0600-\u06ff]/.test(words);
  await area.focus();
  await area.evaluate(
    (element, [from, to]) => {
      if (!(element instanceof HTMLTextAreaElement)) throw new Error('not a text area');
      element.setSelectionRange(from ?? 0, to ?? 0);
    },
    [start, fromKeyboard ? start : start + words.length],
  );
  if (fromKeyboard) {
    for (let left = words.length; left > 0; left -= 1) await area.press('Shift+ArrowLeft');
  } else {
    await area.press('Shift');
  }
  await expect(page.locator('q').filter({ hasText: words }).first()).toBeVisible();
  // Typing into the source changes nothing: its words are the article's, byte for byte.
  await area.press('x');
  await expect(area).toHaveValue(SEED);
}

/** Selects a party's words and makes a claim of them: the claim form opens. */
async function makeClaimOf(page: Page, language: Language, words: string) {
  await selectWords(page, language, words);
  await page.getByRole('button', { name: uiText(language, 'workbench.reader.make') }).click();
}

for (const language of languages) {
  test.describe(`workbench claims (${language})`, () => {
    test('makes two parties’ claims by selecting their words, exports a corpus the CLI accepts, and opens it', async ({
      page,
      axeViolations,
    }, testInfo) => {
      // The CLI's check of the export runs in its own process: allow it its time on a busy machine.
      test.slow();
      const text = (key: string) => uiText(language, key);
      await page.goto(`/workbench?lang=${language}`);
      await page.getByLabel(text('workbench.start.title'), { exact: true }).fill('Tal Malah draft');
      await page.getByRole('button', { name: text('workbench.start.submit') }).click();
      await expect(page.getByText(text('workbench.check.ok'))).toBeVisible();

      // The seed pasted as the source, with the note on why it names no outlet.
      await page.getByRole('textbox', { name: text('workbench.source.text') }).fill(SEED);
      await page.getByLabel(text('workbench.source.id')).fill('ministry-40-soldiers');
      await page.getByLabel(text('workbench.source.title')).fill(SOURCE_TITLE);
      await page
        .getByLabel(text('workbench.source.outletNoteEn'))
        .fill('The text names no outlet.');
      await page.getByLabel(text('workbench.source.outletNoteAr')).fill('لا يسمي النص وسيلة.');
      await page
        .getByRole('textbox', { name: text('workbench.source.published') })
        .fill('2020-01-24');
      await page.getByRole('button', { name: text('workbench.source.submit') }).click();
      await expect(
        page.getByText('sources/ministry-40-soldiers.txt', { exact: true }),
      ).toBeVisible();
      await expect(page.getByText(text('workbench.check.ok'))).toBeVisible();

      // The page's share buttons, kept in the text and marked as furniture.
      await selectWords(page, language, 'ShareWhatsAppTwitterFacebook');
      await page
        .getByRole('combobox', { name: text('workbench.reader.furnitureKind') })
        .selectOption({ label: text('workbench.reader.furnitureKinds.share-buttons') });
      await page.getByRole('button', { name: text('workbench.reader.markFurniture') }).click();
      await expect(
        page.getByText(
          text('workbench.reader.furnitureMarked').replace(
            '{{words}}',
            'ShareWhatsAppTwitterFacebook',
          ),
        ),
      ).toBeVisible();

      // The Ministry's words, selected: the claim form opens with them as the quote.
      await makeClaimOf(page, language, MOD_WORDS);
      const form = page.getByRole('region', { name: text('workbench.claim.heading') });
      await expect(form.getByRole('blockquote')).toHaveText(MOD_WORDS);
      expect(await axeViolations()).toEqual([]);
      // Submitted empty, each missing field says so.
      await form.getByRole('button', { name: text('workbench.claim.submit') }).click();
      await expect(form.getByText(text('workbench.claim.required')).first()).toBeVisible();

      await form.getByLabel(text('workbench.claim.partyNameAr')).fill('وزارة الدفاع الروسية');
      await form
        .getByLabel(text('workbench.claim.partyNameEn'))
        .fill('Russian Ministry of Defence');
      await form.getByLabel(text('workbench.claim.sideLabelAr')).fill('الحكومة وحلفاؤها');
      await form.getByLabel(text('workbench.claim.sideLabelEn')).fill('Government and allies');
      await form.getByLabel(text('workbench.claim.eventTitleAr')).fill(EVENT_TITLE.ar);
      await form.getByLabel(text('workbench.claim.eventTitleEn')).fill(EVENT_TITLE.en);
      await form.getByLabel(text('workbench.claim.eventSummaryAr')).fill('روايات متعارضة عن هجوم.');
      await form
        .getByLabel(text('workbench.claim.eventSummaryEn'))
        .fill('Conflicting accounts of an attack.');
      await form.getByLabel(text('workbench.claim.questionAr')).fill(QUESTION.ar);
      await form.getByLabel(text('workbench.claim.questionEn')).fill(QUESTION.en);
      // The figure read from the words: "up to 40", what it counts and where.
      await form.getByRole('checkbox', { name: /40/ }).check();
      await form.getByLabel(text('workbench.claim.metricAr')).fill('جنود قُتلوا');
      await form.getByLabel(text('workbench.claim.metricEn')).fill('Soldiers killed');
      await form.getByLabel(text('workbench.claim.unitAr')).fill('جنود');
      await form.getByLabel(text('workbench.claim.unitEn')).fill('soldiers');
      await form.getByLabel(text('workbench.claim.scopeAr')).fill('هجوم كانون الثاني 2020');
      await form.getByLabel(text('workbench.claim.scopeEn')).fill('The January 2020 attack');
      await form
        .getByLabel(text('workbench.claim.translation'), { exact: true })
        .fill('the death of up to 40 Syrian soldiers');
      await form.getByRole('button', { name: text('workbench.claim.submit') }).click();
      await expect(form).toHaveCount(0);
      const eventFile = 'events/attack-on-government-forces-in-south-east-idlib.json';
      await expect(page.getByText(eventFile, { exact: true })).toBeVisible();
      await expect(page.getByText(text('workbench.check.ok'))).toBeVisible();
      const preview = page.getByRole('region', { name: text('workbench.preview.heading') });
      await expect(preview.getByText(QUESTION[language]).first()).toBeVisible();

      // Reloaded halfway: the claim, its new party, event and question are all kept.
      await page.reload();
      await expect(page.getByText(eventFile, { exact: true })).toBeVisible();
      await expect(preview.getByText(QUESTION[language]).first()).toBeVisible();

      // The National Liberation Front's denial, on the same question, from another side.
      await makeClaimOf(page, language, NLF_WORDS);
      await expect(form.getByRole('blockquote')).toHaveText(NLF_WORDS);
      // The draft's parties are found by name in either language; the NLF is not one yet.
      const saidBy = form.getByRole('combobox', {
        name: text('workbench.claim.saidBy'),
        exact: true,
      });
      await form.getByRole('searchbox', { name: text('workbench.claim.findParty') }).fill('الدفاع');
      await expect(saidBy.getByRole('option')).toHaveText([
        text('workbench.claim.choose'),
        'Russian Ministry of Defence · وزارة الدفاع الروسية',
        text('workbench.claim.newParty'),
      ]);
      await form
        .getByRole('searchbox', { name: text('workbench.claim.findParty') })
        .fill('Liberation');
      await expect(saidBy.getByRole('option')).toHaveCount(2);
      await saidBy.selectOption({ label: text('workbench.claim.newParty') });
      await form.getByLabel(text('workbench.claim.partyNameAr')).fill('الجبهة الوطنية للتحرير');
      await form.getByLabel(text('workbench.claim.partyNameEn')).fill('National Liberation Front');
      await form
        .getByRole('combobox', { name: text('workbench.claim.kind') })
        .selectOption({ label: text('workbench.claim.kinds.armed-group') });
      await form
        .getByRole('combobox', { name: text('workbench.claim.side'), exact: true })
        .selectOption({ label: text('workbench.claim.newSide') });
      // Reloaded with the form half filled: it opens again as it was left.
      await page.reload();
      await expect(form.getByRole('blockquote')).toHaveText(NLF_WORDS);
      await expect(form.getByLabel(text('workbench.claim.partyNameEn'))).toHaveValue(
        'National Liberation Front',
      );
      await form.getByLabel(text('workbench.claim.sideLabelAr')).fill('المعارضة');
      await form.getByLabel(text('workbench.claim.sideLabelEn')).fill('Opposition');
      await form
        .getByRole('combobox', { name: text('workbench.claim.stance') })
        .selectOption({ label: uiText(language, 'stance.denies') });
      await form
        .getByLabel(text('workbench.claim.translation'), { exact: true })
        .fill('they called this account a lie');
      await form.getByRole('button', { name: text('workbench.claim.submit') }).click();
      await expect(form).toHaveCount(0);
      await expect(page.getByText(text('workbench.check.ok'))).toBeVisible();
      // The preview shows the question as the reader will: disputed between the two sides.
      await expect(preview.getByText(text('status.disputed')).first()).toBeVisible();
      expect(await axeViolations()).toEqual([]);

      // The zip, unpacked, passes `npm run corpus -- --data <folder> --check`.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: text('workbench.export.download') }).click();
      const download = await downloading;
      const zipPath = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(zipPath);
      const folder = await mkdtemp(join(tmpdir(), 'riwaya-export-'));
      try {
        const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
        for (const [name, bytes] of Object.entries(entries)) {
          if (name.endsWith('/')) continue;
          await mkdir(dirname(join(folder, name)), { recursive: true });
          await writeFile(join(folder, name), bytes);
        }
        const corpusId = download.suggestedFilename().replace(/\.zip$/, '');
        const { stdout } = await run(
          'npx',
          ['tsx', 'scripts/corpus/cli.ts', '--data', join(folder, corpusId), '--check'],
          { cwd: fileURLToPath(new URL('..', import.meta.url)) },
        );
        expect(stdout).toMatch(/^Corpus OK: .*2 claims/m);
        const source = await readFile(join(folder, corpusId, 'sources/ministry-40-soldiers.txt'));
        expect(source.toString('utf8')).toBe(SEED);
        const described = JSON.parse(
          await readFile(join(folder, corpusId, 'sources/ministry-40-soldiers.json'), 'utf8'),
        ) as { boilerplate: unknown };
        expect(described.boilerplate).toEqual([
          { text: 'ShareWhatsAppTwitterFacebook', kind: 'share-buttons' },
        ]);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }

      // Opened in Riwaya: imported in this browser, its event's comparison as any reader sees it.
      await page.getByRole('button', { name: text('workbench.export.openInRiwaya') }).click();
      await expect(page).toHaveURL(/[?&]corpus=/);
      await page.getByRole('link', { name: EVENT_TITLE[language] }).first().click();
      await waitForComparison(page);
      await expect(
        page.getByRole('heading', { level: 1, name: EVENT_TITLE[language] }),
      ).toBeVisible();
      const ministry = { en: 'Russian Ministry of Defence', ar: 'وزارة الدفاع الروسية' };
      await expect(page.getByText(ministry[language]).first()).toBeVisible();
      await expect(page.getByText(MOD_WORDS).first()).toBeVisible();
      await expect(page.getByText(NLF_WORDS).first()).toBeVisible();
      await expect(page.getByText(text('status.disputed')).first()).toBeVisible();
    });
  });
}
