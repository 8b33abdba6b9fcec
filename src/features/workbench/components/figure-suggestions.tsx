import { useId } from 'react';
import { statedAmount } from '@/lib/figure-amount-text';
import { useLanguage } from '@/lib/use-language';
import { useTranslation } from '@/lib/use-translation';
import type { FigureSuggestion } from '../utils/suggest-figures';

/** One figure however it was put: its value and qualifier, or its vague word. */
const keyOf = (suggestion: FigureSuggestion) =>
  JSON.stringify([suggestion.value, suggestion.qualifier, suggestion.vague?.word]);

/** The quote's words carry their own language: Arabic words in an English page are read as Arabic. */
const languageOf = (words: string) =>
  /[\u0600-\u06ff]/.test(words) ? { lang: 'ar', dir: 'rtl' as const } : {};

/**
 * The figures read off a quote, each a checkbox: "up to 40 (ما يصل إلى 40)". What each counts
 * (metric) and where (scope) is the claim form's to ask.
 */
export function FigureSuggestions({
  suggestions,
  chosen,
  onChange,
}: {
  suggestions: readonly FigureSuggestion[];
  chosen: readonly FigureSuggestion[];
  onChange: (chosen: FigureSuggestion[]) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hintId = useId();
  const chosenKeys = new Set(chosen.map(keyOf));
  const amountOf = (suggestion: FigureSuggestion) =>
    suggestion.vague
      ? t(`vague.${suggestion.vague.meaning}`)
      : statedAmount(t, suggestion.value ?? 0, suggestion.qualifier ?? 'exact', language);
  const toggle = (suggestion: FigureSuggestion, checked: boolean) => {
    const key = keyOf(suggestion);
    // Kept in the quote's order, whatever order they were ticked in.
    onChange(
      suggestions.filter((other) =>
        keyOf(other) === key ? checked : chosenKeys.has(keyOf(other)),
      ),
    );
  };
  return (
    <fieldset className="rounded-md border border-stone-300 p-3" aria-describedby={hintId}>
      <legend className="px-1 font-medium">{t('workbench.suggestions.figures')}</legend>
      <p id={hintId} className="text-sm text-stone-600">
        {suggestions.length > 0
          ? t('workbench.suggestions.figuresHint')
          : t('workbench.suggestions.noFigures')}
      </p>
      {suggestions.length > 0 && (
        <ul className="mt-2 grid gap-1">
          {suggestions.map((suggestion) => (
            <li key={keyOf(suggestion)}>
              <label className="flex min-h-11 cursor-pointer items-center gap-2 py-1">
                <input
                  type="checkbox"
                  className="size-5 shrink-0 accent-stone-800"
                  checked={chosenKeys.has(keyOf(suggestion))}
                  onChange={(event) => {
                    toggle(suggestion, event.target.checked);
                  }}
                />
                <span>
                  <span className="font-medium">{amountOf(suggestion)}</span>
                  {/* In Arabic the amount is often the very words read («ما يصل إلى 40»): said once. */}
                  {amountOf(suggestion) === suggestion.words ? null : (
                    <>
                      {' '}
                      <bdi className="text-stone-600" {...languageOf(suggestion.words)}>
                        ({suggestion.words})
                      </bdi>
                    </>
                  )}
                  {suggestion.vague && (
                    <span className="text-sm text-stone-600">
                      {' — '}
                      {t('workbench.suggestions.vague')}
                    </span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
