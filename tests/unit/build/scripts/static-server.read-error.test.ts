// The local server when reading a file fails half-way (an I/O error, a file cut short by a rebuild): that response
// ends, the server keeps answering — it never crashes or stalls. The failure is injected into the file it opened.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../electron/common/served-file.mjs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../electron/common/served-file.mjs')>();
  return {
    openServedFile: async (root: string, filePath: string) => {
      const served = await actual.openServedFile(root, filePath);
      if (served.kind !== 'file' || !filePath.endsWith('broken.js')) return served;
      await served.handle.close();
      let sent = false;
      const failing = new Readable({
        read() {
          if (!sent) {
            sent = true;
            this.push('first half');
          } else this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
        },
      });
      return { ...served, handle: { createReadStream: () => failing, close: async () => undefined } };
    },
  };
});

const { serveStatic } = await import('../../../../build/scripts/static-server.mjs');
const dir = await mkdtemp(join(tmpdir(), 'atlas-static-error-'));
await writeFile(join(dir, 'broken.js'), 'x'.repeat(100));
await writeFile(join(dir, 'fine.js'), 'fine');
const { server, url } = await serveStatic(dir);
afterAll(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a read that fails half-way', () => {
  it('ends that response only; the next request is answered', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(fetch(`${url}broken.js`).then((response) => response.text())).rejects.toThrow();
    expect(await (await fetch(`${url}fine.js`)).text()).toBe('fine');
    expect(String(warn.mock.calls[0]?.[0])).toContain('EIO');
  });
});
