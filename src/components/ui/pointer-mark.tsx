/**
 * Small drawn pointers for controls and hints: a disclosure's ▾, a bar's open end ▶, a hint's →.
 * Drawn rather than typed because none of them is in the bundled fonts: as characters each
 * reader's system drew them from a font of its own, and looked that font up first. "end" points
 * right in English and left in Arabic.
 */
const paths = {
  'triangle-down': 'M2.5 5.5h11L8 12z',
  'triangle-end': 'M4 2.5 13 8l-9 5.5z',
  'arrow-end': 'M2 8h11m-4-4.5L13.5 8 9 12.5',
} as const;

export type PointerShape = keyof typeof paths;

export function PointerMark({
  shape,
  className = '',
}: {
  shape: PointerShape;
  className?: string;
}) {
  const stroked = shape === 'arrow-end';
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      fill={stroked ? 'none' : 'currentColor'}
      stroke={stroked ? 'currentColor' : undefined}
      strokeWidth={stroked ? 2 : undefined}
      strokeLinecap={stroked ? 'round' : undefined}
      strokeLinejoin={stroked ? 'round' : undefined}
      className={`inline-block size-[1em] shrink-0 align-[-0.125em] ${shape.endsWith('-end') ? 'rtl:-scale-x-100' : ''} ${className}`}
    >
      <path d={paths[shape]} />
    </svg>
  );
}
