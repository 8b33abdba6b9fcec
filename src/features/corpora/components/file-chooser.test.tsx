import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FileChooser } from './file-chooser';

describe('FileChooser', () => {
  afterEach(cleanup);

  it('is one file field named and described in the words it is given, and hands over the file', async () => {
    const chosen: File[] = [];
    render(
      <FileChooser
        label="اختر ملفًا"
        chosen="لم يُختر أي ملف بعد."
        accept=".json,.zip"
        onChoose={(file) => chosen.push(file)}
      />,
    );
    // The browser's own button text ("Choose File") is never what a reader meets.
    const input = screen.getByLabelText('اختر ملفًا');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription('لم يُختر أي ملف بعد.');
    const file = new File(['{}'], 'corpus.json', { type: 'application/json' });
    await userEvent.upload(input, file);
    expect(chosen).toEqual([file]);
    // Cleared, so the same file can be chosen again after it was fixed.
    expect(input).toHaveValue('');
  });

  it('reaches the keyboard: the field itself takes focus', async () => {
    render(
      <FileChooser label="Choose a file" chosen="x" accept=".json" onChoose={() => undefined} />,
    );
    await userEvent.tab();
    expect(screen.getByLabelText('Choose a file')).toHaveFocus();
  });
});
