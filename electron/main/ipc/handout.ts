// IPC domain: a lesson's handout saved as PDF. The page that asks (the handout view, #/handout/<slug>) is printed
// with Chromium's print pipeline — its print stylesheet, A4, backgrounds kept for the figures — and the PDF is
// written atomically where the reader chooses in the system's save dialog. A cancelled dialog prints nothing.
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { join } from 'node:path';
import type { SaveHandoutPdf } from '../../common/api';
import { writeFileAtomic } from '../services/atomic-file';
import { handleWithSender } from './handle';

/** How the handout is printed: A4 portrait, the page's own @page margins, backgrounds (figure fills) kept. */
export const HANDOUT_PDF_OPTIONS = {
  pageSize: 'A4',
  landscape: false,
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const satisfies Electron.PrintToPDFOptions;

export async function saveHandoutPdf(sender: WebContents, request: SaveHandoutPdf): Promise<boolean> {
  const options = {
    title: 'Save handout as PDF',
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  };
  const parent = BrowserWindow.fromWebContents(sender);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return false;
  const pdf = await sender.printToPDF(HANDOUT_PDF_OPTIONS);
  await writeFileAtomic(result.filePath, pdf);
  return true;
}

export function registerHandoutIpc(): void {
  handleWithSender('atlas:save-handout-pdf', (sender, request) => saveHandoutPdf(sender, request));
}
