// A stand-in for the 'electron' module in unit tests (the real binary is absent on this machine):
// records what the main process registers so tests can drive handlers the way Electron would.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

/** ipcMain: `handle` stores handlers by channel; tests call them through `invoke`. */
class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle = vi.fn((channel: string, handler: InvokeHandler) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  removeHandler = vi.fn((channel: string) => this.handlers.delete(channel));
}

export class FakeWebContents extends EventEmitter {
  url = 'app://atlas/index.html';
  /** Events the main process pushed to this page, in order. */
  sent: [string, unknown][] = [];
  send = vi.fn((channel: string, payload: unknown) => {
    this.sent.push([channel, payload]);
  });
  getURL = vi.fn(() => this.url);
  isDestroyed = vi.fn(() => false);
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: ((...args: unknown[]) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | undefined;
  setPermissionRequestHandler = vi.fn((handler: (...args: unknown[]) => void) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.devicePermissionHandler = handler;
  });
  webRequest = {
    onBeforeRequest: vi.fn((listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener;
    }),
  };
  protocol = { handle: vi.fn() };
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances);
  static getFocusedWindow = vi.fn((): FakeBrowserWindow | null => null);
  static fromWebContents = vi.fn((contents: unknown): FakeBrowserWindow | null => FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null);
  readonly options: Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  maximize = vi.fn();
  setFullScreen = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  isFullScreen = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    FakeBrowserWindow.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Electron';
  paths = new Map<string, string>([['userData', '/tmp/atlas-fake-user-data']]);
  readyResolvers: (() => void)[] = [];
  gotLock = true;
  getName = vi.fn(() => this.name);
  setName = vi.fn((name: string) => {
    this.name = name;
  });
  getVersion = vi.fn(() => '0.1.0');
  getPath = vi.fn((name: string) => this.paths.get(name) ?? `/tmp/atlas-fake-${name}`);
  setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  requestSingleInstanceLock = vi.fn((_additionalData?: unknown) => this.gotLock);
  setAsDefaultProtocolClient = vi.fn((_protocol: string) => true);
  ready = false;
  isReady = vi.fn(() => this.ready);
  quit = vi.fn();
  exit = vi.fn();
  whenReady = vi.fn(() => new Promise<void>((resolve) => this.readyResolvers.push(resolve)));
  /** Test helper: fire 'ready'. */
  becomeReady(): void {
    this.ready = true;
    for (const resolve of this.readyResolvers.splice(0)) resolve();
  }
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
/** ipcRenderer: `invoke` is recorded; `on` listeners get (event, payload) when a test calls `emitFromMain`. */
class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (..._args: unknown[]) => undefined);
  /** Test helper: the main process sends `payload` on `channel` (the event object carries `sender`, as in Electron). */
  emitFromMain(channel: string, payload: unknown): void {
    this.emit(channel, { sender: this, senderId: 0 }, payload);
  }
}
export const ipcRenderer = new FakeIpcRenderer();
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
/** `showSaveDialog` resolves with what a test puts in `dialog.nextSave` (cancelled by default). */
export const dialog = {
  showErrorBox: vi.fn((_title: string, _content: string) => undefined),
  nextSave: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  showSaveDialog: vi.fn(async (..._args: unknown[]) => dialog.nextSave),
};
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }]),
};
export const nativeTheme = { shouldUseDarkColors: false };
export const session = { defaultSession: new FakeSession() };
export const BrowserWindow = FakeBrowserWindow;

/** A fake IpcMainInvokeEvent whose sender frame shows `url` (a sub-frame when `parent` is given). */
export function invokeEvent(url: string, parent: object | null = null, sender: FakeWebContents | null = null): { senderFrame: { url: string; parent: object | null }; sender: FakeWebContents | null } {
  return { senderFrame: { url, parent }, sender };
}
