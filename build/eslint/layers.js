// Local ESLint rule "atlas/layers": enforces the architecture's import boundaries (DESIGN.md). In the
// renderer, imports only go down the layers of RENDERER_LAYERS (app → present, quiz → lessons → figures →
// ui → state → model, platform, data); the model imports nothing outside itself and is reached only through
// its public entry; only renderer/src/platform may touch window.atlas; nothing outside electron/main imports
// from it; electron/common never imports 'electron'.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * The renderer's layers and what each may import (besides itself). "entry" is the start-up code at the top of
 * renderer/src (main.tsx, start.tsx, prerender.tsx); "common" is electron/common, the shared contracts.
 */
export const RENDERER_LAYERS = {
  entry: ['app', 'present', 'quiz', 'lessons', 'figures', 'ui', 'state', 'model', 'platform', 'data', 'common'],
  app: ['present', 'quiz', 'lessons', 'figures', 'ui', 'state', 'model', 'platform', 'data', 'common'],
  present: ['lessons', 'figures', 'ui', 'state', 'model', 'platform', 'data', 'common'],
  quiz: ['lessons', 'figures', 'ui', 'state', 'model', 'platform', 'data', 'common'],
  lessons: ['figures', 'ui', 'state', 'model', 'platform', 'data', 'common'],
  figures: ['ui', 'state', 'model', 'platform', 'data', 'common'],
  ui: ['state', 'model', 'platform', 'data', 'common'],
  state: ['model', 'platform', 'data', 'common'],
  platform: ['common'],
  data: [],
  model: [],
};

const LAYER_ORDER = 'app → present, quiz → lessons → figures → ui → state → model, platform, data';

/** The renderer layer of a path (null outside renderer/src). */
function rendererLayer(rel) {
  const m = /^renderer\/src\/([^/]+)(\/|$)/.exec(rel);
  if (!m) return null;
  const first = m[1];
  if (Object.hasOwn(RENDERER_LAYERS, first) && first !== 'entry') return first;
  return m[2] ? 'unknown' : 'entry';
}

function area(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('renderer/src/model/')) return 'model';
  if (rel.startsWith('renderer/src/platform/')) return 'platform';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('electron/main/')) return 'electron-main';
  if (rel.startsWith('electron/preload/')) return 'electron-preload';
  if (rel.startsWith('electron/common/')) return 'electron-common';
  if (rel.startsWith('tests/')) return 'tests';
  return 'other';
}

function targetOf(file, source) {
  if (!source.startsWith('.')) return null;
  return path.resolve(path.dirname(file), source);
}

const MODEL_ALLOWED_PACKAGES = new Set([]);

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the BiTE Atlas layer boundaries' },
    messages: {
      modelOutside: 'The model (renderer/src/model) must not import "{{source}}": it imports nothing outside renderer/src/model.',
      modelPackage: 'The model (renderer/src/model) must not import the package "{{source}}": it is pure TypeScript.',
      electronMain: 'Only electron/main may import from electron/main ("{{source}}"): use electron/common for shared contracts.',
      commonElectron: 'electron/common must not import "electron": it is shared with the renderer.',
      rendererElectron: 'The renderer must not import "electron" or Node built-ins ("{{source}}").',
      windowAtlas: 'Only renderer/src/platform may touch window.atlas: use getPlatform() from renderer/src/platform.',
      upward: 'renderer/src/{{from}} must not import from renderer/src/{{to}} ("{{source}}"): renderer imports only go down the layers {{order}}.',
      unknownLayer: 'renderer/src/{{folder}} is not a layer of the renderer: put the file in one of {{layers}} (build/eslint/layers.js).',
      modelEntry: 'Import the model through its public entry ("{{entry}}"), not "{{source}}".',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = area(file);
    const fromRel = path.relative(ROOT, file).split(path.sep).join('/');
    const fromLayer = rendererLayer(fromRel);
    const checkSource = (node, source) => {
      if (typeof source !== 'string') return;
      const target = targetOf(file, source);
      const to = target ? area(target) : null;
      if (target && fromLayer && fromLayer !== 'model') {
        const toRel = path.relative(ROOT, target).split(path.sep).join('/');
        const toLayer = rendererLayer(toRel) ?? (toRel.startsWith('electron/common/') ? 'common' : null);
        if (fromLayer === 'unknown') {
          context.report({ node, messageId: 'unknownLayer', data: { folder: fromRel.split('/')[2], layers: Object.keys(RENDERER_LAYERS).join(', ') } });
        } else if (toLayer && toLayer !== fromLayer && toLayer !== 'unknown' && !RENDERER_LAYERS[fromLayer].includes(toLayer)) {
          context.report({ node, messageId: 'upward', data: { from: fromLayer === 'entry' ? '' : fromLayer, to: toLayer === 'entry' ? toRel.slice('renderer/src/'.length) : toLayer, source, order: LAYER_ORDER } });
        }
        if (toLayer === 'model' && !/^renderer\/src\/model(\/index(\.ts)?)?$/.test(toRel)) {
          context.report({ node, messageId: 'modelEntry', data: { source, entry: path.relative(path.dirname(file), path.join(ROOT, 'renderer/src/model')).split(path.sep).join('/') } });
        }
      }
      if (from === 'model') {
        if (target && to !== 'model') context.report({ node, messageId: 'modelOutside', data: { source } });
        if (!target && !MODEL_ALLOWED_PACKAGES.has(source)) context.report({ node, messageId: 'modelPackage', data: { source } });
      }
      if (to === 'electron-main' && from !== 'electron-main' && from !== 'tests') context.report({ node, messageId: 'electronMain', data: { source } });
      if (from === 'electron-common' && source === 'electron') context.report({ node, messageId: 'commonElectron' });
      if ((from === 'renderer' || from === 'platform') && (source === 'electron' || source.startsWith('node:'))) {
        context.report({ node, messageId: 'rendererElectron', data: { source } });
      }
    };
    return {
      ImportDeclaration: (node) => checkSource(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && checkSource(node, node.source.value),
      ExportAllDeclaration: (node) => checkSource(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && checkSource(node, node.source.value),
      MemberExpression(node) {
        if (from === 'platform' || from === 'electron-preload' || from === 'tests') return;
        const isAtlas = (node.property.type === 'Identifier' && node.property.name === 'atlas') || (node.property.type === 'Literal' && node.property.value === 'atlas');
        if (isAtlas && node.object.type === 'Identifier' && (node.object.name === 'window' || node.object.name === 'globalThis')) {
          context.report({ node, messageId: 'windowAtlas' });
        }
      },
    };
  },
};

export default { rules: { layers: layersRule } };
