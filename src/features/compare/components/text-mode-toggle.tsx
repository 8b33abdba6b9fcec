import { useTranslation } from '@/lib/use-translation';
import { textModes, type TextMode } from '../utils/compare-search';

export function TextModeToggle({
  value,
  onChange,
}: {
  value: TextMode;
  onChange: (mode: TextMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">{t('compare.showText')}</legend>
      <span aria-hidden="true" className="text-sm text-stone-700">
        {t('compare.showText')}
      </span>
      {textModes.map((mode) => (
        <label
          key={mode}
          className="cursor-pointer rounded-md border border-stone-300 px-2.5 py-1 text-sm has-checked:border-teal-800 has-checked:bg-teal-800 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-700"
        >
          <input
            type="radio"
            name="text-mode"
            value={mode}
            checked={value === mode}
            onChange={() => {
              onChange(mode);
            }}
            className="sr-only"
          />
          {t(`compare.textMode.${mode}`)}
        </label>
      ))}
    </fieldset>
  );
}
