// Routes are part of the serializable atlas state: every route survives a round trip through its hash.
import { describe, expect, it } from 'vitest';
import { handoutHrefFrom, parseRoute, routeHref, sameScreen, type Route } from '../../../renderer/src/state/route';

describe('hash routes', () => {
  it('round-trips every kind of route', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'lesson', slug: 'what-a-bite-is' },
      { name: 'lesson', slug: 'what-a-bite-is', anchor: 'why-no-fc' },
      { name: 'handout', slug: 'cns-toxicity-and-crs' },
      { name: 'handout', slug: 'cns-toxicity-and-crs', notes: true },
      { name: 'glossary' },
      { name: 'glossary', termId: 'scfv' },
      { name: 'references' },
      { name: 'references', key: 'topp2015' },
      { name: 'model' },
      { name: 'model', anchor: 'param-kBm' },
      { name: 'model', anchor: 'target-CK-5' },
      { name: 'settings' },
      { name: 'present', slug: 'cns-toxicity-and-crs', step: 3 },
      { name: 'present', slug: 'cns-toxicity-and-crs', step: 12, blackout: true },
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

  it('reads a presentation step: #/present/<slug> is its first step; a step is a whole number from 1', () => {
    expect(parseRoute('#/present/serial-lysis')).toEqual({ name: 'present', slug: 'serial-lysis', step: 1 });
    expect(parseRoute('#/present/serial-lysis/4/black?v=1')).toEqual({ name: 'present', slug: 'serial-lysis', step: 4, blackout: true });
    for (const bad of ['#/present', '#/present/x/0', '#/present/x/-1', '#/present/x/1.5', '#/present/x/two', '#/present/x/2/white', '#/present/x/2/black/more']) {
      expect(parseRoute(bad).name, bad).toBe('not-found');
    }
  });

  it('makes each presentation step a screen of its own, with or without blackout', () => {
    expect(sameScreen({ name: 'present', slug: 'x', step: 2 }, { name: 'present', slug: 'x', step: 2, blackout: true })).toBe(true);
    expect(sameScreen({ name: 'present', slug: 'x', step: 2 }, { name: 'present', slug: 'x', step: 3 })).toBe(false);
    expect(sameScreen({ name: 'present', slug: 'x', step: 2 }, { name: 'lesson', slug: 'x' })).toBe(false);
  });

  it('encodes anchors with unusual characters', () => {
    const route: Route = { name: 'lesson', slug: 'x', anchor: 'a b/c' };
    expect(routeHref(route)).toBe('#/lesson/x/a%20b%2Fc');
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('opens the Model page, and a parameter’s row on it, from #/model and #/model/param-<name>', () => {
    expect(parseRoute('#/model')).toEqual({ name: 'model' });
    expect(parseRoute('#/model/')).toEqual({ name: 'model' });
    expect(parseRoute('#/model/param-kBm')).toEqual({ name: 'model', anchor: 'param-kBm' });
    expect(routeHref({ name: 'model' })).toBe('#/model');
    expect(routeHref({ name: 'model', anchor: 'param-kBm' })).toBe('#/model/param-kBm');
    expect(parseRoute('#/model/param-kBm/more')).toEqual({ name: 'not-found', path: 'model/param-kBm/more' });
  });

  it('opens a reference by key: #/references/<key>', () => {
    expect(parseRoute('#/references/label-eu')).toEqual({ name: 'references', key: 'label-eu' });
    expect(routeHref({ name: 'references', key: 'label-eu' })).toBe('#/references/label-eu');
    expect(parseRoute('#/references/a/b')).toEqual({ name: 'not-found', path: 'references/a/b' });
  });

  it('opens a lesson’s handout at #/handout/<slug>, with speaker notes at #/handout/<slug>/notes', () => {
    expect(routeHref({ name: 'handout', slug: 'serial-lysis' })).toBe('#/handout/serial-lysis');
    expect(routeHref({ name: 'handout', slug: 'serial-lysis', notes: true })).toBe('#/handout/serial-lysis/notes');
    expect(parseRoute('#/handout/serial-lysis?v=1&fig.serial-lysis=et:1')).toEqual({ name: 'handout', slug: 'serial-lysis' });
    expect(parseRoute('#/handout')).toEqual({ name: 'not-found', path: 'handout' });
    expect(parseRoute('#/handout/serial-lysis/answers')).toEqual({ name: 'not-found', path: 'handout/serial-lysis/answers' });
    expect(parseRoute('#/handout/serial-lysis/notes/x')).toEqual({ name: 'not-found', path: 'handout/serial-lysis/notes/x' });
    // From a lesson's address: the handout keeps the figures' states, not the section.
    expect(handoutHrefFrom('serial-lysis', '#/lesson/serial-lysis/agents?v=1&fig.serial-lysis=et:1')).toBe('#/handout/serial-lysis?v=1&fig.serial-lysis=et:1');
    expect(handoutHrefFrom('serial-lysis', '#/lesson/serial-lysis')).toBe('#/handout/serial-lysis');
    // Ticking "include speaker notes" stays on the handout's screen (its figures are kept).
    expect(sameScreen({ name: 'handout', slug: 'x' }, { name: 'handout', slug: 'x', notes: true })).toBe(true);
    expect(sameScreen({ name: 'handout', slug: 'x' }, { name: 'lesson', slug: 'x' })).toBe(false);
  });

  it('keeps one screen when only the anchor or the marked reference changes', () => {
    expect(sameScreen({ name: 'model' }, { name: 'model', anchor: 'param-kBm' })).toBe(true);
    expect(sameScreen({ name: 'references' }, { name: 'references', key: 'topp2015' })).toBe(true);
    expect(sameScreen({ name: 'model' }, { name: 'references' })).toBe(false);
  });
});
