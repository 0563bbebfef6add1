/**
 * Encrypted PDFs (加密文件): the standard security handler against qpdf (which encrypts the
 * project's fixture document and decrypts it again) and pdfsig (which signs the encrypted files
 * and gives its own verdict). Skips, saying so, without qpdf or pdfsig (fails under CI).
 */
import { createCipheriv } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { aesDecrypt, rc4 } from '../../../../src/shared/domain/seals/pdf/ciphers'
import { type PdfDocument, openPdf } from '../../../../src/shared/domain/seals/pdf/document'
import { decodeStream } from '../../../../src/shared/domain/seals/pdf/filters'
import { type PdfObject, isRef } from '../../../../src/shared/domain/seals/pdf/objects'
import {
  ENCRYPTION_CASES,
  ENCRYPTION_CASE_NAMES,
  type EncryptedFixtures,
  type EncryptionCaseName,
  METADATA_MARKER,
  OWNER_PASSWORD,
  SIGNED_CASE_NAMES,
  SIGNED_FIELD,
  USER_PASSWORDS,
  buildEncryptedFixtures,
  encryptionToolsAvailable,
  pdfsigVerdicts,
  publicKeyEncrypted
} from '../../../fixtures/pdf/encrypted'
import { createDocument, encryptedLooking, flipByte } from '../../../fixtures/pdf'
import { testTrustAnchors } from '../../../fixtures/signers'
import { requireOrSkip } from '../../../support/require-or-skip'
import { reasonOf, verify } from './helpers'
import { message, type Message } from '../../../../src/shared/i18n'
import { en, zh } from './words'

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

describe('ciphers', () => {
  it('RC4 gives the published test vectors', () => {
    const vector = (key: string, text: string) =>
      hex(rc4(Buffer.from(key), Buffer.from(text))).toUpperCase()
    expect(vector('Key', 'Plaintext')).toBe('BBF316E8D940AF0AD3')
    expect(vector('Wiki', 'pedia')).toBe('1021BF0420')
    expect(vector('Secret', 'Attack at dawn')).toBe('45A01F645FC35B383552544B9BF5')
  })

  it('AES data: the IV in front and PKCS#5 padding stripped; damaged data is read, not rejected', () => {
    const key = Buffer.alloc(16, 7)
    const iv = Buffer.alloc(16, 9)
    const encrypt = (data: Buffer, padding: boolean) => {
      const cipher = createCipheriv('aes-128-cbc', key, iv).setAutoPadding(padding)
      return new Uint8Array(Buffer.concat([iv, cipher.update(data), cipher.final()]))
    }
    expect(Buffer.from(aesDecrypt(key, encrypt(Buffer.from('许昌市'), true))).toString()).toBe(
      '许昌市'
    )
    const badPadding = Buffer.alloc(16, 0x41)
    expect(hex(aesDecrypt(key, encrypt(badPadding, false)))).toBe(hex(badPadding))
    const sixteen = Buffer.from('0123456789abcdef')
    const padded = encrypt(sixteen, true)
    expect(Buffer.from(aesDecrypt(key, padded.subarray(0, padded.length - 5))).toString()).toBe(
      sixteen.toString()
    )
    expect(aesDecrypt(key, iv)).toHaveLength(0)
  })
})

describe('encrypted files nobody can open here', () => {
  it('an encryption dictionary the empty password does not open asks for a password', async () => {
    const report = await verify(encryptedLooking(createDocument()))
    expect(report.error?.code).toBe('seals.error.passwordRequired')
    expect(reasonOf(report.verdict)).toBe('indeterminate/seals.reason.unreadable')
  })

  it('a public-key handler (/Adobe.PubSec) is unsupported, whatever the password', async () => {
    const bytes = publicKeyEncrypted()
    const report = await verify(bytes)
    expect(report.error).toStrictEqual({
      code: 'seals.error.encryptionUnsupported',
      params: { method: { code: 'seals.encryption.publicKey' } }
    })
    expect(zh(message(report.error!.code, report.error!.params))).toBe(
      '文件使用了本工具不支持的加密方式（证书（公钥）加密 /Adobe.PubSec），无法核验其中的签章。请向出具单位索取未加密的版本。'
    )
    const opened = openPdf(bytes, undefined, { password: 'anything' })
    expect(opened.ok || opened.error.code).toBe('seals.error.encryptionUnsupported')
  })

  it('an unknown revision and a missing /ID are unsupported, not a wrong password', async () => {
    const looking = Buffer.from(encryptedLooking(createDocument())).toString('latin1')
    const revision7 = Buffer.from(looking.replace('/V 2 /R 3', '/V 2 /R 7'), 'latin1')
    expect((await verify(revision7)).error).toStrictEqual({
      code: 'seals.error.encryptionUnsupported',
      params: {
        method: { code: 'seals.encryption.version', params: { version: '2', revision: '7' } }
      }
    })
    const noId = Buffer.from(looking.replace(/ \/ID \[<\w+> <\w+>\]/, ''), 'latin1')
    const report = await verify(noId)
    expect(report.error).toStrictEqual({
      code: 'seals.error.encryptionUnsupported',
      params: { method: { code: 'seals.encryption.noId' } }
    })
    expect(en(report.error!.params!.method as Message)).toBe(
      'the file identifier /ID is missing, so the key cannot be computed'
    )
  })
})

