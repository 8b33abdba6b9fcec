import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareButton } from './share-button';

const link = 'https://x.test/?actors=a,b&lang=ar';

function stubNavigator(key: 'share' | 'clipboard', value: unknown) {
  const original = Object.getOwnPropertyDescriptor(navigator, key);
  Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
  return () => {
    if (original) Object.defineProperty(navigator, key, original);
    else Reflect.deleteProperty(navigator, key);
  };
}

const restorers: (() => void)[] = [];
afterEach(() => {
  restorers.splice(0).forEach((restore) => {
    restore();
  });
  vi.restoreAllMocks();
});

describe('ShareButton', () => {
  it('copies the link it is given and says so in a live region', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ShareButton getUrl={() => link} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(screen.getByRole('status')).toHaveTextContent(/^Link copied$/);
  });

  it('builds the link at the click, so it is the view on screen then', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    let current = 'https://x.test/';
    render(<ShareButton getUrl={() => current} />);
    current = 'https://x.test/?q=later';
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('https://x.test/?q=later');
  });

  it('says what the recipient needs with the confirmation', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ShareButton getUrl={() => link} caveat="Only where “Test” is imported." />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Link copied Only where “Test” is imported.',
    );
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareButton getUrl={() => link} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('could not be copied');
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(link);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('falls back to the link to copy by hand where there is no clipboard API (an insecure origin)', async () => {
    const user = userEvent.setup();
    restorers.push(stubNavigator('clipboard', undefined));
    render(<ShareButton getUrl={() => link} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('could not be copied');
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(link);
  });

  it('offers no Share button where the system has no share sheet', () => {
    restorers.push(stubNavigator('share', undefined));
    render(<ShareButton getUrl={() => link} />);
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
  });

  it("hands the link and the page's title to the system's share sheet", async () => {
    const user = userEvent.setup();
    const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue();
    restorers.push(stubNavigator('share', share));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    document.title = 'An event — Riwaya';
    render(<ShareButton getUrl={() => link} caveat="Only where “Test” is imported." />);
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({ title: 'An event — Riwaya', url: link });
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Link shared Only where “Test” is imported.',
    );
  });

  it('does nothing more when the reader closes the share sheet', async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockRejectedValue(new DOMException('closed', 'AbortError'));
    restorers.push(stubNavigator('share', share));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ShareButton getUrl={() => link} />);
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledOnce();
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('copies instead when the system refuses to share', async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockRejectedValue(new DOMException('no', 'NotAllowedError'));
    restorers.push(stubNavigator('share', share));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ShareButton getUrl={() => link} />);
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });
});
