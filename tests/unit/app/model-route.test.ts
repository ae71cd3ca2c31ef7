// @vitest-environment happy-dom
// The Model page in the atlas state: its routes survive the app's link codec and the state schema, and the
// page has no figures, so a link that carries figure states for it is refused with a reason.
import { describe, expect, it } from 'vitest';
import { codecContext, hashOf } from '../../../renderer/src/app/atlas-store';
import { decodeAtlasHash } from '../../../renderer/src/state/codec';
import { atlasStateSchema, initialAtlasState } from '../../../renderer/src/state/store';

describe('the Model page in the atlas state', () => {
  it('round-trips #/model and #/model/param-kBm through the codec', () => {
    for (const route of [{ name: 'model' } as const, { name: 'model', anchor: 'param-kBm' } as const]) {
      const hash = hashOf({ route, figures: {} });
      expect(hash).toBe(route.anchor ? '#/model/param-kBm' : '#/model');
      expect(decodeAtlasHash(hash, codecContext)).toMatchObject({ ok: true, route });
    }
    expect(decodeAtlasHash('#/references/topp2015', codecContext)).toMatchObject({ ok: true, route: { name: 'references', key: 'topp2015' } });
  });

  it('accepts model and reference routes in the serialized state', () => {
    expect(atlasStateSchema.safeParse(initialAtlasState({ name: 'model', anchor: 'param-kBm' })).success).toBe(true);
    expect(atlasStateSchema.safeParse(initialAtlasState({ name: 'references', key: 'halle2016' })).success).toBe(true);
  });

  it('shows no figures on the Model page, so a figure state in its link is refused', () => {
    expect(codecContext.figuresOn({ name: 'model' })?.size).toBe(0);
    const decoded = decodeAtlasHash('#/model?v=1&fig.cytokine=burden:low', codecContext);
    expect(decoded.ok).toBe(false);
  });
});
