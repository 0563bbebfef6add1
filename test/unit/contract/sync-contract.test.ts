import { describe, expect, it } from 'vitest'
import { accessOf } from '../../../src/shared/contract/access'
import { channels } from '../../../src/shared/contract/channels'
import {
  checkedReceiptSchema,
  checkReceiptInputSchema,
  configureLibraryInputSchema,
  sealedOutboxSchema,
  sealOutboxInputSchema,
  connectionDiagnosisSchema,
  openPackageInputSchema,
  packageRequestInputSchema,
  syncPackageSummarySchema,
  libraryStatusSchema,
  syncRequestInputSchema,
  syncRequestOutputSchema
} from '../../../src/shared/contract/sync'

/**
 * What the renderer may ask main to send to the library, and what comes back. The renderer is
 * the less trusted side: it names protocol requests, never an address, a path or a header, and
 * each number is bounded at the protocol's own limit (tried at the limit and one past).
 */
const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success
const request = (value: unknown) => accepts(syncRequestInputSchema, value)
const answer = (value: unknown) => accepts(syncRequestOutputSchema, value)
const said = { code: 'sync.fault.network', params: { reason: 'ECONNRESET' } }
/** One outbox row, as the renderer queues it. */
const mutation = {
  mutationId: 'm-1',
  clientSeq: 1,
  table: 'notices',
  op: 'create',
  id: 'notice-1',
  baseRev: 0,
  payload: {}
}

describe('sync.request: what the renderer may ask for', () => {
  it('takes the six protocol requests and nothing that names a server, a path or a header', () => {
    expect(request({ route: 'info' })).toBe(true)
    expect(request({ route: 'info', server: 'http://evil.example' })).toBe(false)
    expect(request({ route: 'info', headers: { host: 'x' } })).toBe(false)
    expect(request({ route: 'admin' })).toBe(false)
    expect(request({})).toBe(false)
    expect(request({ route: 'digest', table: 'licences' })).toBe(true)
    expect(request({ route: 'digest', table: 'licences', path: '/etc' })).toBe(false)
    expect(request({ route: 'digest', table: 'sqlite_master' })).toBe(false)
  })

  it('bounds a snapshot part by its id (1–200 characters) and number (0–100,000)', () => {
    const part = (snapshotId: string, n: number) =>
      request({ route: 'snapshotPart', snapshotId, part: n })
    expect(part('s'.repeat(200), 0)).toBe(true)
    expect(part('s'.repeat(201), 0)).toBe(false)
    expect(part('', 0)).toBe(false)
    expect(part('snap-1', 100_000)).toBe(true)
    expect(part('snap-1', 100_001)).toBe(false)
    expect(part('snap-1', -1)).toBe(false)
    expect(part('snap-1', 1.5)).toBe(false)
    expect(request({ route: 'snapshotPart', snapshotId: 'snap-1', part: 0, x: 1 })).toBe(false)
  })

  it('asks for changes from a cursor ≥ 0, 1–10,000 at a time, in an epoch ≥ 1', () => {
    const changes = (since: number, limit: number, epoch: number) =>
      request({ route: 'changes', since, limit, epoch })
    expect(changes(0, 1, 1)).toBe(true)
    expect(changes(0, 10_000, 1)).toBe(true)
    expect(changes(0, 10_001, 1)).toBe(false)
    expect(changes(0, 0, 1)).toBe(false)
    expect(changes(-1, 10, 1)).toBe(false)
    expect(changes(0, 10, 0)).toBe(false)
    expect(request({ route: 'changes', since: 0, limit: 10, epoch: 1, extra: 1 })).toBe(false)
  })

  it('pushes a batch with an idempotency key of 1–200 characters', () => {
    const batch = { clientId: 'ws-1', mutations: [mutation] }
    const push = (idempotencyKey: string) => request({ route: 'mutations', batch, idempotencyKey })
    expect(push('k'.repeat(200))).toBe(true)
    expect(push('k'.repeat(201))).toBe(false)
    expect(push('')).toBe(false)
    expect(
      request({ route: 'mutations', batch: { ...batch, mutations: [] }, idempotencyKey: 'k' })
    ).toBe(false)
  })

  it('repairs one digest bucket of 0–65,535', () => {
    const records = (bucket: number) => request({ route: 'records', table: 'licences', bucket })
    expect(records(0)).toBe(true)
    expect(records(65_535)).toBe(true)
    expect(records(65_536)).toBe(false)
    expect(records(-1)).toBe(false)
    expect(request({ route: 'records', table: 'licences', bucket: 1, extra: true })).toBe(false)
  })
})

