import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { legendStances, stanceTones } from '@/lib/stance-marks';
import { StanceMark } from './stance-mark';

describe('StanceMark', () => {
  it('draws a shape of its own for every stance, hidden from screen readers', () => {
    const drawings = legendStances.map((stance) => {
      const { container } = render(<StanceMark stance={stance} />);
      const svg = container.querySelector('svg');
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      expect(svg).toHaveAttribute('data-mark', stance);
      expect(svg?.textContent).toBe('');
      return svg?.innerHTML ?? '';
    });
    expect(drawings.every((drawing) => drawing.length > 0)).toBe(true);
    expect(new Set(drawings).size).toBe(legendStances.length);
  });

  it('wears its stance’s colour and paints with it, so print and forced colours keep it', () => {
    const { container } = render(<StanceMark stance="denies" className="me-1" />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('class')).toContain(stanceTones.denies);
    expect(svg?.getAttribute('class')).toContain('me-1');
    expect(svg).toHaveAttribute('fill', 'currentColor');
    expect(svg?.querySelector('path')).toHaveAttribute('stroke', 'currentColor');
  });
});
