import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { LanguageCode } from '@/config/languages';
import { saveDraft } from '../api/draft-db';
import { mayWrite, pickFolder, rememberFolder, rememberedFolder } from '../api/folder-picker';
import { draftsKey } from '../api/get-drafts';
import {
  corpusFolderIn,
  readDraftFolder,
  writeDraftFolder,
  type FolderWrite,
} from '../utils/draft-folder';
import type { DraftFiles } from '../utils/draft-files';
import { newDraftId } from '../utils/new-draft-id';

export type FolderState =
  | { status: 'idle' }
  | { status: 'opening' }
  | { status: 'saving'; folder: string }
  | { status: 'saved'; result: FolderWrite }
  | { status: 'open-refused'; reason: 'no-corpus'; folder: string }
  | { status: 'open-refused'; reason: 'not-utf8' | 'too-large'; folder: string; path: string }
  | { status: 'denied'; folder: string }
  | { status: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The draft title a folder's corpus.json suggests: its title in the reader's language. */
function titleOf(files: DraftFiles, language: LanguageCode, folder: string): string {
  try {
    const title: unknown = (JSON.parse(files['corpus.json'] ?? '') as { title?: unknown }).title;
    if (typeof title === 'object' && title !== null) {
      const text: unknown = (title as Record<string, unknown>)[language];
      if (typeof text === 'string' && text.trim() !== '') return text.trim();
    }
  } catch {
    // No readable title: the folder's name will do.
  }
  return folder;
}

/**
 * "Open a folder…" (a corpus folder read into a new draft, stored before it opens) and "Save
 * into a folder…" (the draft's export written into one), with where each stands.
 */
export function useFolderActions(draftId: string, language: LanguageCode) {
  const [state, setState] = useState<FolderState>({ status: 'idle' });
  const queryClient = useQueryClient();

  const open = useCallback(
    async (onOpened: (id: string) => void) => {
      try {
        const folder = await pickFolder('read');
        if (!folder) return;
        setState({ status: 'opening' });
        const read = await readDraftFolder(folder);
        if (!read.ok) {
          setState({ status: 'open-refused', folder: folder.name, ...read });
          return;
        }
        const now = new Date().toISOString();
        const id = newDraftId();
        const title = titleOf(read.files, language, read.folder.name);
        await saveDraft({ id, title, createdAt: now, updatedAt: now, revision: 1 }, read.files);
        // The corpus folder itself (a checkout's data/), so "Save into" names where it writes.
        rememberFolder(id, read.folder);
        await queryClient.invalidateQueries({ queryKey: draftsKey });
        setState({ status: 'idle' });
        onOpened(id);
      } catch (error) {
        setState({ status: 'failed', message: messageOf(error) });
      }
    },
    [language, queryClient],
  );

  const save = useCallback(
    async (files: DraftFiles, where: 'remembered' | 'choose') => {
      try {
        const remembered = rememberedFolder(draftId);
        const folder =
          where === 'remembered' && remembered
            ? remembered
            : await pickFolder('readwrite', remembered);
        if (!folder) return;
        if (!(await mayWrite(folder))) {
          setState({ status: 'denied', folder: folder.name });
          return;
        }
        // The corpus folder in the one chosen (a checkout's data/), remembered as where it went.
        const target = (await corpusFolderIn(folder)) ?? folder;
        setState({ status: 'saving', folder: target.name });
        const result = await writeDraftFolder(target, files);
        rememberFolder(draftId, target);
        setState({ status: 'saved', result });
      } catch (error) {
        setState({ status: 'failed', message: messageOf(error) });
      }
    },
    [draftId],
  );

  return { state, open, save, remembered: rememberedFolder(draftId)?.name };
}
