// The packaging configuration registers the bite-atlas:// scheme with the OS, the same scheme the app accepts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEEP_LINK_SCHEME } from '../../../electron/common/deep-link';

const config = parse(readFileSync(resolve(import.meta.dirname, '../../../build/electron-builder.yml'), 'utf8')) as { protocols?: { name: string; schemes: string[] }[] };

describe('the installed atlas', () => {
  it('is registered as the handler of bite-atlas:// links', () => {
    expect(config.protocols).toEqual([{ name: 'BiTE Atlas link', schemes: [DEEP_LINK_SCHEME] }]);
  });
});
