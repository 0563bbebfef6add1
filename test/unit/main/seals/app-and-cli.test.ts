/**
 * The app (seal service on its worker pool, trust from the trust store) and the CLI
 * (`seals verify --trust`) give the same verdict on every attack and legitimate update.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../../src/cli/command'
import { sealsCommand } from '../../../../src/cli/commands/seals'
import type { VerifyPool } from '../../../../src/main/services/seals/worker-pool'
import type { PdfVerificationReport } from '../../../../src/shared/domain/seals/report'
import { cmsBlob } from '../../../fixtures/pdf'
import { SCENARIOS, signScenario } from '../../../fixtures/pdf/attacks'
import { getTestPki } from '../../../fixtures/pki'
import { serviceWith, sourcePool } from './support'

let dir: string
let pool: VerifyPool
const files: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'app-and-cli-'))
  writeFileSync(join(dir, 'root.pem'), getTestPki().rsaRoot.certPem)
  for (const [index, scenario] of SCENARIOS.entries()) {
    const signed = await signScenario(scenario, cmsBlob('rsa'))
    const name = `scenario-${String(index).padStart(2, '0')}.pdf`
    writeFileSync(join(dir, name), await scenario.after(signed, cmsBlob('rsa')))
    files.push(name)
  }
  pool = sourcePool(2)
}, 120_000)
afterAll(() => pool?.close())

const verdicts = (report: PdfVerificationReport) => ({
  document: report.verdict,
  signatures: report.signatures.map((signature) => [signature.fieldName, signature.verdict])
})

describe('the app and the CLI', () => {
  it('give the same verdict on every file', { timeout: 120_000 }, async () => {
    const { files: registry, trustStore, service } = serviceWith(pool)
    await trustStore.importFile(new Uint8Array(readFileSync(join(dir, 'root.pem'))), 'root.pem')
    const app = new Map<string, ReturnType<typeof verdicts>>()
    for (const name of files) {
      const { report } = await service.verifyFile(registry.register(join(dir, name), name))
      app.set(name, verdicts(report))
    }

    const stdout: string[] = []
    const io: CliIo = { out: (text) => stdout.push(text), err: () => undefined, cwd: dir }
    await sealsCommand.run(['verify', ...files, '--trust', 'root.pem', '--json'], io)
    const cli = (JSON.parse(stdout.join('\n')) as { reports: PdfVerificationReport[] }).reports

    expect(cli.map((report) => report.fileName)).toEqual(files)
    for (const report of cli) expect(verdicts(report)).toEqual(app.get(report.fileName!))
    expect(new Set(cli.map((report) => report.verdict.status))).toEqual(
      new Set(['passed', 'failed', 'indeterminate'])
    )
  })
})
