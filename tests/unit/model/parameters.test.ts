// The ONE parameter table: every name of MODEL.md §4 with its contract value, a unit, a plausible
// range containing the default, a provenance tag, citation keys of the bibliography and a meaning.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { PARAMETER_NAMES, parameters, resolveParameters, validateParameterValue } from '../../../renderer/src/model/index';
import { CONTRACT_DEFAULTS, CONTRACT_RANGES } from './contract';

// The keys of the bibliography itself (content/references), so a removed entry cannot linger here.
const bibliography = parse(readFileSync(resolve(import.meta.dirname, '../../../content/references/references.yaml'), 'utf8')) as { key: string }[];
const CITATION_KEYS = new Set(bibliography.map((entry) => entry.key));

describe('the parameter table', () => {
  it('holds exactly the names of MODEL.md §4 with the contract defaults', () => {
    expect([...PARAMETER_NAMES].sort()).toEqual(Object.keys(CONTRACT_DEFAULTS).sort());
    for (const name of PARAMETER_NAMES) expect(parameters[name].value, name).toBe(CONTRACT_DEFAULTS[name]);
  });

  it('gives every parameter a unit, a range around its default, a provenance tag, citations and a meaning', () => {
    for (const name of PARAMETER_NAMES) {
      const spec = parameters[name];
      expect(spec.name).toBe(name);
      expect(spec.unit.length, name).toBeGreaterThan(0);
      expect(spec.range[0], name).toBeLessThanOrEqual(spec.value);
      expect(spec.range[1], name).toBeGreaterThanOrEqual(spec.value);
      expect(['S', 'L', 'P', 'M', 'T', 'D']).toContain(spec.provenance);
      expect(spec.citations.length, name).toBeGreaterThan(0);
      for (const key of spec.citations) expect(CITATION_KEYS.has(key), `${name}: ${key}`).toBe(true);
      expect(spec.meaning.length, name).toBeGreaterThan(10);
      if (spec.provenance === 'T') expect(spec.citations, name).toContain('atlas-model');
    }
  });

  it('carries the version-2 plausible ranges of MODEL.md §4 and new parameters in table order', () => {
    for (const [name, range] of Object.entries(CONTRACT_RANGES)) expect(parameters[name as keyof typeof CONTRACT_RANGES].range, name).toEqual(range);
    const names = [...PARAMETER_NAMES];
    expect(names.slice(names.indexOf('rLeuk'), names.indexOf('kX') + 1)).toEqual(['rLeuk', 'kBm', 'ec50Bm', 'tRef', 'kX']);
    for (const name of ['ec50Bm', 'tRef', 'kBm', 'kX', 'rLeuk', 'kQRec'] as const) {
      expect(parameters[name].provenance).toBe('T');
      expect(parameters[name].note, name).toMatch(/v2/);
    }
    expect(parameters.ec50Bm.citations).toContain('asco2013');
  });

  it('gives every parameter hard bounds that contain its plausible range and reject absurd values', () => {
    for (const name of PARAMETER_NAMES) {
      const { limits, range } = parameters[name];
      expect(limits[0], name).toBeLessThanOrEqual(range[0]);
      expect(limits[1], name).toBeGreaterThanOrEqual(range[1]);
      expect(Number.isFinite(limits[1]), name).toBe(true);
      expect(validateParameterValue(name, limits[1])).toBe(limits[1]);
      expect(() => validateParameterValue(name, limits[1] * 2 + 1), name).toThrow(new RegExp(`parameters\\.${name}: (must be within its hard bounds|is a fraction)`));
      expect(() => validateParameterValue(name, 1e308), name).toThrow(new RegExp(`parameters\\.${name}`));
    }
    expect(() => resolveParameters({ bsa: 1e308 })).toThrow(/parameters\.bsa: must be within its hard bounds 0\.05–5 m²/);
    expect(() => resolveParameters({ bsa: 0.01 })).toThrow(/hard bounds/);
    expect(() => resolveParameters({ treg: 101 })).toThrow(/parameters\.treg/);
  });

  it('is frozen: overrides go through resolveParameters, which validates them', () => {
    expect(Object.isFrozen(parameters)).toBe(true);
    expect(resolveParameters({ treg: 12 }).treg).toBe(12);
    expect(resolveParameters({ treg: 12 }).kSerial).toBe(10);
    expect(() => resolveParameters({ nope: 1 })).toThrow(/parameters\.nope: unknown parameter/);
  });
});
