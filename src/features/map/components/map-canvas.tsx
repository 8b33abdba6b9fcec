import { baseMap } from 'virtual:riwaya-base-map';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Place } from '@/corpus/schema';
import type { LanguageCode } from '@/config/languages';
import { fitProjection, mapFrame } from '../utils/map-frame';
import type { PlaceMark } from '../utils/place-marks';
import type { Project } from '../utils/svg-path';
import { MapBaseLayer } from './map-base-layer';
import { MapMarks } from './map-marks';
import { MapPatterns } from './map-symbols';

/**
 * The drawing's width in SVG units before the page is measured (and in a prerendered page);
 * then the column's width, so a name is 12 px on a phone as on a desk.
 */
const defaultWidth = 800;
const minWidth = 320;

interface MapCanvasProps {
  /** Every place of the corpus: they frame the map, which stays still while a reader filters. */
  places: readonly Place[];
  marks: readonly PlaceMark[];
  language: LanguageCode;
  selected: ReadonlySet<string>;
  placeHref: (placeId: string) => string;
  onSelect: (placeId: string) => void;
  /** The figure's text alternative (the figure names it with aria-labelledby="map-figure-label"). */
  label: string;
}

/** The base map cut at build time, and the places on it, in one SVG projected once per corpus. */
export function MapCanvas({ places, marks, label, ...markProps }: MapCanvasProps) {
  const holder = useRef<HTMLDivElement>(null);
  const [drawingWidth, setDrawingWidth] = useState(defaultWidth);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      // Whole units, so a sub-pixel resize does not project the map again.
      if (width > 0) setDrawingWidth(Math.max(minWidth, Math.round(width)));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  const frame = useMemo(() => mapFrame(places, baseMap.bounds), [places]);
  const { project, size } = useMemo(() => {
    const fitted = fitProjection(frame, drawingWidth);
    const project: Project = (point) => {
      const xy = fitted.projection([point[0], point[1]]);
      return xy === null ? undefined : [xy[0], xy[1]];
    };
    return { project, size: fitted.size };
  }, [frame, drawingWidth]);

  // The drawing is hidden from assistive technology, its marks taken out of the tab order:
  // its text alternative is the label, and the list beside it offers every place and event.
  return (
    <div ref={holder}>
      <p id="map-figure-label" className="sr-only">
        {label}
      </p>
      <svg
        viewBox={`0 0 ${String(size.width)} ${String(size.height)}`}
        className="block h-auto w-full rounded-md border border-stone-300 bg-sky-100"
        aria-hidden="true"
        data-testid="event-map"
      >
        <MapPatterns />
        <MapBaseLayer baseMap={baseMap} project={project} width={size.width} height={size.height} />
        <MapMarks marks={marks} project={project} width={size.width} {...markProps} />
      </svg>
    </div>
  );
}
