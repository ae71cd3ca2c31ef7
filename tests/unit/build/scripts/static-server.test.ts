// The local server behind `npm start`'s browser fallback, the e2e tests and the benchmarks: it sends the headers
// the build asks for (a Link preload of the boot script with the page) and still serves when they are missing.
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../../build/scripts/static-server.mjs';

let dir: string;
let server: Server | undefined;

afterEach(async () => {
  server?.close();
  server = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function serve(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'atlas-static-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const started = await serveStatic(dir);
  server = started.server;
  return started.url;
}

describe('serveStatic', () => {
  it('sends the page with the preload the build asks for, and other files without it', async () => {
    const url = await serve({
      'index.html': '<!doctype html><title>BiTE Atlas</title>',
      'boot.js': '',
      'headers.json': JSON.stringify({
        '/index.html': { link: '<./boot.js>; rel=preload; as=script', 'X-Content-Type-Options': 'sniff', 'Content-Length': '1', bad: 'a\r\nb', wide: 'µ' },
      }),
    });
    for (const path of ['', 'index.html']) {
      const page = await fetch(url + path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('link')).toBe('<./boot.js>; rel=preload; as=script');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await fetch(`${url}boot.js`)).headers.get('link')).toBeNull();
  });

  it('drops header values that cannot be sent, and follows a rebuild that rewrites the headers file', async () => {
    const url = await serve({ 'index.html': '<!doctype html><title>BiTE Atlas</title>', 'headers.json': JSON.stringify({ '/index.html': { bad: 'a\r\nb', wide: 'µ' } }) });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('bad')).toBeNull();
    expect(page.headers.get('wide')).toBeNull();
    expect(await page.text()).toContain('BiTE Atlas');
    await writeFile(join(dir, 'headers.json'), JSON.stringify({ '/index.html': { link: '<./boot-new.js>; rel=preload; as=script' } }));
    const later = new Date(Date.now() + 5_000);
    await utimes(join(dir, 'headers.json'), later, later);
    expect((await fetch(url)).headers.get('link')).toBe('<./boot-new.js>; rel=preload; as=script');
  });

  it('serves plainly when the headers file is damaged', async () => {
    const url = await serve({ 'index.html': '<!doctype html><title>BiTE Atlas</title>', 'headers.json': '{ damaged' });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('link')).toBeNull();
  });
});
