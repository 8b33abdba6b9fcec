import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { useDraftStore } from '../hooks/draft-store';
import type { DraftCheck } from '../utils/check-draft';
import { problemsOfFile } from '../utils/file-problems';
import { jsonProblem } from '../utils/json-problem';
import { fieldClass } from './text-field';

/**
 * One of the draft's JSON files as text, to fix what the forms cannot (a translation's typo, a
 * claim's stance, a party's name): the compiler's problems with this file are listed at it, a
 * text that is not JSON is said at once, and saving is one edit, so one undo takes it back.
 */
export function DraftFileEditor({
  path,
  check,
  onClose,
}: {
  path: string;
  check: DraftCheck | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ids = { heading: useId(), problems: useId() };
  const saved = useDraftStore((state) => state.files[path]);
  const edit = useDraftStore((state) => state.edit);
  const [base, setBase] = useState(saved);
  const [text, setText] = useState(saved ?? '');
  // An undo, redo or form writing this file while nothing here is changed shows the new text.
  if (saved !== base && text === (base ?? '')) {
    setBase(saved);
    setText(saved ?? '');
  }
  const changed = text !== (saved ?? '');
  const notJson = jsonProblem(text);
  const problems = problemsOfFile(check, path);

  return (
    <section
      aria-labelledby={ids.heading}
      className="mt-3 rounded-md border border-stone-400 bg-white p-3"
    >
      <h3 id={ids.heading} className="font-semibold">
        {t('workbench.fileEditor.heading')} <bdi dir="ltr">{path}</bdi>
      </h3>
      <p className="text-sm text-stone-700">{t('workbench.fileEditor.intro')}</p>
      <div aria-live="polite" id={ids.problems} className="mt-2 text-sm">
        {notJson !== undefined ? (
          <p className="font-semibold text-red-800">
            {t('workbench.fileEditor.notJson', { reason: notJson })}
          </p>
        ) : changed ? (
          <p className="text-stone-700">{t('workbench.fileEditor.unsaved')}</p>
        ) : problems.length === 0 ? (
          <p className="text-teal-900">{t('workbench.fileEditor.noProblems')}</p>
        ) : (
          <>
            <p className="font-semibold text-red-800">
              {t('workbench.fileEditor.problems', { count: problems.length })}
            </p>
            <ul className="mt-1 grid gap-1 font-mono">
              {problems.map(({ line, error }, index) => (
                <li key={`${String(index)}:${line}`} className="break-words">
                  <bdi dir="ltr">{`${error.path}: ${error.message}`}</bdi>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <textarea
        aria-labelledby={ids.heading}
        dir="ltr"
        spellCheck={false}
        rows={18}
        value={text}
        aria-describedby={ids.problems}
        aria-invalid={notJson !== undefined || problems.length > 0 ? true : undefined}
        className={`${fieldClass} resize-y font-mono text-sm`}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <div className="mt-2 flex flex-wrap gap-3">
        <Button
          variant="primary"
          disabled={!changed || notJson !== undefined}
          onClick={() => {
            edit((files) => ({ ...files, [path]: text }));
            setBase(text);
          }}
        >
          {t('workbench.fileEditor.save')}
        </Button>
        <Button
          disabled={!changed}
          onClick={() => {
            setText(saved ?? '');
          }}
        >
          {t('workbench.fileEditor.revert')}
        </Button>
        <Button variant="quiet" onClick={onClose}>
          {t('workbench.fileEditor.close')}
        </Button>
      </div>
    </section>
  );
}
