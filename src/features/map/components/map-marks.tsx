import type { MouseEvent } from 'react';
import type { LanguageCode } from '@/config/languages';
import { formatNumber } from '@/lib/intl-format';
import { localized } from '@/lib/localized';
import {
  labelWidth,
  placeLabels,
  type LabelBox,
  type LabelRequest,
} from '../utils/label-placement';
import type { PlaceMark } from '../utils/place-marks';
import type { Project } from '../utils/svg-path';
import { hatchId, markColours, PointSymbol, type MarkTone } from './map-symbols';

interface MapMarksProps {
  marks: readonly PlaceMark[];
  project: Project;
  /** The drawing's width: marks shrink on a phone, and names stay inside it. */
  width: number;
  language: LanguageCode;
  selected: ReadonlySet<string>;
  placeHref: (placeId: string) => string;
  onSelect: (placeId: string) => void;
}

const toneOf = (mark: PlaceMark): MarkTone => (mark.disputed > 0 ? 'disputed' : 'undisputed');
const labelHeight = 14;

/** A mark's radius: its share of the busiest place's events, by area, smaller on a narrow drawing. */
function radiusScale(marks: readonly PlaceMark[], width: number): (count: number) => number {
  const most = Math.max(1, ...marks.map((mark) => mark.events.length));
  const scale = Math.min(1, Math.max(0.55, width / 800));
  return (count) => (5 + 13 * Math.sqrt(count / most)) * scale;
}

interface Drawn {
  mark: PlaceMark;
  x: number;
  y: number;
  r: number;
  /** Areas only: the projected extent. */
  box?: LabelBox;
}

function drawnMarks(marks: readonly PlaceMark[], project: Project, width: number): Drawn[] {
  const radius = radiusScale(marks, width);
  return marks.flatMap((mark): Drawn[] => {
    const { geo } = mark.place;
    if (geo === undefined || (mark.kind !== 'point' && mark.kind !== 'area')) return [];
    const point = project([geo.lon, geo.lat]);
    if (point === undefined) return [];
    const [x, y] = point;
    const r = radius(mark.events.length);
    if (mark.kind === 'point' || geo.extent === undefined) return [{ mark, x, y, r }];
    const { west, south, east, north } = geo.extent;
    const topLeft = project([west, north]);
    const bottomRight = project([east, south]);
    if (topLeft === undefined || bottomRight === undefined) return [];
    const box = {
      x: topLeft[0],
      y: topLeft[1],
      width: bottomRight[0] - topLeft[0],
      height: bottomRight[1] - topLeft[1],
    };
    return [{ mark, x, y, r, box }];
  });
}

/** Where each name may go: beside a point (after, before, above, below), inside an area's top corner. */
function labelRequests(
  items: readonly Drawn[],
  text: (mark: PlaceMark) => string,
  drawingWidth: number,
): LabelRequest[] {
  // A name never runs off the drawing's end.
  const inside = (left: number, width: number) =>
    Math.max(2, Math.min(left, drawingWidth - width - 2));
  const points = items.filter((item) => item.box === undefined);
  // Smaller areas first: their names are the harder to place.
  const areas = items
    .filter((item) => item.box !== undefined)
    .sort((a, b) => area(a.box) - area(b.box));
  return [
    ...points.map(({ mark, x, y, r }) => {
      const width = labelWidth(text(mark));
      const at = (left: number, top: number) => ({
        x: inside(left, width),
        y: top,
        width,
        height: labelHeight,
      });
      return {
        id: mark.place.id,
        options: [
          at(x + r + 3, y - labelHeight / 2),
          at(x - r - 3 - width, y - labelHeight / 2),
          at(x - width / 2, y - r - labelHeight - 2),
          at(x - width / 2, y + r + 2),
        ],
      };
    }),
    ...areas.map(({ mark, box }) => {
      const width = labelWidth(text(mark));
      const left = inside(Math.max(box?.x ?? 0, 0) + 4, width);
      const top = Math.max(box?.y ?? 0, 0) + 3;
      return {
        id: mark.place.id,
        options: Array.from({ length: 8 }, (_, row) => ({
          x: left,
          y: top + row * (labelHeight + 1),
          width,
          height: labelHeight,
        })),
      };
    }),
  ];
}

const area = (box: LabelBox | undefined) => (box ? box.width * box.height : 0);

/**
 * The places as the map draws them: areas first, largest underneath, each as its
 * hatched extent; then points, sized by their events; then every name where it
 * collides least. Each place is a link that filters the map to it (the list beside
 * the map offers the same to keyboards and screen readers).
 */
export function MapMarks({
  marks,
  project,
  width,
  language,
  selected,
  placeHref,
  onSelect,
}: MapMarksProps) {
  const items = drawnMarks(marks, project, width);
  const areas = items
    .filter((item) => item.box !== undefined)
    .sort((a, b) => area(b.box) - area(a.box));
  const points = items.filter((item) => item.box === undefined);
  const text = (mark: PlaceMark) =>
    `${localized(mark.place.name, language)} (${formatNumber(mark.events.length, language)})`;
  const marksDrawn = points.map(({ x, y, r }) => ({
    x: x - r,
    y: y - r,
    width: r * 2,
    height: r * 2,
  }));
  const labels = placeLabels(labelRequests(items, text, width), marksDrawn);
  const select = (id: string) => (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onSelect(id);
  };
  const link = (mark: PlaceMark, kind: 'area' | 'point') => ({
    href: placeHref(mark.place.id),
    tabIndex: -1,
    onClick: select(mark.place.id),
    'data-place': mark.place.id,
    'data-kind': kind,
  });

  return (
    <g>
      {areas.map(({ mark, box }) => {
        const tone = toneOf(mark);
        const isSelected = selected.has(mark.place.id);
        return (
          <a key={mark.place.id} {...link(mark, 'area')}>
            <title>{text(mark)}</title>
            <rect
              {...box}
              fill={`url(#${hatchId(tone)})`}
              fillOpacity={isSelected ? 0.45 : 0.14}
              stroke={isSelected ? '#0c0a09' : markColours[tone]}
              strokeWidth={isSelected ? 3 : 1.5}
              strokeDasharray={tone === 'disputed' ? undefined : '6 3'}
            />
          </a>
        );
      })}
      {points.map(({ mark, x, y, r }) => (
        <a key={mark.place.id} {...link(mark, 'point')}>
          <title>{text(mark)}</title>
          <PointSymbol
            tone={toneOf(mark)}
            x={x}
            y={y}
            r={r}
            selected={selected.has(mark.place.id)}
          />
        </a>
      ))}
      {items.map(({ mark, box }) => {
        const place = labels.get(mark.place.id);
        if (place === undefined) return null;
        return (
          <a key={mark.place.id} {...link(mark, box ? 'area' : 'point')}>
            <text
              x={place.x}
              y={place.y + labelHeight - 3}
              fontSize={12}
              fontWeight={box ? 400 : 600}
              fill="#1c1917"
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
              // The name's left edge sits at x in either direction: the map is never mirrored.
              direction={language === 'ar' ? 'rtl' : 'ltr'}
              textAnchor={language === 'ar' ? 'end' : 'start'}
            >
              {text(mark)}
            </text>
          </a>
        );
      })}
    </g>
  );
}
