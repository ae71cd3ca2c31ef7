// User stories for the guards wired into Electron: every permission denied, only app/devtools/data
// requests pass, the window cannot be navigated away, cannot open windows and cannot attach a <webview>.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../helpers/fake-electron'));

const electron = await import('../helpers/fake-electron');
const { guardWebContents, setupSessionSecurity, setupWebContentsGuards } = await import('../../../../electron/main/guards');

/** Emits an Electron-style cancellable event and reports whether a listener prevented it. */
function emitCancellable(target: InstanceType<typeof electron.FakeWebContents>, name: string, url: string, isMainFrame = true): boolean {
  let prevented = false;
  target.emit(name, { url, isMainFrame, preventDefault: () => (prevented = true) });
  return prevented;
}

beforeEach(() => {
  electron.shell.openExternal.mockClear();
});

describe('the session', () => {
  const session = new electron.FakeSession();
  setupSessionSecurity(session as never);

  it('answers every permission request with "denied", but full screen (presentation mode)', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(permission === 'fullscreen');
    }
  });

  it('answers every permission check and device permission with "denied"', () => {
    expect(session.permissionCheckHandler?.(null, 'notifications', 'app://atlas', {})).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'app://atlas', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://atlas' })).toBe(false);
  });

  it('cancels requests to the network and to files, lets app:// through', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const verdict = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      session.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(verdict('app://atlas/assets/index.js')).toBe(false);
    expect(verdict('data:font/woff2;base64,AAAA')).toBe(false);
    expect(verdict('https://fonts.example.com/font.woff2')).toBe(true);
    expect(verdict('http://127.0.0.1:3000/')).toBe(true);
    expect(verdict('file:///etc/hosts')).toBe(true);
  });

  it('refuses downloads', () => {
    let prevented = false;
    session.emit('will-download', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

describe('a window of the app', () => {
  const contents = new electron.FakeWebContents();
  guardWebContents(contents as never);

  it('may move between pages of app://atlas', () => {
    expect(emitCancellable(contents, 'will-navigate', 'app://atlas/index.html#/lessons/what-a-bite-is')).toBe(false);
    expect(emitCancellable(contents, 'will-redirect', 'app://atlas/index.html')).toBe(false);
  });

  it('cannot be navigated or redirected anywhere else', () => {
    expect(emitCancellable(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(emitCancellable(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emitCancellable(contents, 'will-frame-navigate', 'https://example.com/frame', false)).toBe(true);
    expect(emitCancellable(contents, 'will-frame-navigate', 'app://atlas/frame.html', false)).toBe(false);
    expect(emitCancellable(contents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('sends a clicked allow-listed reference to the system browser (once) instead of navigating', () => {
    // Electron fires both events for a main-frame navigation.
    expect(emitCancellable(contents, 'will-frame-navigate', 'https://doi.org/10.1056/NEJMoa1609783')).toBe(false);
    expect(emitCancellable(contents, 'will-navigate', 'https://doi.org/10.1056/NEJMoa1609783')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://doi.org/10.1056/NEJMoa1609783');
  });

  it('denies window.open; an allow-listed reference opens in the system browser', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://atlas/index.html' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://pubmed.ncbi.nlm.nih.gov/25670411/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://pubmed.ncbi.nlm.nih.gov/25670411/');
  });

  it('cannot attach a <webview>', () => {
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});

describe('every webContents the app creates', () => {
  it('is guarded as soon as it exists', () => {
    setupWebContentsGuards();
    const created = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, created);
    expect(created.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(emitCancellable(created, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});
