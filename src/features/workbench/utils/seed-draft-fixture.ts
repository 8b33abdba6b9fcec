import seedText from '../../../../data/sources/unnamed-2020-01-russian-mod-40-soldiers.txt?raw';
import { addSource } from './add-source';
import { emptyDraftFiles, type DraftFiles } from './draft-files';

/** An empty draft with seed 003 (the Ministry's "up to 40 soldiers") as its one source. */
export function seedDraft(): DraftFiles {
  return addSource(emptyDraftFiles('idlib-test', { ar: 'إدلب', en: 'Idlib' }), {
    id: 'mod-40-soldiers',
    outlet: null,
    outletNote: { ar: 'لا يسمي النص منفذه', en: 'The text names no outlet' },
    title: 'وزارة الدفاع الروسية: مقتل 40 جنديا سوريا',
    language: 'ar',
    published: { value: '2020-01-24', precision: 'day', basis: 'stated' },
    text: seedText,
  });
}
