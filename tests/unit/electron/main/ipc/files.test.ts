// User story: a resident exports the review history (or an Anki CSV) and chooses where it goes in the system's
// save dialog; the file is written whole, a cancelled dialog writes nothing, and a bad payload never reaches disk.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../helpers/fake-electron'));

const electron = await import('../../helpers/fake-electron');
const { registerFilesIpc } = await import('../../../../../electron/main/ipc/files');

const fromApp = electron.invokeEvent('app://atlas/index.html');
const save = (...args: unknown[]): Promise<unknown> =>
  Promise.resolve(electron.ipcMain.handlers.get('atlas:save-text-file')?.(fromApp, ...args));

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-files-'));
  electron.ipcMain.handlers.clear();
  electron.dialog.showSaveDialog.mockClear();
  electron.dialog.nextSave = { canceled: true, filePath: '' };
  electron.app.paths.set('documents', dir);
  registerFilesIpc();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saving an export through the save dialog', () => {
  it('suggests the name in the documents folder with a filter for its kind, and writes the text where the reader chose', async () => {
    const target = join(dir, 'chosen.csv');
    electron.dialog.nextSave = { canceled: false, filePath: target };
    const text = '#separator:Comma\n"Front","Back"\n';
    await expect(save({ suggestedName: 'bite-atlas-anki.csv', kind: 'csv', text })).resolves.toBe(true);
    const options = electron.dialog.showSaveDialog.mock.calls[0]?.at(-1) as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(options.defaultPath).toBe(join(dir, 'bite-atlas-anki.csv'));
    expect(options.filters[0]?.extensions).toEqual(['csv']);
    expect(await readFile(target, 'utf8')).toBe(text);
    expect((await readdir(dir)).filter((name) => name !== 'chosen.csv')).toEqual([]);
  });

  it('writes nothing and answers false when the reader cancels', async () => {
    await expect(save({ suggestedName: 'reviews.json', kind: 'json', text: '{}' })).resolves.toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a suggested name with a path in it, or an unknown kind, before any dialog opens', async () => {
    for (const bad of [
      { suggestedName: '../../etc/passwd.json', kind: 'json', text: '' },
      { suggestedName: 'a.exe', kind: 'json', text: '' },
      { suggestedName: 'a.json', kind: 'exe', text: '' },
      { suggestedName: 'a.json', kind: 'json', text: 1 },
    ]) {
      await expect(save(bad)).rejects.toThrow();
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
