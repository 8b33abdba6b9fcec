interface ManualCopyFieldProps {
  url: string;
  label: string;
  className?: string;
}

/**
 * The link to copy by hand when the clipboard refuses: read-only, selected
 * whole on focus, and always left-to-right so an Arabic page cannot reorder it.
 */
export function ManualCopyField({ url, label, className = '' }: ManualCopyFieldProps) {
  return (
    <input
      readOnly
      dir="ltr"
      value={url}
      aria-label={label}
      onFocus={(event) => {
        event.currentTarget.select();
      }}
      className={`rounded-md border border-stone-300 px-2 py-1 font-mono text-xs ${className}`}
    />
  );
}
