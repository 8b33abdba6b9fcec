import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmDeleteButton } from './confirm-delete-button';

const words = {
  delete: 'Delete',
  deleteLabel: 'Delete “Idlib”',
  confirmDelete: 'Delete “Idlib” for good?',
  confirm: 'Yes, delete',
  keep: 'Keep it',
  failed: 'It could not be deleted; it is still here.',
};

describe('ConfirmDeleteButton', () => {
  it('asks first, deletes only on the second click, and can be called off', async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn(() => Promise.resolve());
    render(<ConfirmDeleteButton words={words} onDelete={onDelete} />);

    await user.click(screen.getByRole('button', { name: 'Delete “Idlib”' }));
    expect(screen.getByRole('group', { name: 'Delete “Idlib” for good?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onDelete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete “Idlib”' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('says when deleting failed, and offers to try again', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmDeleteButton words={words} onDelete={() => Promise.reject(new Error('quota'))} />,
    );
    await user.click(screen.getByRole('button', { name: 'Delete “Idlib”' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words.failed);
    expect(screen.getByRole('button', { name: 'Delete “Idlib”' })).toBeEnabled();
  });
});
