// User stories for bite-atlas:// links: the documented forms open the route they name, and anything else —
// another scheme, a long or odd link, something that is not a route — opens nothing.
import { describe, expect, it } from 'vitest';
import { MAX_DEEP_LINK_LENGTH, findDeepLinkArgument, isAtlasRoute, parseDeepLink } from '../../../../electron/common/deep-link';

describe('a bite-atlas:// link', () => {
  it('in either documented form opens the route it names', () => {
    expect(parseDeepLink('bite-atlas://open/#/lesson/serial-lysis')).toBe('#/lesson/serial-lysis');
    expect(parseDeepLink('bite-atlas://lesson/serial-lysis')).toBe('#/lesson/serial-lysis');
    expect(parseDeepLink('bite-atlas://lesson/serial-lysis/why-serial')).toBe('#/lesson/serial-lysis/why-serial');
    expect(parseDeepLink('bite-atlas://glossary/scfv')).toBe('#/glossary/scfv');
    expect(parseDeepLink('bite-atlas://open/#/lesson/kinetics-and-dosing?s=AbC-_9.~%20x')).toBe('#/lesson/kinetics-and-dosing?s=AbC-_9.~%20x');
    expect(parseDeepLink('BITE-ATLAS://lesson/serial-lysis')).toBe('#/lesson/serial-lysis');
  });

  it('to a presentation step, with its figure states, opens the presentation there (the renderer decodes it)', () => {
    const state = '#/present/cns-toxicity-and-crs/3?v=1&fig.cytokine=show:flat-15,t:1';
    expect(parseDeepLink('bite-atlas://present/cns-toxicity-and-crs/3?v=1&fig.cytokine=show:flat-15,t:1')).toBe(state);
    expect(parseDeepLink(`bite-atlas://open/${state}`)).toBe(state);
    expect(parseDeepLink('bite-atlas://present/cns-toxicity-and-crs/3/black')).toBe('#/present/cns-toxicity-and-crs/3/black');
  });

  it('without a route opens home', () => {
    for (const link of ['bite-atlas://', 'bite-atlas://open', 'bite-atlas://open/', 'bite-atlas://open/#', 'bite-atlas://open/#/']) {
      expect(parseDeepLink(link), link).toBe('#/');
    }
  });

  it('of any other shape opens nothing', () => {
    const refused = [
      'https://doi.org/x',
      'app://atlas/index.html#/lesson/x',
      'javascript:alert(1)',
      'bite-atlas:lesson/x',
      'bite-atlas://lesson/x#/glossary',
      'bite-atlas://open/#/lesson/x#again',
      'bite-atlas://open/lesson/x',
      'bite-atlas://open/#lesson/x',
      'bite-atlas://lesson/a b',
      'bite-atlas://lesson/"><script>',
      'bite-atlas://lesson/%00',
      'bite-atlas://lesson/%0a',
      'bite-atlas://lesson/%7f',
      'bite-atlas://lesson/%zz',
      'bite-atlas://lesson\\x',
      'bite-atlas://lesson/x\n',
      `bite-atlas://lesson/${'a'.repeat(MAX_DEEP_LINK_LENGTH)}`,
      42,
      undefined,
    ];
    for (const link of refused) expect(parseDeepLink(link), String(link)).toBeNull();
  });

  it('is found among command-line arguments (Windows and Linux pass it that way)', () => {
    expect(findDeepLinkArgument(['/opt/BiTE Atlas/bite-atlas', '--no-sandbox', 'bite-atlas://lesson/x'])).toBe('bite-atlas://lesson/x');
    expect(findDeepLinkArgument(['electron', 'out/main/index.js'])).toBeUndefined();
  });
});

describe('an atlas route', () => {
  it('is "#/" and URL fragment characters only', () => {
    expect(isAtlasRoute('#/lesson/x')).toBe(true);
    expect(isAtlasRoute('#/')).toBe(true);
    for (const value of ['', '#', '/lesson/x', '#/a#b', '#/<b>', '#/a"b', '#/%0d', 7]) expect(isAtlasRoute(value), String(value)).toBe(false);
  });
});
