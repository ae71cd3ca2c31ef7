// The application menu with the usual roles and shortcuts (edit, zoom, full screen); reload only in
// development and developer tools only when not packaged. buildMenuTemplate() is pure and tested.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** Running from the source tree (npm start), not an installed build. */
  isDevelopment: boolean;
  /** app.isPackaged */
  isPackaged: boolean;
}

export function buildMenuTemplate({ platform, appName, isDevelopment, isPackaged }: MenuContext): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }

  template.push({ label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] });

  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  });

  const developmentItems: MenuItemConstructorOptions[] = [];
  if (isDevelopment) developmentItems.push({ role: 'reload' }, { role: 'forceReload' });
  if (!isPackaged) developmentItems.push({ role: 'toggleDevTools' });
  template.push({
    label: 'View',
    submenu: [
      ...developmentItems,
      ...(developmentItems.length > 0 ? [{ type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // Ctrl/Cmd+= zooms in as well, without Shift, as in browsers.
      { role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });

  template.push({
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  });

  template.push({
    role: 'help',
    submenu: [
      // Keyboard shortcuts are listed inside the atlas: the renderer opens its help overlay on "?".
      { label: 'Keyboard shortcuts: press ? in the atlas', enabled: false },
      ...(isMac ? [] : [{ role: 'about' } as const]),
    ],
  });

  return template;
}

export function setupMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)));
}
