// User stories for the app:// protocol: the built renderer is served with the right MIME types,
// while traversal out of out/renderer, other hosts and missing files get 403/404 — tried on a real folder.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../helpers/fake-electron'));

const electron = await import('../helpers/fake-electron');
const { createAppRequestHandler, mimeTypeFor, registerAppScheme, resolveAppRequest, setupAppProtocol } = await import(
  '../../../../electron/main/protocol'
);

const POLICY = "default-src 'none'; script-src 'self'";
let base: string;
let rendererDir: string;
let serve: (request: Request) => Promise<Response>;
const get = (url: string): Promise<Response> => serve(new Request(url));

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'atlas-protocol-'));
  rendererDir = join(base, 'out', 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), `<!doctype html><meta http-equiv="Content-Security-Policy" content="${POLICY}" /><title>BiTE Atlas</title>`);
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'export const answer = 42;');
  await writeFile(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'KaTeX_Main-Regular.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(rendererDir, 'assets', 'figure name.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(base, 'out', 'secret.txt'), 'outside the renderer folder');
  await writeFile(join(base, 'out', 'renderer-evil.txt'), 'sibling folder with a shared prefix');
  await writeFile(
    join(rendererDir, 'headers.json'),
    JSON.stringify({
      '/index.html': { link: '<./assets/boot-abc.js>; rel=preload; as=script', 'X-Content-Type-Options': 'sniff', 'bad name': 'x', count: 3, split: 'a\r\nb' },
    }),
  );
  serve = createAppRequestHandler(rendererDir);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the built renderer over app://atlas', () => {
  it('serves index.html at the root and by name, as HTML', async () => {
    for (const url of ['app://atlas/', 'app://atlas/index.html', 'app://atlas/index.html?x=1#/lesson']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>BiTE Atlas</title>');
    }
  });

  it('serves scripts, styles, fonts and images with their MIME types and nosniff', async () => {
    const js = await get('app://atlas/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('export const answer = 42;');
    expect((await get('app://atlas/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://atlas/assets/KaTeX_Main-Regular.woff2')).headers.get('content-type')).toBe('font/woff2');
    const svg = await get('app://atlas/assets/figure%20name.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('sends the headers the build asks for (a preload of the boot script with the page), never over its own', async () => {
    for (const url of ['app://atlas/', 'app://atlas/index.html']) {
      const page = await get(url);
      expect(page.headers.get('link'), url).toBe('<./assets/boot-abc.js>; rel=preload; as=script');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect([...page.headers.keys()].some((name) => name.includes(' '))).toBe(false);
      expect(page.headers.get('count')).toBeNull();
      expect(page.headers.get('split')).toBeNull();
    }
    expect((await get('app://atlas/assets/index-abc.js')).headers.get('link')).toBeNull();
  });

  it('still serves every file when the headers file is missing or damaged', async () => {
    const damaged = join(base, 'damaged');
    await mkdir(damaged, { recursive: true });
    await writeFile(join(damaged, 'index.html'), '<!doctype html><title>BiTE Atlas</title>');
    await writeFile(join(damaged, 'headers.json'), '{ not json');
    const page = await createAppRequestHandler(damaged)(new Request('app://atlas/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('link')).toBeNull();
    const bare = join(base, 'bare');
    await mkdir(bare, { recursive: true });
    await writeFile(join(bare, 'index.html'), '<!doctype html><title>BiTE Atlas</title>');
    expect((await createAppRequestHandler(bare)(new Request('app://atlas/'))).status).toBe(200);
  });

  it('answers 404 for files that do not exist and for folders', async () => {
    expect((await get('app://atlas/nope.js')).status).toBe(404);
    expect((await get('app://atlas/assets/')).status).toBe(404);
    expect((await get('app://atlas/assets')).status).toBe(404);
  });

  it('refuses every attempt to climb out of the renderer folder', async () => {
    for (const url of [
      'app://atlas/%2e%2e/secret.txt',
      'app://atlas/..%2fsecret.txt',
      'app://atlas/assets/..%2f..%2fsecret.txt',
      'app://atlas/..%5csecret.txt',
      'app://atlas/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://atlas/index.html%00.js',
    ]) {
      const response = await get(url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('outside the renderer folder');
    }
    // Plain "../" segments are normalised away by the URL parser and stay inside the folder.
    const normalised = await get('app://atlas/../../secret.txt');
    expect(normalised.status).toBe(404);
    expect((await get('app://atlas/../renderer-evil.txt')).status).toBe(404);
  });

  it('serves only the atlas host and only GET/HEAD', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await serve(new Request('app://atlas/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await serve(new Request('app://atlas/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('what app:// refuses to serve', () => {
  it('a symbolic link that leads out of the renderer folder (one that stays inside is served)', async () => {
    await symlink(join(base, 'out', 'secret.txt'), join(rendererDir, 'assets', 'leak.txt'));
    await symlink(join(base, 'out'), join(rendererDir, 'up'));
    await symlink(join(rendererDir, 'assets', 'index-abc.js'), join(rendererDir, 'alias.js'));
    for (const url of ['app://atlas/assets/leak.txt', 'app://atlas/up/secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('outside the renderer folder');
    }
    expect(await (await get('app://atlas/alias.js')).text()).toBe('export const answer = 42;');
  });

  it('a folder or a FIFO, without waiting for a writer', async () => {
    await mkdir(join(rendererDir, 'assets', 'folder.js'));
    expect((await get('app://atlas/assets/folder.js')).status).toBe(404);
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(rendererDir, 'assets', 'pipe.js')]);
      expect((await get('app://atlas/assets/pipe.js')).status).toBe(404);
    }
  });
});

describe('the content security policy', () => {
  it('is sent as a header with every file, exactly as index.html declares it', async () => {
    for (const url of ['app://atlas/', 'app://atlas/assets/index-abc.js']) {
      expect((await get(url)).headers.get('content-security-policy'), url).toBe(POLICY);
    }
  });

  it('shuts everything when the page declares none (a broken build)', async () => {
    const bare = join(base, 'no-policy');
    await mkdir(bare, { recursive: true });
    await writeFile(join(bare, 'index.html'), '<!doctype html><title>BiTE Atlas</title>');
    expect((await createAppRequestHandler(bare)(new Request('app://atlas/'))).headers.get('content-security-policy')).toBe("default-src 'none'");
  });
});

describe('resolving a request to a file', () => {
  it('names the reason when it refuses', () => {
    expect(resolveAppRequest('app://atlas/..%2fx', '/srv/r')).toEqual({ kind: 'forbidden', reason: 'path traversal' });
    expect(resolveAppRequest('app://atlas/assets/..%5C..%5Cx', '/srv/r')).toEqual({ kind: 'forbidden', reason: 'path traversal' });
    expect(resolveAppRequest('app://atlas/%E0%A4%A', '/srv/r')).toEqual({ kind: 'forbidden', reason: 'malformed percent-encoding' });
    expect(resolveAppRequest('app://atlas/a%00b', '/srv/r')).toEqual({ kind: 'forbidden', reason: 'NUL byte in path' });
    expect(resolveAppRequest('https://atlas/index.html', '/srv/r').kind).toBe('forbidden');
  });

  it('maps a clean path inside the folder', () => {
    expect(resolveAppRequest('app://atlas/assets/a.js', '/srv/r')).toEqual({
      kind: 'file',
      filePath: join('/srv/r', 'assets', 'a.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/UPPER.PNG')).toBe('image/png');
  });
});

describe('registering the scheme', () => {
  it('marks app:// standard, secure and fetch-capable before ready, then handles it on the session', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    const sessionProtocol = { handle: vi.fn() };
    setupAppProtocol('/srv/r', sessionProtocol as never);
    expect(sessionProtocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
