import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EventName, EventPayload } from '../../../../src/shared/contract'
import { CodedError } from '../../../../src/shared/contract'
import type { VerifyPool } from '../../../../src/main/services/seals/worker-pool'
import {
  USER_PASSWORDS,
  buildEncryptedFixtures,
  encryptionToolsAvailable
} from '../../../fixtures/pdf/encrypted'
import { requireOrSkip } from '../../../support/require-or-skip'
import { writeLargeSealedPdf, writeSealFixtures, type SealFixtures } from './fixtures'
import { gatedPool, serviceWith, sourcePool } from './support'

let fixtures: SealFixtures
const encryptionTools = requireOrSkip(
  encryptionToolsAvailable(),
  'qpdf or pdfsig (with certutil, pk12util and openssl)'
)
let pool: VerifyPool

beforeAll(async () => {
  fixtures = await writeSealFixtures()
  pool = sourcePool(2)
})
afterAll(() => pool?.close())

function recorder() {
  const events: { event: EventName; payload: unknown }[] = []
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) =>
    void events.push({ event, payload })
  const progress = () =>
    events
      .filter((e) => e.event === 'seals.batchProgress')
      .map((e) => e.payload as EventPayload<'seals.batchProgress'>)
  return { events, emit, progress }
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('seal service: one file', () => {
  it('verifies a registered file on a worker thread; trust comes from the trust store', async () => {
    const { files, trustStore, service } = serviceWith(pool)
    const id = files.register(fixtures.sealed, 'sealed.pdf')

    const untrusted = await service.verifyFile(id)
    expect(untrusted.file).toMatchObject({ id, name: 'sealed.pdf' })
    expect(untrusted.file.size).toBe(readFileSync(fixtures.sealed).length)
    expect(untrusted.report.verdict).toMatchObject({
      status: 'indeterminate',
      reason: 'seals.reason.noChainFound'
    })

    await trustStore.importFile(new Uint8Array(readFileSync(fixtures.sm2RootPem)), 'sm2-root.pem')
    const trusted = await service.verifyFile(id)
    expect(trusted.report.verdict.status).toBe('passed')
    expect(trusted.report.signatures[0]?.seal?.picture?.dataBase64).toBeTruthy()
  })

  it.skipIf(!encryptionTools)(
    'a password opens an encrypted file for that verification only',
    async () => {
      const { files, service } = serviceWith(pool)
      const id = files.register(buildEncryptedFixtures().signed('aes-256-user'), 'encrypted.pdf')
      const code = async (password?: string) => {
        const { report } = await service.verifyFile(id, password)
        return report.error?.code ?? report.encryption?.passwordUsed
      }
      expect(await code()).toBe('seals.error.passwordRequired')
      expect(await code('wrong')).toBe('seals.error.passwordWrong')
      expect(await code(USER_PASSWORDS.unicode)).toBe('user')
      expect(await code()).toBe('seals.error.passwordRequired')
    },
    120_000
  )

  it('answers bad files with coded reports and unknown ids with errors.rpc.notFound', async () => {
    const { files, service } = serviceWith(pool)
    const codes = await Promise.all(
      [fixtures.notPdf, fixtures.truncated, fixtures.encrypted].map(async (path) => {
        const { report } = await service.verifyFile(files.register(path, basename(path)))
        return report.error?.code
      })
    )
    expect(codes).toEqual([
      'seals.error.notPdf',
      'seals.error.truncated',
      'seals.error.passwordRequired'
    ])
    await expect(service.verifyFile('no-such-file')).rejects.toMatchObject({
      code: 'errors.rpc.notFound',
      message: 'no file no-such-file'
    })
  })
})

describe('seal service: a 100 MB file', () => {
  it('verifies it on a worker thread while main keeps answering', async () => {
    const big = await writeLargeSealedPdf(100 * 1024 * 1024)
    const { files, trustStore, service } = serviceWith(pool)
    await trustStore.importFile(new Uint8Array(readFileSync(fixtures.sm2RootPem)), 'sm2-root.pem')
    const id = files.register(big, 'big.pdf')

    let longestGap = 0
    let last = performance.now()
    const ticker = setInterval(() => {
      const now = performance.now()
      longestGap = Math.max(longestGap, now - last)
      last = now
    }, 10)
    const { file, report } = await service.verifyFile(id)
    clearInterval(ticker)

    expect(file.size).toBeGreaterThan(100 * 1024 * 1024)
    expect(report.verdict.status).toBe('passed')
    expect(report.signatures[0]?.coverage).toBe('entire-file')
    expect(longestGap).toBeLessThan(250)
  }, 120_000)
})