describe('sync.request: what main answers', () => {
  it('is a body with its declared checksum, a part’s bytes as base64, or a fault', () => {
    expect(answer({ ok: true, text: '{}', sha256: null })).toBe(true)
    expect(answer({ ok: true, text: '{}', sha256: 'ab' })).toBe(true)
    expect(answer({ ok: true, text: '{}' })).toBe(false)
    expect(answer({ ok: true, text: '{}', sha256: null, base64: 'AA==' })).toBe(false)
    expect(answer({ ok: true, base64: 'AAEC' })).toBe(true)
    expect(answer({ ok: true, base64: 'not base64!' })).toBe(false)
    const fault = (value: Record<string, unknown>) => answer({ ok: false, fault: value })
    expect(fault({ kind: 'unavailable', message: { code: 'sync.fault.unavailable' } })).toBe(true)
    expect(fault({ kind: 'unavailable', message: said, retryAfterMs: 0 })).toBe(true)
    expect(fault({ kind: 'unavailable', message: said, retryAfterMs: -1 })).toBe(false)
    expect(fault({ kind: 'unavailable', message: said, retryAfterMs: 0.5 })).toBe(false)
    expect(fault({ kind: 'meltdown', message: said })).toBe(false)
    for (const kind of [
      'network',
      'unavailable',
      'corrupt',
      'resync',
      'protocol',
      'auth',
      'tls',
      'proxy',
      'refused',
      'cancelled'
    ])
      expect(fault({ kind, message: said }), kind).toBe(true)
    expect(answer({ ok: false, fault: { kind: 'network', message: said }, extra: 1 })).toBe(false)
  })
})

