import type { FolderHandle } from '../utils/draft-folder';

type DirectoryPicker = (options: {
  id?: string;
  mode?: 'read' | 'readwrite';
  startIn?: FolderHandle;
}) => Promise<FolderHandle>;

function picker(): DirectoryPicker | undefined {
  const candidate: unknown = (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  return typeof candidate === 'function' ? (candidate as DirectoryPicker).bind(window) : undefined;
}

/** Whether this browser can open and save folders (the File System Access API: Chromium). */
export function canPickFolders(): boolean {
  return typeof window !== 'undefined' && picker() !== undefined;
}

/** Asks the reader for a folder; undefined when they cancel the dialog. */
export async function pickFolder(
  mode: 'read' | 'readwrite',
  startIn?: FolderHandle,
): Promise<FolderHandle | undefined> {
  const show = picker();
  if (!show) throw new Error('this browser cannot open folders');
  try {
    return await show({ id: 'riwaya-corpus', mode, ...(startIn ? { startIn } : {}) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
}

/** Write access to a folder picked earlier for reading: asked once, on the save's click. */
export async function mayWrite(folder: FolderHandle): Promise<boolean> {
  if ((await folder.queryPermission?.({ mode: 'readwrite' })) === 'granted') return true;
  if (!folder.requestPermission) return true;
  return (await folder.requestPermission({ mode: 'readwrite' })) === 'granted';
}

/** The folder each draft was opened from, in this tab, so "Save" can write back without asking where. */
const openedFrom = new Map<string, FolderHandle>();

export function rememberFolder(draftId: string, folder: FolderHandle): void {
  openedFrom.set(draftId, folder);
}

export function rememberedFolder(draftId: string): FolderHandle | undefined {
  return openedFrom.get(draftId);
}
