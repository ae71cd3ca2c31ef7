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
});
