import { useTranslation } from '@/lib/use-translation';
import { useShownValue } from '@/lib/use-shown-value';
import type { EmptyCells, QuestionFocus } from '../utils/compare-search';

const boxClass =
  'flex cursor-pointer items-center gap-1.5 rounded-md border border-stone-300 px-2.5 py-1 text-sm has-checked:border-teal-800 has-checked:bg-teal-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-700';

/** The two ways to narrow the comparison; both live in the URL, so a shared link keeps them. */
export function FocusToggles({
  questionFocus,
  onQuestionFocusChange,
  emptyCells,
  onEmptyCellsChange,
}: {
  questionFocus: QuestionFocus;
  onQuestionFocusChange: (focus: QuestionFocus) => void;
  emptyCells: EmptyCells;
  onEmptyCellsChange: (cells: EmptyCells) => void;
}) {
  const { t } = useTranslation();
  const [disputedOnly, setDisputedOnly] = useShownValue(questionFocus === 'disputed');
  const [hideEmpty, setHideEmpty] = useShownValue(emptyCells === 'hide');
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">{t('focus.legend')}</legend>
      <label className={boxClass}>
        <input
          type="checkbox"
          checked={disputedOnly}
          onChange={(event) => {
            setDisputedOnly(event.target.checked);
            onQuestionFocusChange(event.target.checked ? 'disputed' : 'all');
          }}
          className="accent-teal-800"
        />
        {t('focus.disputedOnly')}
      </label>
      <label className={boxClass}>
        <input
          type="checkbox"
          checked={hideEmpty}
          onChange={(event) => {
            setHideEmpty(event.target.checked);
            onEmptyCellsChange(event.target.checked ? 'hide' : 'show');
          }}
          className="accent-teal-800"
        />
        {t('focus.hideEmpty')}
      </label>
    </fieldset>
  );
}
