// The headers file the build writes (out/renderer/headers.json) is read by two servers; whatever is in it, they get
// only well-formed header names with string values, and a damaged file means no extra headers, never an error.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSecurityPolicyOf, parseResponseHeaders } from '../../../../electron/common/response-headers.mjs';

describe('parseResponseHeaders', () => {
  it('keeps header-like names with string values, per path', () => {
    expect(
      parseResponseHeaders(JSON.stringify({ '/index.html': { link: '<./a.js>; rel=preload; as=script', 'x y': 'no', n: 1 }, '/other.html': null })),
    ).toEqual({ '/index.html': { link: '<./a.js>; rel=preload; as=script' } });
  });

  it('returns names in lower case, so a server’s own header of the same name replaces them', () => {
    expect(parseResponseHeaders(JSON.stringify({ '/': { 'X-Content-Type-Options': 'sniff', Link: '<./a.js>; rel=preload' } }))).toEqual({
      '/': { 'x-content-type-options': 'sniff', link: '<./a.js>; rel=preload' },
    });
  });

  it('drops values that could not be sent as one header line', () => {
    expect(parseResponseHeaders(JSON.stringify({ '/': { a: 'x\r\nset-cookie: y', b: 'µ', c: 'tab\tok' } }))).toEqual({ '/': { c: 'tab\tok' } });
  });

  it('gives no headers for a damaged or odd file', () => {
    for (const text of ['', '{ not json', 'null', '42', '"text"']) expect(parseResponseHeaders(text), text).toEqual({});
  });
});

describe('contentSecurityPolicyOf', () => {
  it('reads the policy of renderer/index.html — the one source both servers send as a header', () => {
    const policy = contentSecurityPolicyOf(readFileSync(resolve(import.meta.dirname, '../../../../renderer/index.html'), 'utf8'));
    expect(policy).toMatch(/^default-src 'none'; script-src 'self';/);
    expect(policy).not.toMatch(/unsafe-eval/);
  });

  it('takes only a CSP meta element, in either quote style, and falls back to shutting everything', () => {
    expect(contentSecurityPolicyOf(`<meta name="description" content="x"><meta http-equiv='content-security-policy' content='img-src data:'>`)).toBe('img-src data:');
    for (const html of ['', '<meta http-equiv="Content-Security-Policy">', '<meta http-equiv="Content-Security-Policy" content="img-src µ">']) {
      expect(contentSecurityPolicyOf(html), html).toBe("default-src 'none'");
    }
  });
});
