import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareButton, shareableUrl } from './share-button';

describe('shareableUrl', () => {
  it('keeps the view as the router wrote it, commas and all', () => {
    expect(shareableUrl('https://x.test/events/e?actors=a,b&text=original#claim-c', 'en')).toBe(
      'https://x.test/events/e?actors=a,b&text=original#claim-c',
    );
  });

  it('adds the language when it is not the default', () => {
    expect(shareableUrl('https://x.test/events/e?actors=a,b', 'ar')).toBe(
      'https://x.test/events/e?actors=a,b&lang=ar',
    );
    expect(shareableUrl('https://x.test/events/e?lang=ar', 'ar')).toBe(
      'https://x.test/events/e?lang=ar',
    );
  });

  it('drops a redundant default language', () => {
    expect(shareableUrl('https://x.test/events/e?lang=en', 'en')).toBe('https://x.test/events/e');
  });
});

describe('ShareButton', () => {
  it('copies the link and says so in a live region', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ShareButton language="ar" />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?lang=ar`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareButton language="en" />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('could not be copied');
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      `${window.location.origin}/`,
    );
  });
});
