import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'migrations/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/capabilities/**'], message: 'platform/ knows no capability.' }] },
      ],
    },
  },
  { files: ['src/capabilities/**', 'src/demo/**', 'src/app.ts', 'src/main.ts', 'src/web/**', 'tests/**', 'bench/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The web app talks to the server over HTTP only: it may import shared contracts, nothing else.
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/platform/**', '**/capabilities/**'], message: 'The web app imports src/shared only.' }] },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/platform/**', '**/capabilities/**', '**/web/**'], message: 'shared/ imports nothing of the project.' }] },
      ],
    },
  },
);
