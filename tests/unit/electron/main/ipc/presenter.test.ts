// User story: a lecturer opens the presenter view; it goes to the second display when there is one (the audience
// window keeps the projector), a second request brings the open one forward, and every message one presentation
// window sends reaches the other windows — never the sender, never a page that is not the atlas — while a malformed
// or oversized message is refused before it is relayed.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../helpers/fake-electron'));

const electron = await import('../../helpers/fake-electron');
const { registerPresenterIpc } = await import('../../../../../electron/main/ipc/presenter');
const { presenterBounds } = await import('../../../../../electron/main/window');
const { MIRROR_MAX_STATE } = await import('../../../../../electron/common/mirror');

const service = { open: vi.fn(async (_route: string) => true) };
const windows = () => electron.FakeBrowserWindow.instances;

function call(channel: string, sender: InstanceType<typeof electron.FakeWebContents>, ...args: unknown[]): Promise<unknown> {
  return Promise.resolve(electron.ipcMain.handlers.get(channel)?.(electron.invokeEvent('app://atlas/index.html', null, sender), ...args));
}

const message = { kind: 'state', from: 'presenter01', seq: 7, role: 'presenter', route: '#/lesson/serial-lysis', state: '{"step":2}' } as const;

beforeEach(() => {
  electron.ipcMain.handlers.clear();
  electron.FakeBrowserWindow.instances.length = 0;
  service.open.mockClear();
  registerPresenterIpc(service);
});

describe('the presenter view over IPC', () => {
  it('opens the presenter window at a valid atlas route only', async () => {
    const sender = new electron.FakeWebContents();
    await expect(call('atlas:presenter-open', sender, '#/lesson/cns-toxicity-and-crs')).resolves.toBe(true);
    expect(service.open).toHaveBeenCalledWith('#/lesson/cns-toxicity-and-crs');
    await expect(call('atlas:presenter-open', sender, 'https://example.org/')).rejects.toThrow(/not an atlas route/);
    expect(service.open).toHaveBeenCalledTimes(1);
  });

  it('relays a mirror message to every other atlas window, not to the sender nor to a foreign page', async () => {
    const presenter = new electron.FakeBrowserWindow({});
    const audience = new electron.FakeBrowserWindow({});
    const foreign = new electron.FakeBrowserWindow({});
    foreign.webContents.url = 'https://example.org/';
    await expect(call('atlas:mirror-send', presenter.webContents, message)).resolves.toBe(1);
    expect(audience.webContents.sent).toEqual([['atlas:mirror', message]]);
    expect(presenter.webContents.sent).toEqual([]);
    expect(foreign.webContents.sent).toEqual([]);
    expect(windows()).toHaveLength(3);
  });

  it('keeps working when the other window has closed (reaches nobody, throws nothing)', async () => {
    const presenter = new electron.FakeBrowserWindow({});
    const gone = new electron.FakeBrowserWindow({});
    gone.isDestroyed.mockReturnValue(true);
    await expect(call('atlas:mirror-send', presenter.webContents, message)).resolves.toBe(0);
  });

  it('refuses a malformed or oversized message before relaying it', async () => {
    const presenter = new electron.FakeBrowserWindow({});
    const audience = new electron.FakeBrowserWindow({});
    for (const bad of [
      { ...message, kind: 'script' },
      { ...message, from: '../x' },
      { ...message, route: 'javascript:alert(1)' },
      { ...message, state: 'x'.repeat(MIRROR_MAX_STATE + 1) },
      { ...message, extra: 1 },
    ]) {
      await expect(call('atlas:mirror-send', presenter.webContents, bad)).rejects.toThrow();
    }
    expect(audience.webContents.sent).toEqual([]);
  });
});

describe('where the presenter window goes', () => {
  const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 900 } };
  const projector = { workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

  it('fills a display other than the audience window’s', () => {
    expect(presenterBounds({ x: 1500, y: 50, width: 1800, height: 1000 }, [laptop, projector])).toEqual(laptop.workArea);
    expect(presenterBounds({ x: 10, y: 10, width: 1200, height: 800 }, [laptop, projector])).toEqual(projector.workArea);
  });

  it('with one display, takes most of it, offset from the audience window', () => {
    const bounds = presenterBounds({ x: 0, y: 0, width: 1440, height: 900 }, [laptop]);
    expect(bounds.width).toBe(1152);
    expect(bounds.height).toBe(720);
    expect(bounds.x).toBeGreaterThan(0);
  });
});
