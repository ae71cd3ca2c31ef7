// User stories for the application menu: the usual edit, zoom and full-screen commands everywhere;
// reload only in development; developer tools never in a packaged build.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => import('../helpers/fake-electron'));

const electron = await import('../helpers/fake-electron');
const { buildMenuTemplate, setupMenu } = await import('../../../../electron/main/menu');

function roles(template: MenuItemConstructorOptions[]): string[] {
  const found: string[] = [];
  const walk = (items: MenuItemConstructorOptions[]): void => {
    for (const item of items) {
      if (item.role) found.push(item.role);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk(template);
  return found;
}

const packagedLinux = { platform: 'linux' as const, appName: 'BiTE Atlas', isDevelopment: false, isPackaged: true };
const developmentLinux = { ...packagedLinux, isDevelopment: true, isPackaged: false };

describe('the application menu', () => {
  it('offers editing, zoom and full screen in every build', () => {
    for (const context of [packagedLinux, developmentLinux, { ...packagedLinux, platform: 'darwin' as const }]) {
      const present = roles(buildMenuTemplate(context));
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) {
        expect(present, `${role} on ${context.platform}`).toContain(role);
      }
    }
  });

  it('has no reload and no developer tools in a packaged build', () => {
    const present = roles(buildMenuTemplate(packagedLinux));
    expect(present).not.toContain('reload');
    expect(present).not.toContain('forceReload');
    expect(present).not.toContain('toggleDevTools');
  });

  it('has reload and developer tools when run from the source tree', () => {
    const present = roles(buildMenuTemplate(developmentLinux));
    expect(present).toContain('reload');
    expect(present).toContain('toggleDevTools');
  });

  it('follows platform conventions: an app menu on macOS, Quit in File elsewhere', () => {
    const mac = buildMenuTemplate({ ...packagedLinux, platform: 'darwin' });
    expect(mac[0].label).toBe('BiTE Atlas');
    const linux = buildMenuTemplate(packagedLinux);
    expect(linux[0]).toMatchObject({ label: 'File', submenu: [{ role: 'quit' }] });
  });

  it('zooms in with Ctrl/Cmd+= as well as Ctrl/Cmd+Plus', () => {
    const view = buildMenuTemplate(packagedLinux).find((item) => item.label === 'View');
    const accelerators = (view?.submenu as MenuItemConstructorOptions[]).filter((item) => item.role === 'zoomIn').map((item) => item.accelerator);
    expect(accelerators).toContain('CommandOrControl+=');
  });

  it('is installed as the application menu', () => {
    setupMenu(packagedLinux);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });
});
