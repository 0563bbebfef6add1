import 'fake-indexeddb/auto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { runCli } from '../../../src/cli/index'
import { openLibraryStore } from '../../../src/library/store'
import type { LibrarySettings } from '../../../src/main/services/sync/library-settings'
import { createSyncService } from '../../../src/main/services/sync/sync-service'
import {
  exportOutboxPackage,
  importOutboxReceipt
} from '../../../src/renderer/src/features/sync/outbox-files'
import { checkReceiptInputSchema, sealOutboxInputSchema } from '../../../src/shared/contract'
import { sha256Hex } from '../../../src/shared/domain/sync/checked'
import { createExtranetPki, type ExtranetPki } from '../../support/extranet-pki'
import { openTestDb, testRepositories } from '../db/support'
import { startLibrary, type RunningLibrary } from '../library/support'
import { issueNotice, storeOpenFindings } from './notice-station'

/**
 * The 待推送包 and its 推送回执 carry who made them: main signs the package with the
 * workstation's client certificate, the courier (`sync push --ca`) pushes only what a certificate
 * of the government CA signed, and signs the receipt with its own; the workstation settles only a
 * receipt whose signer its CA vouches for. Forged, re-sealed and stripped files change nothing.
 */
let library: RunningLibrary
let pki: ExtranetPki
const dir = mkdtempSync(join(tmpdir(), 'outbox-signature-'))
const at = new Date('2026-12-03T06:00:00Z')

beforeAll(async () => {
  pki = createExtranetPki()
  for (const name of ['root.pem', 'client.p12', 'rogue.p12'])
    writeFileSync(join(dir, name), pki.file(name))
  library = await startLibrary({ store: openLibraryStore() })
})

afterAll(async () => {
  await library?.close()
  pki?.remove()
  rmSync(dir, { recursive: true, force: true })
})

/** Main of a workstation configured with this client certificate and (or without) the CA. */
function workstationMain(p12: string, options: { ca: boolean } = { ca: true }) {
  const settings: LibrarySettings = {
    connection: () => ({
      server: library.url,
      ...(options.ca ? { ca: pki.file('root.pem').toString('utf8') } : {}),
      pfx: { data: new Uint8Array(pki.file(p12)), passphrase: pki.p12Password }
    }),
    files: () => ({ ca: options.ca ? 'root.pem' : null, certificate: p12 }),
    configure: () => null
  }
  const main = createSyncService({ settings })
  return {
    seal: (input: unknown) => main.sealOutbox(sealOutboxInputSchema.parse(input)),
    check: (text: string) => main.checkReceipt(checkReceiptInputSchema.parse({ text }).text)
  }
}

async function offlineWorkstation(label: string) {
  const db = await openTestDb(label)
  const repos = testRepositories(db, '张三（合规专员）')
  const noticeId = await issueNotice(repos, await storeOpenFindings(db))
  return { db, repos, noticeId }
}

