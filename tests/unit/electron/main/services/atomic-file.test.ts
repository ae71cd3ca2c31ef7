// User stories for crash-safe writes on a real folder: the target holds either the old or the new
// content, never a half-written file, and no temp file is left behind even when the write fails.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../../electron/main/services/atomic-file';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'atlas-atomic-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('an atomic write', () => {
  it('replaces the content and leaves only the target file', async () => {
    const target = join(directory, 'data.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(directory)).toEqual(['data.json']);
  });

  it('into a folder that does not exist fails and leaves nothing behind', async () => {
    await expect(writeFileAtomic(join(directory, 'missing', 'data.json'), 'x')).rejects.toThrow();
    expect(await readdir(directory)).toEqual([]);
  });

  it('over a folder fails, keeps the folder and removes its temp file', async () => {
    const target = join(directory, 'occupied');
    await writeFile(join(directory, 'keep.txt'), 'keep');
    await mkdir(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect((await readdir(directory)).sort()).toEqual(['keep.txt', 'occupied']);
  });
});
