/**
 * ESLint for the whole repository (`npm run lint`, which `npm test` runs after the type check).
 * TypeScript gets the type-checked rule sets of typescript-eslint, read through the project's own
 * tsconfig; plain JavaScript gets the same rules minus those that need types. The custom elements
 * and the app add the Lit and Web Components rule sets.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';

// The globals the JavaScript files use, listed here rather than pulled from a package.
const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));
const nodeGlobals = readonly(['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'fetch']);
const browserGlobals = readonly(['window', 'document', 'console', 'customElements', 'URL', 'fetch', 'requestAnimationFrame']);

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'coverage/',
    'bench/dist*/',
    'bench/results/',
    'bench/tmp-*',
    'custom-elements.json',
    '.vitest-attachments/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Every hit was a false alarm: Lit event handlers in state objects (Lit calls them with the
      // host as `this`), `fn.call(graph, …)`, and saving `window.fetch` to restore it after a test.
      '@typescript-eslint/unbound-method': 'off',
      // `() => {}` is how this code spells a deliberate no-op (a default callback, a silenced
      // console in a test); empty methods and functions are still reported.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // The code writes `T[]` and `Array<{ … }>` as each reads best; either spelling is correct.
      '@typescript-eslint/array-type': 'off',
      // Attributes arrive as strings, and an empty one means "not set": `value || null` is meant.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },

  // Plain JavaScript (node scripts, config files, the examples) is outside the type check.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // TypeScript files need no `no-undef` (the compiler knows every name); JavaScript ones do, so
  // they are told which environment they run in.
  { files: ['**/*.mjs', '*.js'], languageOptions: { globals: nodeGlobals } },
  { files: ['examples/**/*.js'], languageOptions: { globals: browserGlobals } },

  {
    files: ['src/elements/**/*.ts', 'src/app/**/*.ts'],
    extends: [lit['flat/recommended'], wc['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement implements every lifecycle callback, so an unguarded `super.connectedCallback()` is safe.
      'wc/guard-super-call': 'off',
    },
  },
);
