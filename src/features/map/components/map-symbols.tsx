/**
 * Colours and hatches shared by the map, its key and the locator: Okabe–Ito
 * blue and vermillion, told apart by shape and pattern too, for readers who
 * do not see the difference and for print.
 */
export const markColours = { undisputed: '#0072B2', disputed: '#D55E00' } as const;

export type MarkTone = keyof typeof markColours;

export const hatchId = (tone: MarkTone) => `map-hatch-${tone}`;

/** Diagonal hatching for disputed areas, dots for the others: the pattern says it without colour. */
export function MapPatterns() {
  return (
    <defs>
      <pattern
        id={hatchId('disputed')}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="8" stroke={markColours.disputed} strokeWidth="2.5" />
      </pattern>
      <pattern id={hatchId('undisputed')} width="7" height="7" patternUnits="userSpaceOnUse">
        <circle cx="3.5" cy="3.5" r="1.3" fill={markColours.undisputed} />
      </pattern>
    </defs>
  );
}

interface PointSymbolProps {
  tone: MarkTone;
  x: number;
  y: number;
  r: number;
  selected?: boolean;
}

/** A place at a point: a circle when nothing there is disputed, a square when something is. */
export function PointSymbol({ tone, x, y, r, selected = false }: PointSymbolProps) {
  const stroke = selected ? '#0c0a09' : '#ffffff';
  const strokeWidth = selected ? 3 : 1.5;
  return tone === 'disputed' ? (
    <rect
      x={x - r}
      y={y - r}
      width={r * 2}
      height={r * 2}
      fill={markColours.disputed}
      fillOpacity={0.85}
      stroke={stroke}
      strokeWidth={strokeWidth}
    />
  ) : (
    <circle
      cx={x}
      cy={y}
      r={r}
      fill={markColours.undisputed}
      fillOpacity={0.85}
      stroke={stroke}
      strokeWidth={strokeWidth}
    />
  );
}