const available = requireOrSkip(
  encryptionToolsAvailable(),
  'qpdf or pdfsig (with certutil, pk12util and openssl)'
)

let fixtures: EncryptedFixtures
beforeAll(() => {
  if (available) fixtures = buildEncryptedFixtures()
}, 120_000)

const read = (path: string) => new Uint8Array(readFileSync(path))

function open(path: string, password?: string): PdfDocument {
  const opened = openPdf(read(path), undefined, { password })
  if (!opened.ok) throw new Error(`${path}: ${opened.error.code}`)
  return opened.document
}

/**
 * The document as a reader sees it, from the catalog down: references followed (object numbers
 * differ after qpdf rewrites the file), strings as bytes, streams decoded. Stream /Length and
 * /Filter are left out: qpdf --decrypt writes them uncompressed.
 */
function readerView(
  document: PdfDocument,
  value: PdfObject | undefined,
  seen = new Set<number>()
): unknown {
  if (isRef(value)) {
    if (seen.has(value.num)) return 'seen'
    seen.add(value.num)
    return readerView(document, document.object(value.num, document.lastRevision)?.value, seen)
  }
  if (typeof value !== 'object' || value === null) return value
  switch (value.kind) {
    case 'name':
      return `/${value.value}`
    case 'string':
      return `<${hex(value.bytes)}>`
    case 'array':
      return value.items.map((item) => readerView(document, item, seen))
    case 'dict':
    case 'stream': {
      const dict = value.kind === 'dict' ? value : value.dict
      const keys = [...dict.entries.keys()]
        .filter(
          (key) => value.kind === 'dict' || !['Length', 'Filter', 'DecodeParms'].includes(key)
        )
        .sort()
      const entries = Object.fromEntries(
        keys.map((key) => [key, readerView(document, dict.entries.get(key), seen)])
      )
      if (value.kind === 'dict') return entries
      const decoded = decodeStream(value)
      return {
        ...entries,
        data: decoded.ok ? Buffer.from(decoded.data).toString('latin1') : decoded
      }
    }
  }
}

const catalogView = (document: PdfDocument) =>
  readerView(document, document.revisions[document.lastRevision]!.trailer.entries.get('Root'))

const passwordOf = (name: EncryptionCaseName) => ENCRYPTION_CASES[name].userPassword || undefined

describe.skipIf(!available)('files encrypted by qpdf', () => {
  it.each(ENCRYPTION_CASE_NAMES)('%s reads as qpdf --decrypt does', async (name) => {
    const spec = ENCRYPTION_CASES[name]
    const ours = open(fixtures.encrypted(name), passwordOf(name))
    expect(ours.encryption).toEqual({
      method: spec.method,
      passwordUsed: spec.userPassword ? 'user' : 'empty-user'
    })
    const view = catalogView(ours)
    expect(view).toEqual(catalogView(open(fixtures.decrypted(name))))
    // The content stream and the field names are really there, in clear.
    expect(JSON.stringify(view)).toContain('Xuchang e-licence test page 1')
    expect(JSON.stringify(view)).toContain(`<${hex(Buffer.from('Approval'))}>`)
    const raw = Buffer.from(read(fixtures.encrypted(name))).toString('latin1')
    expect(raw.includes(METADATA_MARKER)).toBe(name === 'aes-128-clear-metadata')
    expect(raw).not.toContain('Xuchang e-licence')
    const report = await verify(read(fixtures.encrypted(name)), testTrustAnchors('rsa'), {
      password: spec.userPassword
    })
    expect(report.encryption?.method).toBe(spec.method)
    expect(report.unsignedSignatureFields.map((field) => field.fieldName)).toEqual(['Approval'])
  })

  it.each(['rc4-128-user', 'aes-256-user'] as const)(
    '%s: no password, a wrong one, the user and the owner password',
    (name) => {
      const bytes = read(fixtures.encrypted(name))
      const code = (password?: string) => {
        const opened = openPdf(bytes, undefined, { password })
        return opened.ok ? opened.document.encryption?.passwordUsed : opened.error.code
      }
      expect(code()).toBe('seals.error.passwordRequired')
      expect(code('')).toBe('seals.error.passwordRequired')
      expect(code('not-the-password')).toBe('seals.error.passwordWrong')
      expect(code(ENCRYPTION_CASES[name].userPassword)).toBe('user')
      expect(code(OWNER_PASSWORD)).toBe('owner')
      expect(catalogView(open(fixtures.encrypted(name), OWNER_PASSWORD))).toEqual(
        catalogView(open(fixtures.decrypted(name)))
      )
    }
  )

  it('an AES-256 password is compared in its NFKC form (full-width digits as typed)', () => {
    const typed = USER_PASSWORDS.unicode.replace(/\d/g, (d) =>
      String.fromCharCode(0xff10 + Number(d))
    )
    expect(typed).not.toBe(USER_PASSWORDS.unicode)
    expect(open(fixtures.encrypted('aes-256-user'), typed).encryption?.passwordUsed).toBe('user')
  })
})

