// The renderer's locks, proven in a real browser: the CSP blocks eval in a same-origin script and blocks
// inline scripts, and a full walk through the atlas sends no request anywhere but the local server.
import { test, expect, lessons, openAtlas, openLessonFromSidebar } from './support/atlas';

test('a same-origin script that tries eval is blocked by the content security policy', async ({ page, watch }) => {
  watch.allowConsole.push(/Content Security Policy|unsafe-eval|EvalError/i);
  await page.route('**/e2e-eval-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "try { window.__evalResult = String(eval('6 * 7')); } catch (e) { window.__evalResult = 'blocked: ' + e.name; }" +
        "try { window.__fnResult = String(new Function('return 1')()); } catch (e) { window.__fnResult = 'blocked: ' + e.name; }",
    }),
  );
  await openAtlas(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = './e2e-eval-probe.js';
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('probe did not load'));
        document.head.append(script);
      }),
  );
  expect(await page.evaluate(() => (window as unknown as { __evalResult: string }).__evalResult)).toBe('blocked: EvalError');
  expect(await page.evaluate(() => (window as unknown as { __fnResult: string }).__fnResult)).toBe('blocked: EvalError');
});

test('an injected inline script does not run', async ({ page, watch }) => {
  watch.allowConsole.push(/Content Security Policy|inline script/i);
  await openAtlas(page);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('a full walk through the atlas stays on the local server', async ({ page, watch }) => {
  await openAtlas(page);
  for (const lesson of lessons) {
    await openLessonFromSidebar(page, lesson);
    await page.mouse.wheel(0, 20_000);
  }
  for (const name of ['Glossary', 'References', 'Settings']) {
    await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  expect(watch.foreignRequests).toEqual([]);
});

test('the local server sends the page’s CSP as a header too, identical to its meta element', async ({ page }) => {
  const response = await page.goto('index.html');
  const header = response?.headers()['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(header).toBeTruthy();
  expect(header).toBe(meta?.replace(/\s+/g, ' ').trim());
});

test('the local server answers only its own host name (no DNS rebinding)', async ({ request, baseURL }) => {
  const { port } = new URL(baseURL!);
  expect((await request.get('index.html')).status()).toBe(200);
  const rebound = await request.get('index.html', { headers: { host: `attacker.example:${port}` } });
  expect(rebound.status()).toBe(421);
  expect(await rebound.text()).not.toContain('BiTE Atlas</title>');
});
