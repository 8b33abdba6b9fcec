import type { Qualifier } from '@/corpus/schema';
import { PointerMark } from '@/components/ui/pointer-mark';
import { barExtent } from '../utils/bar-extent';

const hatch =
  'bg-[repeating-linear-gradient(135deg,var(--color-teal-200)_0_4px,var(--color-white)_4px_8px)]';

/**
 * The drawing of one figure, decorative: the same facts are in the link's
 * text and the table. Sizes are logical (inline-start, inline-size), so bars
 * grow from the right in Arabic without a second layout.
 */
export function FigureBar({
  value,
  qualifier,
  maximum,
}: {
  value: number;
  qualifier: Qualifier;
  maximum: number;
}) {
  const extent = barExtent(value, qualifier, maximum);
  const span = (from: number, to: number) => ({
    insetInlineStart: `${from}%`,
    inlineSize: `${Math.max(to - from, 0.5)}%`,
  });
  return (
    <span aria-hidden="true" className="relative block h-5 w-full rounded-sm bg-stone-100">
      {extent.style === 'solid' ? (
        <span className="absolute inset-y-0 rounded-sm bg-teal-700" style={span(0, extent.value)} />
      ) : null}
      {extent.style === 'ceiling' ? (
        // Anything from zero up to the mark: hatched, with a firm edge at the stated value.
        <span
          className={`absolute inset-y-0 rounded-sm border-2 border-e-4 border-teal-700 ${hatch}`}
          style={span(0, extent.value)}
        />
      ) : null}
      {extent.style === 'floor' && extent.range ? (
        <>
          <span
            className="absolute inset-y-0 rounded-s-sm bg-teal-700"
            style={span(0, extent.value)}
          />
          {/* No upper end: the bar fades out towards the edge, with an arrow. */}
          <span
            className="absolute inset-y-1 bg-linear-to-r from-teal-700/60 to-transparent rtl:bg-linear-to-l"
            style={span(extent.range.from, extent.range.to)}
          />
          <span className="absolute inset-y-0 end-0 flex items-center text-xs leading-none text-teal-800">
            <PointerMark shape="triangle-end" />
          </span>
        </>
      ) : null}
      {extent.style === 'approximate' && extent.range ? (
        <>
          <span
            className="absolute inset-y-0 rounded-sm bg-teal-500"
            style={span(0, extent.value)}
          />
          {/* The ±20% the dispute rule reads "about" as. */}
          <span
            className="absolute top-1/2 h-3 -translate-y-1/2 border-x-2 border-stone-900"
            style={span(extent.range.from, extent.range.to)}
          >
            <span className="absolute inset-x-0 top-1/2 h-0.5 -translate-y-1/2 bg-stone-900" />
          </span>
        </>
      ) : null}
    </span>
  );
}
