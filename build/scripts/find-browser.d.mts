// Types for find-browser.mjs (used from TypeScript by the Playwright config, tests and benchmarks).
export function findBrowser(env?: NodeJS.ProcessEnv): string | null;
export const OFFLINE_BROWSER_FLAGS: string[];
