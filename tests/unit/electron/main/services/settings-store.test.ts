// User stories for the settings service on a real folder: choices persist across restarts, invalid
// patches are refused, and a damaged file is recovered from .bak or repaired field by field.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../electron/common/settings';
import { SETTINGS_FILE_NAME, SettingsStore } from '../../../../../electron/main/services/settings-store';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'atlas-settings-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('settings', () => {
  it('start at the defaults and persist a change across a restart', async () => {
    const first = new SettingsStore(directory);
    expect((await first.get()).value).toEqual(DEFAULT_SETTINGS);
    expect(await first.set({ theme: 'projector', textScale: 1.25 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'projector', textScale: 1.25 });
    const afterRestart = new SettingsStore(directory);
    expect(await afterRestart.get()).toEqual({ value: { ...DEFAULT_SETTINGS, theme: 'projector', textScale: 1.25 } });
  });

  it('refuse a patch that breaks the schema and keep the file unchanged', async () => {
    const store = new SettingsStore(directory);
    await store.set({ theme: 'dark' });
    await expect(store.set({ textScale: 40 })).rejects.toThrow();
    expect(JSON.parse(await readFile(join(directory, SETTINGS_FILE_NAME), 'utf8'))).toMatchObject({ document: 'settings', version: 2, data: { theme: 'dark', textScale: 1 } });
  });

  it('apply concurrent changes one after another without losing any', async () => {
    const store = new SettingsStore(directory);
    await Promise.all([store.set({ theme: 'dark' }), store.set({ textScale: 1.5 }), store.set({ reducedMotion: 'reduce' })]);
    expect((await new SettingsStore(directory).get()).value).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textScale: 1.5, reducedMotion: 'reduce' });
  });

  it('come back from the backup when the file is damaged, and say so', async () => {
    const store = new SettingsStore(directory);
    await store.set({ theme: 'dark' });
    await store.set({ theme: 'projector' });
    await writeFile(join(directory, SETTINGS_FILE_NAME), '{"theme": "proj');
    const loaded = await new SettingsStore(directory).get();
    expect(loaded).toMatchObject({ value: { theme: 'dark' }, recoveredFrom: 'backup' });
    expect(loaded.notice).toContain('settings');
  });

  it('keep the still-valid fields when both copies are damaged, and keep the damaged files', async () => {
    await writeFile(join(directory, SETTINGS_FILE_NAME), JSON.stringify({ theme: 'dark', textScale: 'huge', reducedMotion: 'reduce' }));
    await writeFile(join(directory, `${SETTINGS_FILE_NAME}.bak`), 'garbage');
    const loaded = await new SettingsStore(directory).get();
    expect(loaded.value).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', reducedMotion: 'reduce' });
    expect(loaded.recoveredFrom).toBe('defaults');
    const kept = (await readdir(directory)).filter((name) => /\.corrupt-.*\.json$/.test(name));
    expect(kept).toHaveLength(2);
  });
});

describe('settings files written by people and older builds', () => {
  it('load with a UTF-8 byte-order mark (as some editors save them)', async () => {
    await writeFile(join(directory, SETTINGS_FILE_NAME), '\uFEFF{ "theme": "dark", "textScale": 1.25, "reducedMotion": "system" }\n');
    expect(await new SettingsStore(directory).get()).toEqual({ value: { ...DEFAULT_SETTINGS, theme: 'dark', textScale: 1.25, reducedMotion: 'system' } });
  });

  it('from before a setting existed load with that setting at its default and no notice', async () => {
    await writeFile(join(directory, SETTINGS_FILE_NAME), JSON.stringify({ theme: 'projector' }));
    expect(await new SettingsStore(directory).get()).toEqual({ value: { ...DEFAULT_SETTINGS, theme: 'projector' } });
  });

  it('of the build before desired retention (format 1) load unchanged, retention at its default, without a notice', async () => {
    const formatOne = JSON.stringify({ document: 'settings', version: 1, data: { theme: 'projector', textScale: 1.5, reducedMotion: 'reduce' } }, null, 2);
    await writeFile(join(directory, SETTINGS_FILE_NAME), formatOne);
    const store = new SettingsStore(directory);
    expect(await store.get()).toEqual({ value: { theme: 'projector', textScale: 1.5, reducedMotion: 'reduce', retention: 0.9 } });
    expect(await readdir(directory)).toEqual([SETTINGS_FILE_NAME]);
    await store.set({ retention: 0.85 });
    expect(JSON.parse(await readFile(join(directory, SETTINGS_FILE_NAME), 'utf8'))).toEqual({ document: 'settings', version: 2, data: { theme: 'projector', textScale: 1.5, reducedMotion: 'reduce', retention: 0.85 } });
    expect(await readFile(join(directory, `${SETTINGS_FILE_NAME}.bak`), 'utf8')).toBe(formatOne);
  });

  it('accept a desired retention from 0.80 to 0.97 only', async () => {
    const store = new SettingsStore(directory);
    for (const retention of [0.79, 0.98, Number.NaN]) await expect(store.set({ retention })).rejects.toThrow();
    await expect(store.set({ retention: 0.97 })).resolves.toMatchObject({ retention: 0.97 });
    await expect(store.set({ retention: 0.8 })).resolves.toMatchObject({ retention: 0.8 });
  });

  it('say "started from defaults" only when a stored setting was actually reset', async () => {
    // Damaged (a field missing in the current format) but nothing stored was invalid: repaired quietly.
    await writeFile(join(directory, SETTINGS_FILE_NAME), JSON.stringify({ document: 'settings', version: 1, data: { theme: 'dark' } }));
    expect(await new SettingsStore(directory).get()).toEqual({ value: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    // A stored value that had to be reset: said so.
    await writeFile(join(directory, SETTINGS_FILE_NAME), JSON.stringify({ document: 'settings', version: 1, data: { theme: 'dark', textScale: 'huge' } }));
    const reset = await new SettingsStore(directory).get();
    expect(reset).toMatchObject({ value: { theme: 'dark', textScale: 1 }, recoveredFrom: 'defaults' });
    expect(reset.notice).toMatch(/started from defaults/);
  });
});