describe('the library and its diagnosis', () => {
  it('says where the data comes from, never a key', () => {
    const status = {
      source: 'embedded',
      server: 'http://127.0.0.1:4100',
      proxy: null,
      preparing: { done: 0, total: 20_000 },
      failure: null,
      ca: 'xuchang-root.pem',
      clientCertificate: null
    }
    expect(accepts(libraryStatusSchema, status)).toBe(true)
    expect(accepts(libraryStatusSchema, { ...status, source: 'cloud' })).toBe(false)
    expect(accepts(libraryStatusSchema, { ...status, preparing: { done: -1, total: 1 } })).toBe(
      false
    )
    expect(accepts(libraryStatusSchema, { ...status, preparing: { done: 0, total: -1 } })).toBe(
      false
    )
    expect(libraryStatusSchema.parse({ ...status, pfxPassword: 'secret' })).not.toHaveProperty(
      'pfxPassword'
    )
  })

  it('lists each step with its status, words and time', () => {
    const step = (value: Record<string, unknown>) =>
      accepts(connectionDiagnosisSchema, { ok: false, steps: [value] })
    expect(step({ step: 'tls', status: 'failed', said, ms: 0 })).toBe(true)
    expect(step({ step: 'tls', status: 'failed', said, ms: -1 })).toBe(false)
    expect(step({ step: 'ssh', status: 'failed', said })).toBe(false)
    expect(step({ step: 'tls', status: 'maybe', said })).toBe(false)
    for (const status of ['ok', 'warning', 'failed', 'skipped'])
      expect(step({ step: 'dns', status, said }), status).toBe(true)
    for (const name of ['address', 'proxy', 'dns', 'tcp', 'tls', 'clientCertificate', 'library'])
      expect(step({ step: name, status: 'ok', said }), name).toBe(true)
  })

  it('takes a library to configure with small files, a password of up to 1,024 characters, or `keep`', () => {
    const configure = (value: Record<string, unknown>) =>
      accepts(configureLibraryInputSchema, {
        use: 'library',
        server: 'https://dzzz.xuchang.gov.cn',
        proxy: null,
        ca: null,
        certificate: null,
        ...value
      })
    const file = (base64: string) => ({ name: 'root.pem', base64 })
    expect(configure({})).toBe(true)
    expect(accepts(configureLibraryInputSchema, { use: 'embedded' })).toBe(true)
    expect(accepts(configureLibraryInputSchema, { use: 'embedded', server: 'x' })).toBe(false)
    expect(accepts(configureLibraryInputSchema, { use: 'cloud' })).toBe(false)
    expect(configure({ server: '' })).toBe(false)
    expect(configure({ server: 'h'.repeat(2048) })).toBe(true)
    expect(configure({ server: 'h'.repeat(2049) })).toBe(false)
    expect(configure({ proxy: 'p'.repeat(2048) })).toBe(true)
    expect(configure({ proxy: 'p'.repeat(2049) })).toBe(false)
    expect(configure({ ca: 'keep', certificate: 'keep' })).toBe(true)
    expect(configure({ ca: 'drop' })).toBe(false)
    expect(configure({ ca: file('AAAA') })).toBe(true)
    expect(configure({ ca: file('') })).toBe(false)
    expect(configure({ ca: file('A'.repeat(350_000)) })).toBe(true)
    expect(configure({ ca: file('A'.repeat(350_004)) })).toBe(false)
    expect(configure({ ca: file('not base64!') })).toBe(false)
    expect(configure({ ca: { name: '', base64: 'AAAA' } })).toBe(false)
    expect(configure({ ca: { name: 'n'.repeat(256), base64: 'AAAA' } })).toBe(false)
    expect(configure({ ca: { name: 'n'.repeat(255), base64: 'AAAA' } })).toBe(true)
    expect(configure({ ca: { ...file('AAAA'), path: '/etc/ssl' } })).toBe(false)
    const certificate = (password: string) => ({ name: 'ws.p12', base64: 'AAAA', password })
    expect(configure({ certificate: certificate('p'.repeat(1024)) })).toBe(true)
    expect(configure({ certificate: certificate('p'.repeat(1025)) })).toBe(false)
    expect(configure({ certificate: { name: 'ws.p12', base64: 'AAAA' } })).toBe(false)
    expect(configure({ certificate: { ...certificate(''), extra: 1 } })).toBe(false)
    expect(configure({ extra: 1 })).toBe(false)
  })

  it('opens a package by file handle only, and asks it protocol requests by its id', () => {
    expect(accepts(openPackageInputSchema, { fileId: 'f'.repeat(64) })).toBe(true)
    expect(accepts(openPackageInputSchema, { fileId: 'f'.repeat(65) })).toBe(false)
    expect(accepts(openPackageInputSchema, { fileId: '../../etc/passwd' })).toBe(false)
    expect(accepts(openPackageInputSchema, { fileId: 'f-1', path: '/tmp/x' })).toBe(false)
    const id = '0b0e7c9e-5d1a-4f8e-9a51-3d2f0c6e8b11'
    expect(accepts(packageRequestInputSchema, { packageId: id, request: { route: 'info' } })).toBe(
      true
    )
    expect(
      accepts(packageRequestInputSchema, { packageId: 'pkg-1', request: { route: 'info' } })
    ).toBe(false)
    expect(
      accepts(packageRequestInputSchema, { packageId: id, request: { route: 'info', x: 1 } })
    ).toBe(false)
    expect(
      accepts(packageRequestInputSchema, { packageId: id, request: { route: 'info' }, x: 1 })
    ).toBe(false)
    const summary = {
      packageId: id,
      fileName: 'city.pkg.gz',
      server: 'https://dzzz.xuchang.test',
      createdAt: '2026-12-03T02:00:00.000Z',
      datasetId: 'ds-1',
      since: null,
      headSeq: 0,
      signer: null
    }
    expect(accepts(syncPackageSummarySchema, summary)).toBe(true)
    expect(accepts(syncPackageSummarySchema, { ...summary, since: -1 })).toBe(false)
    expect(accepts(syncPackageSummarySchema, { ...summary, headSeq: -1 })).toBe(false)
    expect(accepts(syncPackageSummarySchema, { ...summary, packageId: 'x' })).toBe(false)
  })

  it('seals an outbox of 1–100,000 rows under a workstation id and dataset of 1–200 characters', () => {
    const outbox = {
      clientId: 'ws-1',
      datasetId: 'ds-1',
      createdAt: '2026-12-03T06:00:00.000Z',
      mutations: [mutation]
    }
    const seal = (value: object) => accepts(sealOutboxInputSchema, { ...outbox, ...value })
    expect(seal({})).toBe(true)
    expect(seal({ clientId: 'w'.repeat(200), datasetId: 'd'.repeat(200) })).toBe(true)
    expect(seal({ clientId: 'w'.repeat(201) })).toBe(false)
    expect(seal({ clientId: '' })).toBe(false)
    expect(seal({ datasetId: 'd'.repeat(201) })).toBe(false)
    expect(seal({ datasetId: '' })).toBe(false)
    // Before the first sync the outbox was made against no dataset.
    expect(seal({ datasetId: null })).toBe(true)
    expect(seal({ createdAt: '3 December' })).toBe(false)
    expect(seal({ mutations: [] })).toBe(false)
    expect(seal({ mutations: Array.from({ length: 100_000 }, () => mutation) })).toBe(true)
    expect(seal({ mutations: Array.from({ length: 100_001 }, () => mutation) })).toBe(false)
    // The renderer names rows to seal, never a key, a certificate or a file to write.
    expect(seal({ certificate: 'client.p12' })).toBe(false)
    expect(accepts(sealedOutboxSchema, { text: '{}\n', signer: 'CN=ws-1' })).toBe(true)
    expect(accepts(sealedOutboxSchema, { text: '{}\n', signer: null })).toBe(true)
    expect(accepts(sealedOutboxSchema, { text: '{}\n' })).toBe(false)
    expect(accepts(sealedOutboxSchema, { signer: null })).toBe(false)
  })

  it('checks a receipt of up to 64 MiB of text, and says who signed it', () => {
    const MiB = 1024 * 1024
    expect(accepts(checkReceiptInputSchema, { text: 'x'.repeat(64 * MiB) })).toBe(true)
    expect(accepts(checkReceiptInputSchema, { text: 'x'.repeat(64 * MiB + 1) })).toBe(false)
    expect(accepts(checkReceiptInputSchema, { text: '', path: '/tmp/r' })).toBe(false)
    expect(accepts(checkReceiptInputSchema, {})).toBe(false)
    expect(accepts(checkedReceiptSchema, { signer: 'CN=courier' })).toBe(true)
    expect(accepts(checkedReceiptSchema, { signer: null })).toBe(true)
    expect(accepts(checkedReceiptSchema, {})).toBe(false)
  })

  it('lets only an administrator choose the library; every signed-in operator syncs and diagnoses', () => {
    expect(accessOf('sync.package.open')).toBe('signedIn')
    expect(accessOf('sync.package.request')).toBe('signedIn')
    expect(accessOf('sync.configure')).toEqual(['administrator'])
    expect(accessOf('sync.library')).toBe('signedIn')
    expect(accessOf('sync.diagnose')).toBe('signedIn')
    expect(accessOf('sync.request')).toBe('signedIn')
    expect(accessOf('sync.outbox.seal')).toBe('signedIn')
    expect(accessOf('sync.outbox.checkReceipt')).toBe('signedIn')
    expect(channels['sync.outbox.seal'].input).toBe(sealOutboxInputSchema)
    expect(channels['sync.outbox.seal'].output).toBe(sealedOutboxSchema)
    expect(channels['sync.outbox.checkReceipt'].input).toBe(checkReceiptInputSchema)
    expect(channels['sync.outbox.checkReceipt'].output).toBe(checkedReceiptSchema)
    expect(channels['sync.request'].input).toBe(syncRequestInputSchema)
    expect(channels['sync.request'].output).toBe(syncRequestOutputSchema)
  })
})
