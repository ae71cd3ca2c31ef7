// User story: a lecturer saves a lesson's handout as PDF from the desktop app: the page that asked is printed to an
// A4 PDF with its print stylesheet and written whole where the lecturer chose; a cancelled dialog prints and writes
// nothing, and a bad request or a foreign page never reaches the printer.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../helpers/fake-electron'));

const electron = await import('../../helpers/fake-electron');
const { registerHandoutIpc, HANDOUT_PDF_OPTIONS } = await import('../../../../../electron/main/ipc/handout');

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n%%EOF\n');

let dir = '';
let window: InstanceType<typeof electron.BrowserWindow>;
let sender: InstanceType<typeof electron.FakeWebContents> & { printToPDF: ReturnType<typeof vi.fn> };

function eventFrom(url: string, parent: object | null = null) {
  return { ...electron.invokeEvent(url, parent), sender };
}
const save = (event: unknown, ...args: unknown[]): Promise<unknown> =>
  Promise.resolve(electron.ipcMain.handlers.get('atlas:save-handout-pdf')?.(event, ...args));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-handout-'));
  electron.ipcMain.handlers.clear();
  electron.dialog.showSaveDialog.mockClear();
  electron.dialog.nextSave = { canceled: true, filePath: '' };
  electron.app.paths.set('documents', dir);
  window = new electron.BrowserWindow({});
  sender = Object.assign(window.webContents, { printToPDF: vi.fn(async () => PDF) });
  registerHandoutIpc();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saving a handout as PDF', () => {
  it('asks where (the suggested name in Documents, a PDF filter, the window as parent), prints the asking page on A4 and writes the PDF there', async () => {
    const target = join(dir, 'chosen.pdf');
    electron.dialog.nextSave = { canceled: false, filePath: target };
    await expect(save(eventFrom('app://atlas/index.html'), { suggestedName: 'bite-atlas-lesson-4-cns-toxicity-and-crs.pdf' })).resolves.toBe(true);
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; filters: { extensions: string[] }[] }];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe(join(dir, 'bite-atlas-lesson-4-cns-toxicity-and-crs.pdf'));
    expect(options.filters[0]?.extensions).toEqual(['pdf']);
    expect(sender.printToPDF).toHaveBeenCalledExactlyOnceWith(HANDOUT_PDF_OPTIONS);
    expect(HANDOUT_PDF_OPTIONS).toMatchObject({ pageSize: 'A4', landscape: false, preferCSSPageSize: true });
    expect(await readFile(target)).toEqual(PDF);
    expect((await readdir(dir)).filter((name) => name !== 'chosen.pdf')).toEqual([]);
  });

  it('prints and writes nothing when the lecturer cancels', async () => {
    await expect(save(eventFrom('app://atlas/index.html'), { suggestedName: 'handout.pdf' })).resolves.toBe(false);
    expect(sender.printToPDF).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a name with a path or another extension, and a page that is not the atlas, before any dialog or print', async () => {
    for (const bad of [{ suggestedName: '../../etc/handout.pdf' }, { suggestedName: 'handout.exe' }, { suggestedName: 'handout.pdf', extra: 1 }, {}]) {
      await expect(save(eventFrom('app://atlas/index.html'), bad)).rejects.toThrow(/invalid arguments/);
    }
    await expect(save(eventFrom('https://example.com/'), { suggestedName: 'handout.pdf' })).rejects.toThrow(/not app:\/\/atlas/);
    await expect(save(eventFrom('app://atlas/index.html', {}), { suggestedName: 'handout.pdf' })).rejects.toThrow(/sub-frame/);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });
});
