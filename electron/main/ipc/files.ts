// IPC domain: saving an export (review history, Anki CSV) where the reader chooses, through the system's save
// dialog (the app refuses downloads, so an export cannot go through the renderer). The name is only a suggestion;
// the reader picks the place. Written atomically; a cancelled dialog resolves false.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { SaveTextFile } from '../../common/api';
import { writeFileAtomic } from '../services/atomic-file';
import { handle } from './handle';

const FILTERS: Record<SaveTextFile['kind'], Electron.FileFilter> = {
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'Comma-separated values (CSV)', extensions: ['csv'] },
};

export async function saveTextFile(file: SaveTextFile): Promise<boolean> {
  const options = { title: 'Save export', defaultPath: join(app.getPath('documents'), file.suggestedName), filters: [FILTERS[file.kind]] };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return false;
  await writeFileAtomic(result.filePath, file.text);
  return true;
}

export function registerFilesIpc(): void {
  handle('atlas:save-text-file', (file) => saveTextFile(file));
}
