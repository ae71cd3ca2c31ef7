// User stories for the pure security decisions: which reference links may open in the system browser,
// where the window may navigate, which requests the session lets through, and the permission verdicts.
import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_HOSTS, isAllowedExternalUrl as webEditionAllows } from '../../../../electron/common/external-links';
import {
  APP_ENTRY_URL,
  EXTERNAL_HOST_ALLOW_LIST,
  decideNavigation,
  decideWindowOpen,
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isAppUrl,
  permissionCheckVerdict,
  permissionRequestVerdict,
} from '../../../../electron/main/security';

describe('a reference link in a lesson', () => {
  it('opens when it is https on an allow-listed reference host', () => {
    const links = [
      'https://doi.org/10.2147/OTT.S60862',
      'https://pubmed.ncbi.nlm.nih.gov/25670411/',
      'https://www.nejm.org/doi/full/10.1056/NEJMoa1609783',
      'https://clinicaltrials.gov/study/NCT02013167',
      'https://www.blincytohcp.com/',
      'https://DOI.org/10.1182/blood-2012-04-422030',
    ];
    for (const link of links) expect(isAllowedExternalUrl(link), link).toBe(true);
  });

  it('opens for every host on the list, and the list holds only bare host names', () => {
    for (const host of EXTERNAL_HOST_ALLOW_LIST) {
      expect(host).toMatch(/^[a-z0-9.-]+$/);
      expect(isAllowedExternalUrl(`https://${host}/some/path?q=1#frag`), host).toBe(true);
    }
  });

  it('uses the one reference-host list of both editions: exactly the cited journals, registries and regulators', () => {
    expect(EXTERNAL_HOST_ALLOW_LIST).toBe(EXTERNAL_LINK_HOSTS);
    expect([...EXTERNAL_HOST_ALLOW_LIST].sort()).toEqual(
      [
        'doi.org', 'pubmed.ncbi.nlm.nih.gov', 'www.ncbi.nlm.nih.gov', 'pmc.ncbi.nlm.nih.gov', 'www.fda.gov',
        'www.ema.europa.eu', 'clinicaltrials.gov', 'www.nejm.org', 'ashpublications.org', 'www.thelancet.com',
        'elifesciences.org', 'www.nature.com', 'link.springer.com', 'onlinelibrary.wiley.com', 'academic.oup.com',
        'www.dovepress.com', 'www.blincytohcp.com',
      ].sort(),
    );
  });

  it('is never allowed by the desktop when the web edition would refuse it', () => {
    for (const link of ['https://doi.org/x', 'https://doi.org/x y', 'https://evil.example/', 'https:\\\\doi.org\\x', ' https://doi.org/']) {
      if (isAllowedExternalUrl(link)) expect(webEditionAllows(link), link).toBe(true);
    }
  });

  it('is refused when it is not https', () => {
    for (const link of [
      'http://doi.org/10.1000/x',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'ftp://doi.org/x',
      'app://atlas/index.html',
      'mailto:someone@doi.org',
    ]) {
      expect(isAllowedExternalUrl(link), link).toBe(false);
    }
  });

  it('is refused when it carries credentials or an explicit port', () => {
    expect(isAllowedExternalUrl('https://user:pass@doi.org/x')).toBe(false);
    expect(isAllowedExternalUrl('https://user@doi.org/x')).toBe(false);
    expect(isAllowedExternalUrl('https://doi.org:8443/x')).toBe(false);
  });

  it('is refused for lookalike hosts', () => {
    for (const link of [
      'https://doi.org.evil.example/x',
      'https://evil-doi.org/x',
      'https://evildoi.org/x',
      'https://sub.doi.org/x',
      'https://nejm.org/x',
      'https://www.nejm.org.attacker.net/x',
      'https://doi.org@evil.example/x',
      'https://xn--di-ska.org/x',
      'https://doi.org./x',
      'https://evil.example/https://doi.org/',
    ]) {
      expect(isAllowedExternalUrl(link), link).toBe(false);
    }
  });

  it('is refused when malformed, too long, or containing whitespace and control characters', () => {
    expect(isAllowedExternalUrl('not a url')).toBe(false);
    expect(isAllowedExternalUrl('')).toBe(false);
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl(42)).toBe(false);
    expect(isAllowedExternalUrl(`https://doi.org/${'a'.repeat(2100)}`)).toBe(false);
    expect(isAllowedExternalUrl(' https://doi.org/x')).toBe(false);
    expect(isAllowedExternalUrl('https://doi.org/x\n')).toBe(false);
    expect(isAllowedExternalUrl('https:\\\\doi.org\\x')).toBe(false);
  });
});

describe('the window and its navigations', () => {
  it('recognises only app://atlas as the app itself', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://atlas/lessons/01#structure')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://atlas.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user@atlas/index.html')).toBe(false);
    expect(isAppUrl('https://atlas/index.html')).toBe(false);
    expect(isAppUrl('file:///work/main/out/renderer/index.html')).toBe(false);
  });

  it('lets the window navigate inside the app', () => {
    expect(decideNavigation('app://atlas/index.html#/lesson/what-a-bite-is')).toEqual({ allow: true, openExternally: false });
  });

  it('blocks navigation away, sending allow-listed references to the system browser instead', () => {
    expect(decideNavigation('https://doi.org/10.1000/x')).toEqual({ allow: false, openExternally: true });
    expect(decideNavigation('https://example.com/')).toEqual({ allow: false, openExternally: false });
    expect(decideNavigation('file:///etc/passwd')).toEqual({ allow: false, openExternally: false });
    expect(decideNavigation('http://127.0.0.1:5173/')).toEqual({ allow: false, openExternally: false });
  });

  it('never opens a new app window, whatever the URL', () => {
    expect(decideWindowOpen('app://atlas/index.html')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('https://www.ema.europa.eu/en/medicines/human/EPAR/blincyto')).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('requests leaving the renderer', () => {
  it('are allowed only to the app, devtools and inline data', () => {
    expect(isAllowedRequestUrl('app://atlas/assets/index-abc.js')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(isAllowedRequestUrl('data:image/svg+xml,<svg/>')).toBe(true);
  });

  it('are cancelled for every network or file URL', () => {
    for (const url of [
      'https://doi.org/x',
      'http://127.0.0.1:8080/',
      'wss://example.com/socket',
      'file:///etc/passwd',
      'app://elsewhere/x.js',
      'chrome-extension://abc/x.js',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

describe('web permissions', () => {
  it('are all denied, on request and on check — but a request for full screen (presentation mode)', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(permissionRequestVerdict(permission)).toBe(false);
      expect(permissionCheckVerdict(permission)).toBe(false);
    }
    expect(permissionRequestVerdict('fullscreen')).toBe(true);
    expect(permissionCheckVerdict('fullscreen')).toBe(true);
  });
});