describe.skipIf(!available)('encrypted files signed by pdfsig', () => {
  it.each(SIGNED_CASE_NAMES)(
    '%s: intact, valid and covering the file, as pdfsig says',
    async (name) => {
      const password = ENCRYPTION_CASES[name].userPassword
      const file = fixtures.signed(name)
      const theirs = pdfsigVerdicts(file, fixtures.db, password)
      const report = await verify(read(file), testTrustAnchors('rsa'), { password })
      expect(report.error).toBeUndefined()
      expect(report.encryption?.method).toBe(ENCRYPTION_CASES[name].method)
      // pdfsig also lists the document's empty field 'Approval'.
      expect(theirs.map((s) => s.field)).toEqual(['Approval', SIGNED_FIELD])
      expect(theirs[1]).toMatchObject({
        signatureValidation: 'Signature is Valid.',
        totalDocumentSigned: true
      })
      const [signature] = report.signatures
      expect(report.signatures).toHaveLength(1)
      expect(signature).toMatchObject({
        fieldName: SIGNED_FIELD,
        intact: true,
        valid: true,
        coverage: 'entire-file',
        byteRangeProblems: [],
        dictionary: { reason: 'encrypted fixture' }
      })
      expect(signature!.modification.level).toBe('none')
      expect(report.verdict.status).not.toBe('failed')
    }
  )

  it.each(SIGNED_CASE_NAMES)(
    '%s: one byte flipped in the signed range is a hash failure',
    async (name) => {
      const password = ENCRYPTION_CASES[name].userPassword
      const bytes = read(fixtures.signed(name))
      // A byte of the original page's content stream (encrypted, inside the first range).
      const document = open(fixtures.signed(name), password)
      const page = document.dict(document.catalog(0)?.entries.get('Pages'), 0)
      const kids = document.get(page, 'Kids', 0)
      const contents = document
        .dict(
          kids && typeof kids === 'object' && kids.kind === 'array' ? kids.items[0] : undefined,
          0
        )
        ?.entries.get('Contents')
      const location = isRef(contents) ? document.object(contents.num, 0)?.location : undefined
      if (location?.kind !== 'file') throw new Error('content stream not found')
      const data = Buffer.from(bytes).indexOf('stream', location.start, 'latin1') + 12
      const report = await verify(flipByte(bytes, data), testTrustAnchors('rsa'), { password })
      expect(report.signatures[0]?.intact).toBe(false)
      expect(reasonOf(report.verdict)).toBe('failed/seals.reason.hashFailure')
    }
  )

  it('a signed file with a user password: none asks for one, a wrong one is refused', async () => {
    const bytes = read(fixtures.signed('aes-256-user'))
    expect((await verify(bytes)).error?.code).toBe('seals.error.passwordRequired')
    const wrong = await verify(bytes, testTrustAnchors('rsa'), { password: 'wrong' })
    expect(wrong.error?.code).toBe('seals.error.passwordWrong')
    expect(reasonOf(wrong.verdict)).toBe('indeterminate/seals.reason.unreadable')
    const owner = await verify(bytes, testTrustAnchors('rsa'), { password: OWNER_PASSWORD })
    expect(owner.encryption).toEqual({ method: 'AES-256', passwordUsed: 'owner' })
    expect(owner.verdict.status).toBe('passed')
  })
})
