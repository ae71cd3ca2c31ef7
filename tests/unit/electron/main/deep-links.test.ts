// User stories for a bite-atlas:// link reaching the running app: the window comes to the front and is sent the
// route; with no window yet the route waits for the window that opens; anything else only brings the window up.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../helpers/fake-electron'));

const electron = await import('../helpers/fake-electron');
const { DeepLinks } = await import('../../../../electron/main/deep-links');

type Window = InstanceType<typeof electron.BrowserWindow>;
let window: Window | null;
const openWindow = vi.fn();
const links = () => new DeepLinks({ window: () => window as never, openWindow });

beforeEach(() => {
  window = null;
  openWindow.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a link for the running window', () => {
  it('restores and focuses the window and sends it the route', () => {
    window = new electron.BrowserWindow({});
    window.isMinimized.mockReturnValue(true);
    links().receive('bite-atlas://lesson/serial-lysis');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(window.webContents.sent).toEqual([['atlas:open-link', '#/lesson/serial-lysis']]);
  });

  it('that is not an accepted link sends nothing (the window still comes up)', () => {
    window = new electron.BrowserWindow({});
    links().receive('bite-atlas://lesson/<img src=x>');
    links().receive('https://evil.example/');
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledTimes(2);
  });
});

describe('a link with no window yet (a cold start, or macOS with every window closed)', () => {
  it('waits for the window, which asks for the route once', () => {
    const deepLinks = links();
    deepLinks.receive('bite-atlas://open/#/glossary/scfv');
    expect(openWindow).toHaveBeenCalledOnce();
    expect(deepLinks.takePending()).toBe('#/glossary/scfv');
    expect(deepLinks.takePending()).toBeUndefined();
  });

  it('that arrives while the window is being created is sent once it exists', () => {
    const deepLinks = links();
    deepLinks.receive('bite-atlas://lesson/immune-synapse');
    window = new electron.BrowserWindow({});
    deepLinks.deliverPending();
    expect(window.webContents.sent).toEqual([['atlas:open-link', '#/lesson/immune-synapse']]);
    deepLinks.deliverPending();
    expect(window.webContents.send).toHaveBeenCalledOnce();
  });
});
