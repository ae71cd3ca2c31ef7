// The packaging configuration: the pinned Electron, and the bite-atlas:// scheme registered with the OS (the same
// scheme the app accepts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEEP_LINK_SCHEME } from '../../../electron/common/deep-link';

const root = resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(resolve(root, 'build/electron-builder.yml'), 'utf8')) as { electronVersion: string; protocols?: { name: string; schemes: string[] }[] };
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

describe('the installed atlas', () => {
  it('is packaged with the Electron the project pins', () => {
    expect(config.electronVersion).toBe(packageJson.devDependencies.electron);
  });

  it('is registered as the handler of bite-atlas:// links', () => {
    expect(config.protocols).toEqual([{ name: 'BiTE Atlas link', schemes: [DEEP_LINK_SCHEME] }]);
  });
});
