import { render } from '@testing-library/react';
import { isolate } from '@/lib/bidi-isolate';
import { IsolatedText } from './isolated-text';

describe('IsolatedText', () => {
  it('renders each isolated value as a <bdi>, with no invisible marks left in the text', () => {
    const { container } = render(
      <p>
        <IsolatedText text={`لا يوجد حدث معرّفه «${isolate('no-such-event')}».`} />
      </p>,
    );
    const bdi = container.querySelectorAll('bdi');
    expect(bdi).toHaveLength(1);
    expect(bdi[0]).toHaveTextContent('no-such-event');
    expect(container.textContent).toBe('لا يوجد حدث معرّفه «no-such-event».');
    expect(container.textContent).not.toMatch(/[\u2066-\u2069]/);
  });
});
