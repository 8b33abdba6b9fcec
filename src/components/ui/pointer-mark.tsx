import type { ReactNode } from 'react';
import { InlineMark } from './inline-mark';

/**
 * Small drawn pointers for controls and hints: a disclosure's ▾, a bar's open end ▶, a hint's →,
 * none of them in the bundled fonts. "end" points right in English and left in Arabic.
 */
const shapes = {
  'triangle-down': <path d="M2.5 5.5h11L8 12z" />,
  'triangle-end': <path d="M4 2.5 13 8l-9 5.5z" />,
  'arrow-end': (
    <path
      d="M2 8h11m-4-4.5L13.5 8 9 12.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
} satisfies Record<string, ReactNode>;

export type PointerShape = keyof typeof shapes;

export function PointerMark({
  shape,
  className = '',
}: {
  shape: PointerShape;
  className?: string;
}) {
  const flips = shape.endsWith('-end') ? 'rtl:-scale-x-100' : '';
  return <InlineMark className={`${flips} ${className}`}>{shapes[shape]}</InlineMark>;
}