describe('seal service: batches', () => {
  const batchFiles = () => [
    fixtures.sealed,
    fixtures.changedAfterSigning,
    fixtures.tampered,
    fixtures.notPdf,
    fixtures.truncated,
    fixtures.rsaSigned
  ]

  it('verifies every file, pushing a row and the counts for each, then finishes', async () => {
    const { files, service } = serviceWith(pool)
    const ids = batchFiles().map((path) => files.register(path, basename(path)))
    const { emit, events, progress } = recorder()

    const started = service.startBatch({ fileIds: ids }, emit)
    expect(started).toMatchObject({ state: 'running', total: 6, done: 0 })
    await until(() => progress().some((p) => p.state === 'finished'))

    const rows = progress().flatMap((p) => (p.row ? [p.row] : []))
    expect(rows.map((row) => row.fileName).sort()).toEqual(
      batchFiles()
        .map((p) => basename(p))
        .sort()
    )
    expect(progress().map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 6])
    const tasks = events.filter((e) => e.event === 'task.progress')
    expect(tasks).toHaveLength(7)
    // The task is named by a code of the seals catalog (印章批量核验), said where it is shown.
    expect(tasks[0]?.payload).toMatchObject({ label: 'seals.task.batch' })
    const byName = Object.fromEntries(rows.map((row) => [row.fileName, row]))
    expect(byName['changed-after-signing.pdf']).toMatchObject({
      status: 'failed',
      reason: 'seals.reason.illegalModification'
    })
    expect(byName['tampered.pdf']).toMatchObject({
      status: 'failed',
      reason: 'seals.reason.hashFailure'
    })
    expect(byName['not-a-pdf.pdf']).toMatchObject({
      status: 'indeterminate',
      errorCode: 'seals.error.notPdf',
      summary: { code: 'seals.error.notPdf' }
    })
    expect(byName['sealed.pdf']?.signer).toBe('测试 SM2 签章人')
    expect(service.batchStatus(started.batchId)).toMatchObject({ state: 'finished', done: 6 })
  })

  it('cancel keeps the finished rows; resume verifies only the rest', async () => {
    const gated = gatedPool(pool, 2)
    const { files, service } = serviceWith(gated.pool)
    const ids = batchFiles().map((path) => files.register(path, basename(path)))
    const { emit, progress } = recorder()

    const { batchId } = service.startBatch({ fileIds: ids }, emit)
    await until(() => service.batchStatus(batchId).done === 2)
    const canceled = service.cancelBatch(batchId)
    expect(canceled).toMatchObject({ state: 'canceled', done: 2 })
    const kept = canceled.rows.map((row) => row.fileId)

    gated.release() // work already handed out finishes, but is not recorded after cancel
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(service.batchStatus(batchId).rows.map((row) => row.fileId)).toEqual(kept)
    expect(progress().at(-1)).toMatchObject({ state: 'canceled', done: 2 })

    const ranBeforeResume = gated.ran.length
    const resumed = service.startBatch({ fileIds: ids, batchId }, emit)
    expect(resumed).toMatchObject({ batchId, state: 'running', done: 2 })
    await until(() => service.batchStatus(batchId).state === 'finished')

    const final = service.batchStatus(batchId)
    expect(final.rows).toHaveLength(6)
    expect(final.rows.slice(0, 2).map((row) => row.fileId)).toEqual(kept)
    const resumedNames = gated.ran.slice(ranBeforeResume)
    const keptNames = canceled.rows.map((row) => row.fileName)
    expect(resumedNames.filter((name) => keptNames.includes(name))).toEqual([])
    expect(resumedNames).toHaveLength(4)
  })

  it('refuses a batch with an unknown file and an unknown batch id', () => {
    const { service } = serviceWith(pool)
    const { emit } = recorder()
    expect(() => service.startBatch({ fileIds: ['nope'] }, emit)).toThrow(CodedError)
    expect(() => service.cancelBatch('missing')).toThrow(CodedError)
  })
})
