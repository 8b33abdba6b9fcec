import { useId } from 'react';
import { buttonClassName } from '@/components/ui/button';

interface FileChooserProps {
  /** The button's words, in the UI's language ("Choose a file", «اختر ملفًا»). */
  label: string;
  /** What is chosen, in the UI's language: the file's name, or that none is yet. */
  chosen: string;
  accept: string;
  onChoose: (file: File) => void;
  className?: string;
}

/**
 * A file picker that speaks the UI's language. The browser's own control
 * writes "Choose File / No file chosen" in the browser's language, whatever
 * the page's; here the native input stays (visually hidden, still the one
 * keyboard stop and what a screen reader announces, named by the label and
 * described by the status), and the label is drawn as the button.
 */
export function FileChooser({ label, chosen, accept, onChoose, className }: FileChooserProps) {
  const inputId = useId();
  const statusId = useId();
  return (
    <div className={`flex flex-wrap items-center gap-x-3 gap-y-1 ${className ?? ''}`}>
      <input
        id={inputId}
        type="file"
        accept={accept}
        aria-describedby={statusId}
        className="peer sr-only"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so choosing the same file again after fixing it starts a new check.
          event.currentTarget.value = '';
          if (file) onChoose(file);
        }}
      />
      <label
        htmlFor={inputId}
        className={buttonClassName({
          className:
            'cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-700',
        })}
      >
        {label}
      </label>
      <span id={statusId} className="min-w-0 text-sm break-all text-stone-700">
        {chosen}
      </span>
    </div>
  );
}
