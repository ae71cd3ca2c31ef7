// The local server behind `npm start`'s browser fallback, the e2e tests and the benchmarks: it sends the headers
// the build asks for (a Link preload of the boot script with the page) and still serves when they are missing.
import { execFileSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { serveOnPreferredPort, serveStatic } from '../../../../build/scripts/static-server.mjs';

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

/** A GET with the Host header a browser would send for `host` (fetch will not let a page set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const request = httpRequest(url, { headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolvePromise({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('what the local server refuses', () => {
  it('requests for another host name (DNS rebinding): only 127.0.0.1 and localhost on its own port', async () => {
    const url = await serve({ 'index.html': '<!doctype html><title>BiTE Atlas</title>' });
    const { port } = new URL(url);
    expect((await getWithHost(url, `127.0.0.1:${port}`)).status).toBe(200);
    expect((await getWithHost(url, `localhost:${port}`)).status).toBe(200);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, `localhost.evil.example:${port}`]) {
      const response = await getWithHost(url, host);
      expect(response.status, host).toBe(421);
      expect(response.body).not.toContain('BiTE Atlas</title>');
    }
  });

  it('a symbolic link that leads out of the folder', async () => {
    const url = await serve({ 'index.html': 'page' });
    const outside = await mkdtemp(join(tmpdir(), 'atlas-outside-'));
    try {
      await writeFile(join(outside, 'secret.txt'), 'private');
      await symlink(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
      await symlink(outside, join(dir, 'up'));
      for (const path of ['leak.txt', 'up/secret.txt']) {
        const response = await fetch(url + path);
        expect(response.status, path).toBe(403);
        expect(await response.text()).not.toContain('private');
      }
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('a folder named index.html, a FIFO and a file deleted by a rebuild — without crashing or stalling', async () => {
    const url = await serve({ 'boot.js': 'ok' });
    await mkdir(join(dir, 'index.html'));
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`${url}index.html`)).status).toBe(404);
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(dir, 'pipe.js')]);
      expect((await fetch(`${url}pipe.js`, { signal: AbortSignal.timeout(2000) })).status).toBe(404);
    }
    await rm(join(dir, 'boot.js'));
    expect((await fetch(`${url}boot.js`)).status).toBe(404);
    await writeFile(join(dir, 'boot.js'), 'rebuilt');
    expect(await (await fetch(`${url}boot.js`)).text()).toBe('rebuilt');
  });

  it('sends the page’s content security policy as a header too', async () => {
    const policy = "default-src 'none'; script-src 'self'";
    const url = await serve({ 'index.html': `<meta http-equiv="Content-Security-Policy" content="${policy}"><title>x</title>`, 'a.js': '' });
    expect((await fetch(url)).headers.get('content-security-policy')).toBe(policy);
    expect((await fetch(`${url}a.js`)).headers.get('content-security-policy')).toBe(policy);
  });
});

describe('the preferred port', () => {
  it('is used when free; when taken the atlas is served elsewhere and the note says why saved progress is missing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-static-'));
    await writeFile(join(dir, 'index.html'), 'page');
    const first = await serveOnPreferredPort(dir, 0);
    const { port } = new URL(first.url);
    expect(first.note).toBeNull();
    const second = await serveOnPreferredPort(dir, Number(port));
    try {
      expect(second.url).not.toBe(first.url);
      expect(second.note).toContain(`Port ${port} is already in use`);
      expect(second.note).toContain(`belong to the address they were saved at (http://127.0.0.1:${port}/)`);
      expect((await fetch(second.url)).status).toBe(200);
    } finally {
      first.server.close();
      second.server.close();
    }
  });
});
