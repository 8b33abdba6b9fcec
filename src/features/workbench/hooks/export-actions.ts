import { createContext, useContext, type ReactNode } from 'react';

/** What "Open in Riwaya" hands the app: the button's words, and the zip to import. */
export interface OpenInRiwayaProps {
  label: string;
  /** The draft's export as a zip file, made when called (on click), never before. */
  zipFile: () => File;
}

/**
 * Actions of the export panel that belong to other parts of the app: importing a corpus is the
 * corpora feature's, and opening another draft is a navigation. The app's workbench route
 * provides them (a feature never imports another); without them the panel leaves them out.
 */
export interface ExportActions {
  renderOpenInRiwaya?: (props: OpenInRiwayaProps) => ReactNode;
  /** Opens a draft just made (from a folder) in the workbench. */
  openDraft?: (id: string) => void;
}

export const ExportActionsContext = createContext<ExportActions>({});

export function useExportActions(): ExportActions {
  return useContext(ExportActionsContext);
}
