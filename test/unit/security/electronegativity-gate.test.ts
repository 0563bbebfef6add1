import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const gate = resolve(__dirname, '../../../scripts/electronegativity-gate.mjs')

describe('electronegativity gate', () => {
  it('fails on a finding that is not allow-listed (it cannot pass whatever the code does)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-'))
    mkdirSync(join(dir, 'main'))
    writeFileSync(
      join(dir, 'main', 'window.js'),
      "const { BrowserWindow } = require('electron')\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } })\n'
    )
    const run = spawnSync(process.execPath, [gate, '--input', dir], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/NODE_INTEGRATION_JS_CHECK|CONTEXT_ISOLATION_JS_CHECK/)
  }, 60_000)
})
