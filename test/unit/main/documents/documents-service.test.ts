import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDocumentsService } from '../../../../src/main/services/documents/documents-service'
import { locateFonts } from '../../../../src/main/services/documents/fonts'
import { exportPkcs12, getTestPki, type TestIdentity } from '../../../fixtures/pki'
import { requireOrSkip } from '../../../support/require-or-skip'
import { reasonOf, verify } from '../../domain/seals/helpers'
import { sampleNotice } from '../../domain/documents/sample-document'

/**
 * 签发 as main does it: the Bureau's certificate imported once by a 系统管理员 and kept by main,
 * each issued file kept by its SHA-256, and an issued number never signed again except as a
 * correction (the next version).
 */
const fonts = (() => {
  try {
    return locateFonts()
  } catch {
    return null
  }
})()
const run = requireOrSkip(
  fonts !== null,
  'the substitute fonts (texlive-lang-chinese, fonts-noto-cjk)'
)
const pki = getTestPki()
let dir: string

function p12(identity: TestIdentity, password: string, chain: TestIdentity[] = []): string {
  const out = exportPkcs12(identity, password, join(dir, `${identity.name}-${password}.p12`), chain)
  return readFileSync(out).toString('base64')
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'documents-service-'))
})

function service(now = () => new Date()) {
  return createDocumentsService({ dataLocation: mkdtempSync(join(dir, 'data-')), now })
}

describe('the seal certificate', () => {
  it('is imported once, kept readable by this user only, shown without its key, and removed', async () => {
    const documents = service()
    expect(documents.sealStatus().configured).toBe(false)
    const status = await documents.configureSeal({
      action: 'import',
      name: 'bureau.p12',
      base64: p12(pki.rsa, 'bureau', [pki.rsaIntermediate]),
      password: 'bureau'
    })
    expect(status).toMatchObject({ configured: true, fileName: 'bureau.p12', algorithm: 'rsa' })
    expect(status.subject).toContain('CN=测试 RSA 签章人')
    expect(JSON.stringify(status)).not.toMatch(/PRIVATE KEY|bureau"/)
    expect(documents.sealStatus()).toEqual(status)
    expect((await documents.configureSeal({ action: 'remove' })).configured).toBe(false)
    expect(documents.sealStatus().configured).toBe(false)
  })

  it('says a wrong password or a file that is no PKCS#12 in its own words, and keeps nothing', async () => {
    const documents = service()
    await expect(
      documents.configureSeal({
        action: 'import',
        name: 'bureau.p12',
        base64: p12(pki.rsa, 'right'),
        password: 'wrong'
      })
    ).rejects.toMatchObject({
      code: 'documents.seal.pkcs12.password',
      params: { file: 'bureau.p12' }
    })
    await expect(
      documents.configureSeal({
        action: 'import',
        name: 'notes.p12',
        base64: Buffer.from('just some text').toString('base64'),
        password: ''
      })
    ).rejects.toMatchObject({ code: 'documents.seal.pkcs12.unreadable' })
    expect(documents.sealStatus().configured).toBe(false)
  })
})

describe.runIf(run)('签发', () => {
  it('refuses without a certificate, and with one out of its validity', async () => {
    const documents = service()
    await expect(documents.issue(sampleNotice, false)).rejects.toMatchObject({
      code: 'documents.seal.notConfigured'
    })
    const later = service(() => new Date('2999-01-01T00:00:00Z'))
    await later.configureSeal({
      action: 'import',
      name: 'bureau.p12',
      base64: p12(pki.rsa, 'bureau'),
      password: 'bureau'
    })
    await expect(later.issue(sampleNotice, false)).rejects.toMatchObject({
      code: 'documents.seal.expired'
    })
  })

  it('keeps the signed file, never signs the number again, and makes a correction the next version', async () => {
    const documents = service()
    await documents.configureSeal({
      action: 'import',
      name: 'bureau.p12',
      base64: p12(pki.sm2, 'bureau'),
      password: 'bureau'
    })
    const first = await documents.issue(sampleNotice, false)
    expect(first.issued).toMatchObject({ documentNumber: '许数管〔2026〕7号', version: 1 })
    expect(first.signer).toBe('测试 SM2 签章人')
    const kept = documents.issuedFile(first.sha256).base64
    expect(kept).toBe(first.base64)
    expect(reasonOf((await verify(new Uint8Array(Buffer.from(kept, 'base64')))).verdict)).toBe(
      'passed'
    )

    await expect(documents.issue(sampleNotice, false)).rejects.toMatchObject({
      code: 'documents.issue.alreadyIssued',
      params: { number: '许数管〔2026〕7号', version: '1' }
    })
    const corrected = await documents.issue(
      { ...sampleNotice, title: `${sampleNotice.title}（更正）` },
      true
    )
    expect(corrected.issued.version).toBe(2)
    expect(corrected.sha256).not.toBe(first.sha256)
    // Version 1 is what it was.
    expect(documents.issuedFile(first.sha256).base64).toBe(first.base64)
    expect(documents.issued('许数管〔2026〕7号').map((d) => d.version)).toEqual([1, 2])
    expect(() => documents.issuedFile('0'.repeat(64))).toThrow(
      expect.objectContaining({ code: 'documents.issue.unknown' })
    )
  }, 60_000)

  it('issues one version at a time when two 签发 race', async () => {
    const documents = service()
    await documents.configureSeal({
      action: 'import',
      name: 'bureau.p12',
      base64: p12(pki.rsa, 'bureau'),
      password: 'bureau'
    })
    const results = await Promise.allSettled([
      documents.issue(sampleNotice, false),
      documents.issue(sampleNotice, false)
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(documents.issued()).toHaveLength(1)
  }, 60_000)

  it('writes its files for this user only', async () => {
    const data = mkdtempSync(join(dir, 'mode-'))
    const documents = createDocumentsService({ dataLocation: data, now: () => new Date() })
    await documents.configureSeal({
      action: 'import',
      name: 'bureau.p12',
      base64: p12(pki.ecdsa, 'bureau'),
      password: 'bureau'
    })
    const issued = await documents.issue(sampleNotice, false)
    for (const file of ['documents/seal.json', `documents/issued/${issued.sha256}.pdf`]) {
      expect(statSync(join(data, file)).mode & 0o777).toBe(0o600)
    }
    expect(statSync(join(data, 'documents')).mode & 0o777).toBe(0o700)
  }, 60_000)
})
