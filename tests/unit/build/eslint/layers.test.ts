// The layer rules as a developer meets them: lint with the project's real ESLint config fails when the
// model imports outside itself, when code outside platform/ touches window.atlas, and so on.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(import.meta.dirname, '../../../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result.messages.filter((m) => m.ruleId === 'atlas/layers').map((m) => m.message);
}

describe('layer rules (atlas/layers)', () => {
  it('fails when the model imports from outside renderer/src/model', async () => {
    const errors = await layerErrors('renderer/src/model/violation.ts', "import { lessons } from '../lessons/manifest';\nexport const n = lessons.length;\n");
    expect(errors).toEqual(['The model (renderer/src/model) must not import "../lessons/manifest": it imports nothing outside renderer/src/model.']);
  });

  it('fails when the model imports a package such as react or d3', async () => {
    const errors = await layerErrors('renderer/src/model/violation.ts', "import { scaleLinear } from 'd3';\nexport const s = scaleLinear();\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('must not import the package "d3"');
  });

  it('allows imports inside the model', async () => {
    expect(await layerErrors('renderer/src/model/ok.ts', "import { parameters } from './parameters';\nexport const p = parameters;\n")).toEqual([]);
  });

  it('fails when renderer code outside platform/ touches window.atlas', async () => {
    const errors = await layerErrors('renderer/src/app/violation.ts', 'export const api = window.atlas;\n');
    expect(errors).toEqual(['Only renderer/src/platform may touch window.atlas: use getPlatform() from renderer/src/platform.']);
    expect(await layerErrors('renderer/src/platform/ok.ts', 'export const api = window.atlas;\n')).toEqual([]);
  });

  it('fails when anything outside electron/main imports from it', async () => {
    const errors = await layerErrors('renderer/src/app/violation.ts', "import { x } from '../../../electron/main/security';\nexport const y = x;\n");
    expect(errors[0]).toContain('Only electron/main may import from electron/main');
  });

  it("fails when electron/common imports 'electron'", async () => {
    const errors = await layerErrors('electron/common/violation.ts', "import { app } from 'electron';\nexport const a = app;\n");
    expect(errors).toEqual(['electron/common must not import "electron": it is shared with the renderer.']);
  });

  describe('renderer layers go only downward (app → present, quiz → lessons → figures → ui → state → model, platform, data)', () => {
    const upward: [string, string, string, string][] = [
      ['a figure importing the shell', 'renderer/src/figures/cytokine/violation.ts', "import { App } from '../../app/App';", 'renderer/src/figures must not import from renderer/src/app'],
      ['ui importing a lesson', 'renderer/src/ui/violation.ts', "import { lessonComponents } from '../lessons/components';", 'renderer/src/ui must not import from renderer/src/lessons'],
      ['a lesson component importing the shell', 'renderer/src/lessons/violation.ts', "import { useAtlas } from '../app/atlas-context';", 'renderer/src/lessons must not import from renderer/src/app'],
      ['the state importing a figure', 'renderer/src/state/violation.ts', "import { cytokineKind } from '../figures/cytokine/state';", 'renderer/src/state must not import from renderer/src/figures'],
      ['the state importing ui', 'renderer/src/state/violation.ts', "import { Slider } from '../ui/Slider';", 'renderer/src/state must not import from renderer/src/ui'],
      ['the platform importing the state', 'renderer/src/platform/violation.ts', "import { AtlasStore } from '../state/store';", 'renderer/src/platform must not import from renderer/src/state'],
      ['content data importing a lesson', 'renderer/src/data/violation.ts', "import { lessonComponents } from '../lessons/components';", 'renderer/src/data must not import from renderer/src/lessons'],
      ['a lesson importing the presenter', 'renderer/src/lessons/violation.ts', "import { x } from '../present/mirror';", 'renderer/src/lessons must not import from renderer/src/present'],
    ];
    for (const [what, file, line, message] of upward) {
      it(`fails on ${what}, with a clear message`, async () => {
        const errors = await layerErrors(file, `${line}\nexport const y = 1;\n`);
        expect(errors).toHaveLength(1);
        expect(errors[0]).toContain(message);
        expect(errors[0]).toContain('renderer imports only go down the layers app → present, quiz → lessons → figures → ui → state → model, platform, data');
      });
    }

    it('allows every downward import', async () => {
      expect(await layerErrors('renderer/src/app/ok.ts', "import { lessons } from '../data/content';\nimport { FIGURE_KINDS } from '../lessons/figure-kinds';\nexport const x = [lessons, FIGURE_KINDS];\n")).toEqual([]);
      expect(await layerErrors('renderer/src/figures/cytokine/ok.ts', "import { useFigure } from '../../state/react';\nimport { Slider } from '../../ui/Slider';\nimport { simulate } from '../../model';\nexport const x = [useFigure, Slider, simulate];\n")).toEqual([]);
      expect(await layerErrors('renderer/src/state/ok.ts', "import { getPlatform } from '../platform';\nimport { findLesson } from '../data/content';\nexport const x = [getPlatform, findLesson];\n")).toEqual([]);
    });

    it('fails when code outside the model imports one of its files instead of its public entry', async () => {
      const errors = await layerErrors('renderer/src/figures/synapse/violation.ts', "import { receptorOccupancy } from '../../model/binding';\nexport const y = receptorOccupancy;\n");
      expect(errors).toEqual(['Import the model through its public entry ("../../model"), not "../../model/binding".']);
    });

    it('fails on a folder that is not a layer', async () => {
      const errors = await layerErrors('renderer/src/helpers/violation.ts', "import { x } from '../state/store';\nexport const y = x;\n");
      expect(errors[0]).toContain('renderer/src/helpers is not a layer of the renderer');
    });
  });
});
