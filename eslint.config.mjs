import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

/** webPreferences values that switch a security boundary off (Electron security checklist). */
const dangerousWebPreferences = [
  ['nodeIntegration', true],
  ['nodeIntegrationInWorker', true],
  ['nodeIntegrationInSubFrames', true],
  ['contextIsolation', false],
  ['sandbox', false],
  ['webSecurity', false],
  ['allowRunningInsecureContent', true],
  ['experimentalFeatures', true],
  ['webviewTag', true]
].map(([key, value]) => ({
  selector: `Property[key.name='${key}'][value.value=${value}]`,
  message: `webPreferences.${key}: ${value} disables a security boundary; see DESIGN.md security baseline.`
}))

const electronImport = {
  name: 'electron',
  message:
    'Only src/main/electron and src/preload may import electron; put logic behind a plain-Node factory.'
}

/** Code that must also run in browsers and workers: no Node built-ins (bare names matched exactly). */
const nodeBuiltinMessage = 'Code here must run in browsers and workers too: no Node built-ins.'
const nodeBuiltinPaths = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'stream',
  'http',
  'https',
  'net',
  'worker_threads'
].map((name) => ({ name, message: nodeBuiltinMessage }))
const nodeBuiltins = { group: ['node:*', 'fs/*'], message: nodeBuiltinMessage }

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      'test/.generated/**',
      'bench/.generated/**',
      '.stryker-tmp/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } }
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-restricted-syntax': ['error', ...dangerousWebPreferences],
      'no-restricted-imports': ['error', { paths: [electronImport] }],
      // Formatting is prettier's job.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off'
    }
  },
  {
    files: ['src/main/electron/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronImport,
            ...nodeBuiltinPaths,
            ...['vue', 'pinia', 'dexie', 'element-plus'].map((name) => ({
              name,
              message: 'Domain code is framework-free.'
            }))
          ],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/main/**', '**/renderer/**', '**/cli/**'],
              message: 'src/shared depends on nothing outside itself.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...nodeBuiltinPaths],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/main/**', '**/cli/**'],
              message: 'The renderer reaches main only through the api client.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            {
              group: ['**/renderer/**', '**/cli/**'],
              message: 'main does not depend on the renderer or the CLI.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  }
)
