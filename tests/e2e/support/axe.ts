// axe-core for every end-to-end accessibility check: one way to run it and one way to report what it found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Runs axe-core on the page (or on the elements `include` selects) and lists its violations of the given impacts as
 * "name: rule (impact) — first three targets".
 *
 * Legacy mode runs axe inside the page. The default mode runs it per frame and then merges the results in a new
 * blank page, which is only needed for cross-origin iframes. The atlas has no iframes. Legacy mode gives the same
 * violations, passes and incomplete results (checked on a lesson with a planted contrast and label fault) in about
 * half the time: lesson 5 takes 1.6–2.9 s instead of 4.7–4.9 s here.
 */
export async function axeViolations(
  page: Page,
  name: string,
  { include, impacts = ['serious', 'critical'] }: { include?: string; impacts?: readonly string[] | 'all' } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => impacts === 'all' || impacts.includes(v.impact ?? ''))
    .map((v) => `${name}: ${v.id} (${v.impact}) — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
