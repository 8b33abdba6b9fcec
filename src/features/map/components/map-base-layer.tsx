import { memo } from 'react';
import type { BaseMap } from '@/lib/geo/base-map';
import { linePath, polygonsPath, type Project } from '../utils/svg-path';

interface MapBaseLayerProps {
  baseMap: BaseMap;
  project: Project;
  width: number;
  height: number;
}

/** Sea, land, the focus country a shade apart, and borders: drawn once per projection. */
export const MapBaseLayer = memo(function MapBaseLayer({
  baseMap,
  project,
  width,
  height,
}: MapBaseLayerProps) {
  return (
    <g>
      <rect width={width} height={height} fill="#dbeafe" />
      <path d={polygonsPath(baseMap.land, project)} fill="#e7e5e4" fillRule="evenodd" />
      <path
        d={polygonsPath(baseMap.focus, project)}
        fill="#ffffff"
        fillRule="evenodd"
        stroke="#78716c"
        strokeWidth={1}
      />
      <path
        d={baseMap.borders.map((line) => linePath(line, project)).join('')}
        fill="none"
        stroke="#a8a29e"
        strokeWidth={1}
        strokeDasharray="4 2"
      />
    </g>
  );
});
