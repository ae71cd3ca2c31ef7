// Routes are part of the serializable atlas state: every route survives a round trip through its hash.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/src/state/route';

describe('hash routes', () => {
  it('round-trips every kind of route', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'lesson', slug: 'what-a-bite-is' },
      { name: 'lesson', slug: 'what-a-bite-is', anchor: 'why-no-fc' },
      { name: 'glossary' },
      { name: 'glossary', termId: 'scfv' },
      { name: 'references' },
      { name: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('treats an empty hash as home and anything unknown as not found', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/nowhere/else')).toEqual({ name: 'not-found', path: 'nowhere/else' });
    expect(parseRoute('#/%')).toEqual({ name: 'not-found', path: '%' });
    expect(parseRoute('#/lesson/%E0%A4%A')).toEqual({ name: 'not-found', path: 'lesson/%E0%A4%A' });
    expect(parseRoute('#/lesson/x?v=1&fig.a=b')).toEqual({ name: 'lesson', slug: 'x' });
  });

  it('encodes anchors with unusual characters', () => {
    const route: Route = { name: 'lesson', slug: 'x', anchor: 'a b/c' };
    expect(routeHref(route)).toBe('#/lesson/x/a%20b%2Fc');
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
