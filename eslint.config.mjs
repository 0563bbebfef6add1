import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import walls from './eslint/import-walls.mjs'

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

/**
 * The walls between layers and capabilities (README, Architecture), checked on resolved paths by
 * eslint/import-walls.mjs; test/unit/lint/walls.test.ts plants an import through each.
 */
const importWalls = [
  {
    name: 'features',
    importer: /^src\/renderer\/src\/features\/([^/]+)\//,
    target: /^src\/renderer\/src\/features(\/|$)/,
    except: /^src\/renderer\/src\/features\/{1}(\/|$)/,
    message:
      'a feature does not import another feature; move what both need below the features (session, components, spreadsheets, db) or put them together in app/'
  },
  {
    name: 'shell',
    importer: /^src\/renderer\/src\/features\//,
    target: /^src\/renderer\/src\/(app(\/|$)|App\.vue$|main(\.ts)?$)/,
    message: 'a feature does not import the app shell; the shell imports the features'
  },
  {
    name: 'below-features',
    importer: /^src\/renderer\/src\/(?!app\/|features\/|App\.vue$|main\.ts$)/,
    target: /^src\/renderer\/src\/(app(\/|$)|features(\/|$)|App\.vue$|main(\.ts)?$)/,
    message:
      'the layer below the features (session, db, components, demo, api, i18n) never reaches up'
  },
  {
    name: 'demo',
    importer:
      /^src\/(?!shared\/domain\/demo\/|cli\/commands\/demo(-scan)?\.ts$|library\/demo-seed\.ts$)/,
    target: /^src\/shared\/domain\/demo(\/|$)/,
    message:
      'only the CLI demo commands and the reference library (src/library/demo-seed.ts) import the demo generator: the demo city reaches the workbench through a library, never by import'
  },
  {
    name: 'tests',
    importer: /^src\//,
    target: /^(test|bench)(\/|$)/,
    message: 'product code does not import tests, fixtures or benchmarks'
  },
  {
    name: 'cli',
    importer: /^src\/cli\//,
    target: /^src\/(main\/(?!services\/)|main$|renderer(\/|$)|preload(\/|$)|host(\/|$))/,
    message:
      'the CLI may use main/services, never main/electron, main/ipc, the composition root or the renderer'
  },
  {
    name: 'renderer',
    importer: /^src\/renderer\//,
    target: /^src\/(main|preload|host|cli)(\/|$)/,
    message: 'the renderer reaches main only through the api client and src/shared'
  },
  {
    name: 'main',
    importer: /^src\/(main|host|preload)\//,
    target: /^src\/(renderer|cli)(\/|$)/,
    message: 'main, the host and the preload share only src/shared with the renderer and the CLI'
  },
  {
    name: 'library',
    importer: /^src\/library\//,
    target: /^src\/(?!shared(\/|$)|library(\/|$))/,
    message:
      'the reference city library (simulator) is plain Node over src/shared: it never imports main, the renderer, the CLI or the host'
  },
  {
    name: 'library-users',
    importer:
      /^src\/(?!library\/|cli\/commands\/library\.ts$|main\/services\/sync\/embedded-library\.ts$)/,
    target: /^src\/library(\/|$)/,
    message:
      'only the CLI library command and the embedded 演示库 start the reference library from src/; the workbench talks to a library over HTTP, never by import'
  },
  {
    name: 'shared',
    importer: /^src\/shared\//,
    target: /^(?!src\/shared(\/|$))/,
    message: 'src/shared depends on nothing outside itself'
  }
]

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
    plugins: { walls },
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
      'walls/imports': ['error', importWalls],
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
          patterns: [nodeBuiltins]
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
          patterns: [nodeBuiltins]
        }
      ]
    }
  },
  {
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  }
)
