interface ManualCopyFieldProps {
  url: string;
  label: string;
  className?: string;
  /**
   * Several lines (a citation) in a text area that keeps its line breaks and
   * takes the direction of its text; a link stays one left-to-right line.
   */
  multiline?: boolean;
}

const fieldClass = 'rounded-md border border-stone-300 px-2 py-1 font-mono text-xs';

/**
 * The text to copy by hand when the clipboard refuses: read-only, selected
 * whole on focus, and a link always left-to-right so an Arabic page cannot reorder it.
 */
export function ManualCopyField({
  url,
  label,
  className = '',
  multiline = false,
}: ManualCopyFieldProps) {
  const selectAll = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    event.currentTarget.select();
  };
  return multiline ? (
    <textarea
      readOnly
      dir="auto"
      rows={6}
      value={url}
      aria-label={label}
      onFocus={selectAll}
      className={`${fieldClass} ${className}`}
    />
  ) : (
    <input
      readOnly
      dir="ltr"
      value={url}
      aria-label={label}
      onFocus={selectAll}
      className={`${fieldClass} ${className}`}
    />
  );
}
