// User stories for the progress service on a real folder: reading progress only grows and survives a
// restart; a damaged file is recovered from .bak, or progress restarts empty with the damaged file kept.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_FILE_NAME, ProgressStore } from '../../../../../electron/main/services/progress-store';

let directory: string;
let clock: Date;
const now = (): Date => clock;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'atlas-progress-'));
  clock = new Date('2025-01-10T09:00:00.000Z');
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('a learner reading lessons', () => {
  it('has progress that grows, completes and survives a restart', async () => {
    const store = new ProgressStore(directory, now);
    expect((await store.get()).value).toEqual({ version: 1, lessons: {} });
    await store.update({ slug: 'what-a-bite-is', readFraction: 0.5, lastHeading: 'no-fc' });
    clock = new Date('2025-01-10T09:30:00.000Z');
    await store.update({ slug: 'what-a-bite-is', readFraction: 0.2 });
    await store.update({ slug: 'what-a-bite-is', completed: true });

    const afterRestart = (await new ProgressStore(directory, now).get()).value;
    expect(afterRestart.lessons['what-a-bite-is']).toEqual({
      firstOpenedAt: '2025-01-10T09:00:00.000Z',
      lastOpenedAt: '2025-01-10T09:30:00.000Z',
      readFraction: 0.5,
      completed: true,
      lastHeading: 'no-fc',
    });
  });

  it('loses no update when several arrive at once', async () => {
    const store = new ProgressStore(directory, now);
    const slugs = ['what-a-bite-is', 'immune-synapse', 'serial-lysis', 'crs-and-icans', 'kinetics'];
    await Promise.all(slugs.map((slug) => store.update({ slug, readFraction: 0.3 })));
    expect(Object.keys((await new ProgressStore(directory, now).get()).value.lessons).sort()).toEqual([...slugs].sort());
  });
});

describe('a damaged progress file', () => {
  it('is recovered from the backup with a notice', async () => {
    const store = new ProgressStore(directory, now);
    await store.update({ slug: 'what-a-bite-is', readFraction: 0.4 });
    await store.update({ slug: 'immune-synapse', readFraction: 0.1 });
    await writeFile(join(directory, PROGRESS_FILE_NAME), JSON.stringify({ version: 2, lessons: [] }));
    const loaded = await new ProgressStore(directory, now).get();
    expect(loaded.recoveredFrom).toBe('backup');
    expect(Object.keys(loaded.value.lessons)).toEqual(['what-a-bite-is']);
    expect(loaded.notice).toMatch(/progress file was damaged/);
  });

  it('with a damaged backup too starts empty, keeps both damaged files, and saves normally afterwards', async () => {
    await writeFile(join(directory, PROGRESS_FILE_NAME), '{"version":1,"lessons":{"what-a-bite-is":');
    await writeFile(join(directory, `${PROGRESS_FILE_NAME}.bak`), '');
    const store = new ProgressStore(directory, now);
    const loaded = await store.get();
    expect(loaded).toMatchObject({ value: { version: 1, lessons: {} }, recoveredFrom: 'defaults' });
    const kept = (await readdir(directory)).filter((name) => name.includes('.corrupt-'));
    expect(kept.sort()).toEqual(['progress.bak.corrupt-2025-01-10T09-00-00-000Z.json', 'progress.corrupt-2025-01-10T09-00-00-000Z.json']);
    expect(await readFile(join(directory, 'progress.corrupt-2025-01-10T09-00-00-000Z.json'), 'utf8')).toBe(
      '{"version":1,"lessons":{"what-a-bite-is":',
    );

    await store.update({ slug: 'kinetics', readFraction: 1 });
    expect(JSON.parse(await readFile(join(directory, PROGRESS_FILE_NAME), 'utf8')).data.lessons.kinetics.completed).toBe(true);
  });
});

describe('progress that is partly damaged', () => {
  it('keeps every lesson entry that is still valid and says that the rest was reset', async () => {
    await writeFile(
      join(directory, PROGRESS_FILE_NAME),
      JSON.stringify({ document: 'progress', version: 1, data: { version: 1, lessons: { 'what-a-bite-is': { firstOpenedAt: 'a', lastOpenedAt: 'b', readFraction: 0.4, completed: false }, 'serial-lysis': { readFraction: 7 } } } }),
    );
    const loaded = await new ProgressStore(directory, now).get();
    expect(Object.keys(loaded.value.lessons)).toEqual(['what-a-bite-is']);
    expect(loaded.recoveredFrom).toBe('defaults');
  });

  it('of an earlier build (no version envelope) loads as it is', async () => {
    const earlier = { version: 1, lessons: { 'immune-synapse': { firstOpenedAt: 'a', lastOpenedAt: 'b', readFraction: 1, completed: true } } };
    await writeFile(join(directory, PROGRESS_FILE_NAME), JSON.stringify(earlier));
    expect(await new ProgressStore(directory, now).get()).toEqual({ value: earlier });
  });
});
