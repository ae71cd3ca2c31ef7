// The security scan's gate: electronegativity always exits 0, so the script reads its CSV — quoted fields with
// commas and quotes included — and fails on any HIGH or MEDIUM finding (LOW and informational ones are listed only).
import { describe, expect, it } from 'vitest';
import { failingFindings, parseFindings, SCANNER } from '../../../../build/scripts/security-scan.mjs';

const CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  `CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'none'; script-src 'self', x","One or more CSP directives detected seems to be vulnerable",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK`,
  `CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","electron/main/window.ts","89:17","const window = new BrowserWindow(options);","Review the use of the contextIsolation option",https://example.invalid`,
  `OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","electron/main/guards.ts","14:2","shell.openExternal(""x"")","Review the use of openExternal",https://example.invalid`,
  '',
].join('\r\n');

describe('reading the scanner’s CSV', () => {
  it('gives one finding per row with its fields, quoted commas and quotes intact', () => {
    const findings = parseFindings(CSV);
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatchObject({ issue: 'CSP_GLOBAL_CHECK', severity: 'LOW', filename: 'renderer/index.html', sample: "default-src 'none'; script-src 'self', x" });
    expect(findings[2].sample).toBe('shell.openExternal("x")');
  });

  it('fails on HIGH and MEDIUM only', () => {
    expect(failingFindings(parseFindings(CSV)).map((finding) => finding.issue)).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']);
    expect(failingFindings(parseFindings(CSV.split('\r\n').slice(0, 2).join('\n')))).toEqual([]);
  });

  it('pins the scanner', () => {
    expect(SCANNER).toEqual({ name: '@doyensec/electronegativity', version: '1.10.3' });
  });
});
