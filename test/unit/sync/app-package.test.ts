import 'fake-indexeddb/auto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { openLibraryStore } from '../../../src/library/store'
import {
  createHttpTransport,
  type HttpSyncTransport
} from '../../../src/main/services/sync/http-transport'
import { createLibrarySettings } from '../../../src/main/services/sync/library-settings'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { exportSyncPackage } from '../../../src/main/services/sync/package-file'
import { createSyncService } from '../../../src/main/services/sync/sync-service'
import {
  borrowSyncTransport,
  lendSyncTransport
} from '../../../src/renderer/src/features/sync/sync-relay'
import { readSyncHistory, runWorkbenchSync } from '../../../src/renderer/src/features/sync/sync-run'
import { createExtranetPki, type ExtranetPki } from '../../support/extranet-pki'
import { openTestDb, testRepositories } from '../db/support'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * 导入离线同步包 in the app: a workstation off the extranet is handed a package made on a connected
 * one. Main checks it whole (seal, signer against the configured government CA) before a single
 * row is applied; the worker then applies it through the same engine, pull only.
 */
const env = { ...nodeSyncEnvironment, sleep: async () => undefined }
let pki: ExtranetPki
let library: RunningLibrary
let transport: HttpSyncTransport
let dir: string
let plain: string
let signed: string

beforeAll(async () => {
  pki = createExtranetPki()
  const store = openLibraryStore()
  await seedDemoLibrary(store, { licences: 800, seed: 'app-package' })
  library = await startLibrary({ store })
  transport = createHttpTransport({ server: library.url })
  dir = mkdtempSync(join(tmpdir(), 'app-package-'))
  plain = join(dir, 'city.pkg.gz')
  signed = join(dir, 'city-signed.pkg.gz')
  const common = { transport, env, server: library.url, since: null }
  await exportSyncPackage({ ...common, out: plain })
  await exportSyncPackage({
    ...common,
    out: signed,
    signer: {
      keyPem: pki.file('client.key').toString(),
      certificatePem: pki.file('client.pem').toString()
    }
  })
}, 60_000)

afterAll(async () => {
  await transport?.close()
  await library?.close()
  pki?.remove()
})

function service(withCa = false) {
  const settings = createLibrarySettings(mkdtempSync(join(tmpdir(), 'app-package-settings-')))
  if (withCa) {
    settings.configure({
      use: 'library',
      server: 'https://dzzz.xuchang.test',
      proxy: null,
      ca: { name: 'root.pem', base64: pki.file('root.pem').toString('base64') },
      certificate: null
    })
  }
  return createSyncService({ settings })
}

describe('an offline package imported in the app', () => {
  it('is applied through the same engine, pull only, and named in the history and the audit log', async () => {
    const sync = service()
    const summary = await sync.openPackage(plain, 'city.pkg.gz')
    expect(summary).toMatchObject({
      fileName: 'city.pkg.gz',
      server: library.url,
      since: null,
      signer: null
    })
    const db = await openTestDb('app-package')
    const repos = testRepositories(db, '张三（合规专员）')
    const outcome = await runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport: borrowSyncTransport(
        lendSyncTransport((request) => sync.packageRequest(summary.packageId, request))
      ),
      env,
      fromPackage: summary.fileName
    })
    expect(outcome).toMatchObject({ status: 'complete', report: { bootstrapped: true } })
    expect(await db.licences.count()).toBe(800)
    expect((await readSyncHistory(db))[0]).toMatchObject({
      status: 'complete',
      package: 'city.pkg.gz'
    })
    expect(await db.auditLog.orderBy('seq').last()).toMatchObject({
      action: 'sync.run',
      details: { syncOutcome: 'complete', package: 'city.pkg.gz' }
    })
    // A package carries the library's pages and takes nothing back.
    expect(
      await sync.packageRequest(summary.packageId, { route: 'digest', table: 'licences' })
    ).toMatchObject({
      ok: false,
      fault: { kind: 'refused', message: { code: 'sync.package.readOnly' } }
    })
    db.close()
  }, 60_000)

  it('refuses an altered package before anything is applied', async () => {
    const text = gunzipSync(readFileSync(plain)).toString('utf8')
    const lines = text.split('\n')
    lines[0] = (lines[0] as string).replace(library.url, 'http://127.0.0.1:1')
    const altered = join(dir, 'altered.pkg.gz')
    writeFileSync(altered, gzipSync(lines.join('\n')))
    await expect(service().openPackage(altered, 'altered.pkg.gz')).rejects.toMatchObject({
      value: { code: 'sync.package.checksum' }
    })
    const notAPackage = join(dir, 'report.xlsx')
    writeFileSync(notAPackage, 'PK\u0003\u0004 not gzip')
    await expect(service().openPackage(notAPackage, 'report.xlsx')).rejects.toMatchObject({
      value: { code: 'sync.package.unreadable' }
    })
  })

  it('checks a signed package’s signer against the CA configured in 设置, and asks for one when there is none', async () => {
    await expect(service().openPackage(signed, 'city-signed.pkg.gz')).rejects.toMatchObject({
      value: { code: 'sync.package.needsCaSettings' }
    })
    const summary = await service(true).openPackage(signed, 'city-signed.pkg.gz')
    expect(summary.signer).toContain('CN=workstation-01')
  })

  it('answers only for the package open now', async () => {
    const sync = service()
    const first = await sync.openPackage(plain, 'a.pkg.gz')
    const second = await sync.openPackage(plain, 'b.pkg.gz')
    expect(second.packageId).not.toBe(first.packageId)
    expect(await sync.packageRequest(first.packageId, { route: 'info' })).toMatchObject({
      ok: false,
      fault: { kind: 'refused', message: { code: 'sync.package.closed' } }
    })
    expect(await sync.packageRequest(second.packageId, { route: 'info' })).toMatchObject({
      ok: true
    })
  })
})
