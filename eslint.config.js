// ESLint: TypeScript + React hooks rules, and the local "atlas/layers" rule that enforces the layer
// boundaries of DESIGN.md (see build/eslint/layers.js; its tests are in tests/unit/build/eslint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import atlas from './build/eslint/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'renderer/src/data/generated/', 'tests/fixtures/', 'build/icons/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { atlas, 'react-hooks': reactHooks },
    rules: {
      'atlas/layers': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden (the CSP blocks it).' }, { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden (the CSP blocks it).' }],
    },
  },
  {
    files: ['renderer/src/model/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The model is deterministic: use the seeded PRNG in prng.ts.' },
        { object: 'Date', property: 'now', message: 'The model has no clock.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'performance', 'setTimeout', 'setInterval', 'requestAnimationFrame'],
    },
  },
);