async function push(input: string, receipt: string, ...extra: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { cwd: dir, out: (t) => out.push(t), err: (t) => err.push(t) }
  const code = await runCli(
    ['sync', 'push', '--server', library.url, '--in', input, '--receipt', receipt, ...extra],
    io
  )
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

/** What someone with the file and a text editor can do: change lines, then seal them again. */
function reseal(text: string, edit: (lines: string[]) => string[], signature?: null): string {
  const lines = text.trimEnd().split('\n')
  const end = JSON.parse(lines.at(-1) as string) as Record<string, unknown>
  const body = edit(lines.slice(0, -1))
  end.entries = body.length
  end.sha256 = sha256Hex(body.map((line) => `${line}\n`).join(''))
  if (signature === null) end.signature = null
  return `${[...body, JSON.stringify(end)].join('\n')}\n`
}

describe('a signed outbox package', () => {
  it('is signed by the workstation, pushed once its signer checks out, and signed back', async () => {
    const ws = await offlineWorkstation('outbox-signed')
    const main = workstationMain('client.p12')
    const exported = await exportOutboxPackage(ws.db, at, main.seal)
    expect(exported?.signer).toBe('CN=workstation-01')
    writeFileSync(join(dir, 'signed.ndjson'), exported!.text)

    // Signed, but the courier was given no CA to check the signer with: nothing goes.
    const unchecked = await push('signed.ndjson', 'r0.ndjson')
    expect(unchecked.code).toBe(69)
    expect(unchecked.stderr).toContain('请用 --ca 指定可信的政务 CA 证书以核验签名者')
    expect(library.store.get('notices', ws.noticeId)).toBeNull()

    const pushed = await push(
      'signed.ndjson',
      'signed-receipt.ndjson',
      '--ca',
      'root.pem',
      '--require-signed',
      '--cert',
      'client.p12',
      '--password',
      pki.p12Password
    )
    expect(pushed.code).toBe(0)
    expect(pushed.stdout).toContain('待推送包签名者：CN=workstation-01')
    expect(library.store.get('notices', ws.noticeId)?.data).toMatchObject({ status: 'issued' })

    const receipt = readFileSync(join(dir, 'signed-receipt.ndjson'), 'utf8')
    const settled = await importOutboxReceipt(
      ws.db,
      ws.repos.audit,
      { text: receipt, fileName: 'signed-receipt.ndjson' },
      at,
      main.check
    )
    expect(settled).toEqual({ applied: 3, conflicts: 0, signer: 'CN=workstation-01' })
    expect(await ws.db.outbox.count()).toBe(0)
    ws.db.close()
  }, 60_000)

  it('is not pushed when signed by a stranger, forged after signing, or stripped of it', async () => {
    const ws = await offlineWorkstation('outbox-forged')
    const stranger = await exportOutboxPackage(ws.db, at, workstationMain('rogue.p12').seal)
    expect(stranger?.signer).toBe('CN=rogue')
    writeFileSync(join(dir, 'rogue.ndjson'), stranger!.text)
    const byStranger = await push('rogue.ndjson', 'r1.ndjson', '--ca', 'root.pem')
    expect(byStranger.code).toBe(69)
    expect(byStranger.stderr).toContain('待推送包的签名者“CN=rogue”不是所信任 CA 签发的')

    // A state changed after signing, the checksum made to match: the signature no longer does.
    const signed = await exportOutboxPackage(ws.db, at, workstationMain('client.p12').seal)
    const forged = reseal(signed!.text, (lines) =>
      lines.map((line) => line.replace('"status":"issued"', '"status":"closed"'))
    )
    expect(forged).not.toBe(signed!.text)
    writeFileSync(join(dir, 'forged.ndjson'), forged)
    const byForger = await push('forged.ndjson', 'r2.ndjson', '--ca', 'root.pem')
    expect(byForger.code).toBe(69)
    expect(byForger.stderr).toContain('待推送包的签名与内容不符，未推送任何记录')

    // The signature removed: a courier that requires one refuses it.
    writeFileSync(
      join(dir, 'stripped.ndjson'),
      reseal(forged, (lines) => lines, null)
    )
    const stripped = await push(
      'stripped.ndjson',
      'r3.ndjson',
      '--ca',
      'root.pem',
      '--require-signed'
    )
    expect(stripped.code).toBe(69)
    expect(stripped.stderr).toContain('该待推送包未签名：未推送任何记录')

    for (const receipt of ['r1.ndjson', 'r2.ndjson', 'r3.ndjson'])
      expect(existsSync(join(dir, receipt))).toBe(false)
    expect(library.store.get('notices', ws.noticeId)).toBeNull()
    ws.db.close()
  }, 60_000)
})

describe('a signed receipt', () => {
  it('settles nothing when forged, signed by a stranger, or unverifiable here', async () => {
    const ws = await offlineWorkstation('receipt-forged')
    const main = workstationMain('client.p12')
    const exported = await exportOutboxPackage(ws.db, at, main.seal)
    writeFileSync(join(dir, 'for-receipts.ndjson'), exported!.text)
    const byCourier = (receipt: string, p12: string) =>
      push(
        'for-receipts.ndjson',
        receipt,
        '--ca',
        'root.pem',
        '--cert',
        p12,
        '--password',
        pki.p12Password
      )
    expect((await byCourier('good.ndjson', 'client.p12')).code).toBe(0)
    expect((await byCourier('stranger.ndjson', 'rogue.p12')).code).toBe(0)
    const good = readFileSync(join(dir, 'good.ndjson'), 'utf8')
    const importing = (text: string, check = main.check) =>
      importOutboxReceipt(ws.db, ws.repos.audit, { text, fileName: 'r' }, at, check)

    await expect(
      importing(readFileSync(join(dir, 'stranger.ndjson'), 'utf8'))
    ).rejects.toMatchObject({
      code: 'sync.receipt.untrustedSigner',
      params: { subject: 'CN=rogue' }
    })
    // A conflict turned into an acceptance, the checksum made to match.
    const forged = reseal(good, (lines) =>
      lines.map((line, i) => (i === 1 ? line.replace('"applied"', '"duplicate"') : line))
    )
    expect(forged).not.toBe(good)
    await expect(importing(forged)).rejects.toMatchObject({ code: 'sync.receipt.badSignature' })
    // A workstation with no CA configured cannot tell who signed it, so it does not settle.
    await expect(
      importing(good, workstationMain('client.p12', { ca: false }).check)
    ).rejects.toMatchObject({ code: 'sync.receipt.needsCaSettings' })
    expect(await ws.db.outbox.count()).toBe(3)

    expect(await importing(good)).toEqual({ applied: 3, conflicts: 0, signer: 'CN=workstation-01' })
    ws.db.close()
  }, 60_000)
})
