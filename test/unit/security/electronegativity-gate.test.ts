import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { policyWeaknesses } from '../../../scripts/csp-policy.mjs'

const root = resolve(__dirname, '../../..')
const gate = join(root, 'scripts/electronegativity-gate.mjs')

function runGate(input: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [gate, '--input', input], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (status) => done({ status, stderr }))
  })
}

/** A copy of src/ with one file edited, as a careless or hostile change would. */
function plant(file: string, edit: (source: string) => string): string {
  const copy = mkdtempSync(join(tmpdir(), 'gate-plant-'))
  cpSync(join(root, 'src'), copy, { recursive: true })
  const path = join(copy, file)
  const before = readFileSync(path, 'utf8')
  const after = edit(before)
  expect(after, `the plant in ${file} changed nothing`).not.toBe(before)
  writeFileSync(path, after)
  return copy
}

const weakenings: { name: string; input: () => string; expected: RegExp }[] = [
  {
    name: "script-src 'unsafe-eval' in the renderer's CSP",
    input: () =>
      plant('renderer/index.html', (html) =>
        html.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")
      ),
    expected: /CSP in renderer\/index\.html: script-src allows 'unsafe-eval'/
  },
  {
    name: 'connect-src * in the header CSP',
    input: () =>
      plant('main/services/files/csp.ts', (source) =>
        source.replace("connect-src 'self'", 'connect-src *')
      ),
    expected: /CSP in main\/services\/files\/csp\.ts: connect-src allows \*/
  },
  {
    name: 'contextIsolation off in webPreferences',
    input: () =>
      plant('main/electron/window.ts', (source) =>
        source.replace('contextIsolation: true', 'contextIsolation: false')
      ),
    expected: /CONTEXT_ISOLATION_JS_CHECK/
  },
  {
    name: 'the guard before openExternal removed',
    input: () =>
      plant('main/electron/security.ts', (source) =>
        source.replace('if (isAllowedExternalUrl(url)) void shell', 'void shell')
      ),
    expected: /OPEN_EXTERNAL_JS_CHECK at main\/electron\/security\.ts/
  },
  {
    name: 'an unguarded openExternal in a .vue component',
    input: () =>
      plant('renderer/src/features/help/HelpView.vue', (source) =>
        source.replace(
          '<script setup lang="ts">\n',
          '<script setup lang="ts">\nimport { shell } from \'electron\'\nconst openLink = (url: string) => shell.openExternal(url)\nvoid openLink\n'
        )
      ),
    expected: /OPEN_EXTERNAL_JS_CHECK at renderer\/src\/features\/help\/HelpView\.vue/
  }
]

describe('security gate (npm run security)', () => {
  it('passes on the tree as it is', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'gate-clean-'))
    cpSync(join(root, 'src'), copy, { recursive: true })
    const run = await runGate(copy)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  }, 120_000)

  it.each(weakenings)(
    'fails on a planted weakening: $name',
    async ({ input, expected }) => {
      const run = await runGate(input())
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(expected)
    },
    120_000
  )

  it('fails on a finding that is not allow-listed (a window with Node in the page)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-'))
    mkdirSync(join(dir, 'main', 'services', 'files'), { recursive: true })
    mkdirSync(join(dir, 'renderer'))
    cpSync(join(root, 'src/main/services/files/csp.ts'), join(dir, 'main/services/files/csp.ts'))
    cpSync(join(root, 'src/renderer/index.html'), join(dir, 'renderer/index.html'))
    writeFileSync(
      join(dir, 'main', 'window.js'),
      "const { BrowserWindow } = require('electron')\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } })\n'
    )
    const run = await runGate(dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/NODE_INTEGRATION_JS_CHECK|CONTEXT_ISOLATION_JS_CHECK/)
  }, 120_000)
})

describe('CSP policy rules', () => {
  const strict =
    "default-src 'self'; object-src 'none'; base-uri 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'"

  it('finds nothing weak in the app’s policy', () => {
    expect(policyWeaknesses(strict)).toEqual([])
  })

  it.each([
    ["script-src 'self' 'unsafe-inline'", "script-src allows 'unsafe-inline'"],
    ["script-src 'self' https:", 'script-src allows https:'],
    ['connect-src ws:', 'connect-src allows ws:'],
    ['img-src *', 'img-src allows *'],
    ['default-src *', 'default-src allows *'],
    ["object-src 'self'", "object-src allows 'self'"],
    ['frame-ancestors *', 'frame-ancestors is not a directive the app uses']
  ])('flags %s', (directive, weakness) => {
    const name = directive.split(' ')[0]!
    const policy = strict
      .split('; ')
      .filter((part) => !part.startsWith(`${name} `))
      .concat(directive)
      .join('; ')
    expect(policyWeaknesses(policy)).toContain(weakness)
  })

  it.each(['script-src', 'object-src', 'base-uri', 'default-src'])('requires %s', (name) => {
    const policy = strict
      .split('; ')
      .filter((part) => !part.startsWith(`${name} `))
      .join('; ')
    expect(policyWeaknesses(policy)).toContain(`${name} is missing`)
  })
})
