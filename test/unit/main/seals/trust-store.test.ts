import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTrustStore } from '../../../../src/main/services/seals/trust-store'
import { getTestPki } from '../../../fixtures/pki'

const pki = getTestPki()
const freshDir = () => join(mkdtempSync(join(tmpdir(), 'trust-store-test-')), 'trust-store')
const bytes = (text: string) => new TextEncoder().encode(text)

describe('trust store (信任证书)', () => {
  it('imports a PEM root and lists subject, issuer, validity and fingerprint', async () => {
    const dir = freshDir()
    const store = createTrustStore(dir, () => new Date('2026-11-27T08:00:00Z'))
    const result = await store.importFile(bytes(pki.sm2Root.certPem), 'sm2-root.pem')
    expect(result.problem).toBeNull()
    expect(result.added).toHaveLength(1)
    const [entry] = await store.list()
    expect(entry).toMatchObject({
      kind: 'certificate',
      sourceName: 'sm2-root.pem',
      importedAt: '2026-11-27T08:00:00.000Z'
    })
    if (entry?.kind !== 'certificate') throw new Error('expected a certificate')
    expect(entry.certificate.subject).toContain('CN=')
    expect(entry.certificate.subject).toBe(entry.certificate.issuer)
    expect(entry.certificate.sha256Fingerprint).toMatch(/^[0-9A-F]{64}$/)
    expect(entry.id).toBe(`certificate-${entry.certificate.sha256Fingerprint.toLowerCase()}`)
    expect((await store.material()).certificates[0]).toEqual(pki.sm2Root.certDer)
  })

  it('imports DER certificates and CRLs, and does not import the same item twice', async () => {
    const store = createTrustStore(freshDir())
    expect((await store.importFile(pki.rsaRoot.certDer, 'root.cer')).added).toHaveLength(1)
    const crl = await store.importFile(pki.crlDer, 'intermediate.crl')
    expect(crl.added[0]).toMatchObject({
      kind: 'crl',
      crl: { issuer: expect.stringContaining('CN=') }
    })
    expect(crl.added[0]?.kind === 'crl' && crl.added[0].crl.revokedCount).toBeGreaterThan(0)
    const again = await store.importFile(bytes(pki.rsaRoot.certPem), 'root-again.pem')
    expect(again).toMatchObject({ added: [], duplicates: 1, problem: null })
    expect((await store.list()).map((entry) => entry.kind).sort()).toEqual(['certificate', 'crl'])
    expect((await store.material()).crls).toHaveLength(1)
  })

  it('rejects files with no certificate or CRL in them and keeps the store unchanged', async () => {
    const store = createTrustStore(freshDir())
    for (const [content, name] of [
      [bytes('hello, not a certificate'), 'notes.pem'],
      [bytes('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'), 'broken.pem'],
      [new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]), 'tiny.der']
    ] as const) {
      expect(await store.importFile(content, name)).toEqual({
        added: [],
        duplicates: 0,
        problem: 'seals.trustImport.noMaterial'
      })
    }
    expect(await store.list()).toEqual([])
  })

  it('keeps imports across restarts and removes an item with its file', async () => {
    const dir = freshDir()
    const first = createTrustStore(dir)
    const [root] = (await first.importFile(bytes(pki.sm2Root.certPem), 'sm2-root.pem')).added
    await first.importFile(bytes(pki.rsaRoot.certPem), 'rsa-root.pem')

    const reopened = createTrustStore(dir)
    expect(await reopened.list()).toHaveLength(2)
    expect(await reopened.remove(root!.id)).toBe(true)
    expect(existsSync(join(dir, `${root!.id}.der`))).toBe(false)
    expect(await reopened.remove(root!.id)).toBe(false)
    expect(await reopened.remove('../../etc/passwd')).toBe(false)

    const again = createTrustStore(dir)
    expect((await again.list()).map((entry) => entry.sourceName)).toEqual(['rsa-root.pem'])
    expect(readdirSync(dir).sort()).toEqual(
      [`${(await again.list())[0]!.id}.der`, 'index.json'].sort()
    )
    expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))).toHaveProperty(
      (await again.list())[0]!.id
    )
  })
})
