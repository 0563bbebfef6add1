/**
 * The seal report's words: every code a report can carry is in the seals catalog in zh-CN and
 * en, each state has its label (codes written here from what the state means), older audit
 * entries' reasons still read, and a few representative messages read as a user reads them.
 */
import { describe, expect, it } from 'vitest'
import {
  byteRangeProblems,
  documentReasons,
  documentWarnings,
  failedReasons,
  fileErrors,
  indeterminateReasons,
  signatureWarnings
} from '../../../../src/shared/domain/seals/codes'
import type { SignatureReport } from '../../../../src/shared/domain/seals/report'
import {
  coverageWords,
  kindWords,
  levelWords,
  passwordUsedWords,
  reportReason,
  revocationWords,
  signerName,
  signingInstant,
  statusWords,
  storedReasonWords,
  trustWords
} from '../../../../src/shared/domain/seals/words'
import { lookup, message, sharedCatalog } from '../../../../src/shared/i18n'
import { en, zh } from './words'

/** A signature as a report gives it: the facts these tests read, the rest plain. */
function sampleSignature(): SignatureReport {
  const certificate = {
    subject: 'CN=许昌市测试签章人',
    issuer: 'CN=测试根证书',
    serialNumberHex: '01',
    notBefore: '2025-01-01T00:00:00.000Z',
    notAfter: '2030-01-01T00:00:00.000Z',
    publicKey: 'SM2',
    keyUsage: [],
    isCa: false,
    sha256Fingerprint: 'A'.repeat(64)
  }
  return {
    fieldName: 'Sig1',
    kind: 'signature',
    signatureObject: 12,
    presentInLatestRevision: true,
    page: 0,
    rect: null,
    filter: null,
    subFilter: null,
    format: 'cms',
    byteRange: null,
    byteRangeProblems: [],
    coverage: 'entire-file',
    signedRevision: null,
    modification: { level: 'none', changes: [] },
    intact: true,
    valid: true,
    trusted: true,
    signer: { ...certificate, commonName: '许昌市测试签章人' },
    chain: [],
    signerValidAtSigningTime: true,
    signerValidNow: true,
    revocation: { status: 'unknown' },
    times: {},
    dictionary: { name: 'Test Signer' },
    certificationPermission: null,
    warnings: [],
    verdict: { status: 'passed', summary: message('seals.verdict.passed') }
  }
}

describe('the codes a report carries', () => {
  it.each([
    ['failed reasons', failedReasons, 8],
    ['indeterminate reasons', indeterminateReasons, 8],
    ['document reasons', documentReasons, 3],
    ['file errors', fileErrors, 14],
    ['signature notes', signatureWarnings, 31],
    ['file notes', documentWarnings, 3],
    ['byte-range problems', byteRangeProblems, 11]
  ] as const)('%s are all said in zh-CN and en', (_, codes, count) => {
    expect(codes).toHaveLength(count)
    for (const code of codes) {
      expect(code).toMatch(/^seals\.[a-z][a-zA-Z]*\.[a-z][a-zA-Z0-9]*$/)
      expect(lookup(sharedCatalog['zh-CN'], code), code).toBeTruthy()
      expect(lookup(sharedCatalog.en, code), code).toBeTruthy()
    }
  })
})

describe('the labels of the report’s states', () => {
  it('verdicts, coverage, change levels, revocation, kinds and passwords', () => {
    expect(statusWords).toStrictEqual({
      passed: { code: 'seals.status.passed' },
      failed: { code: 'seals.status.failed' },
      indeterminate: { code: 'seals.status.indeterminate' }
    })
    expect(coverageWords).toStrictEqual({
      'entire-file': { code: 'seals.coverage.entireFile' },
      'entire-revision': { code: 'seals.coverage.entireRevision' },
      'contiguous-block-from-start': { code: 'seals.coverage.contiguousBlockFromStart' },
      unclear: { code: 'seals.coverage.unclear' }
    })
    expect(
      (
        ['none', 'signatures-dss-timestamps', 'form-filling', 'annotations', 'other', null] as const
      ).map(levelWords)
    ).toStrictEqual([
      { code: 'seals.level.none' },
      { code: 'seals.level.signaturesDssTimestamps' },
      { code: 'seals.level.formFilling' },
      { code: 'seals.level.annotations' },
      { code: 'seals.level.other' },
      { code: 'seals.level.unknown' }
    ])
    expect(revocationWords).toStrictEqual({
      good: { code: 'seals.revocation.good' },
      revoked: { code: 'seals.revocation.revoked' },
      unknown: { code: 'seals.revocation.unknown' }
    })
    expect(kindWords).toStrictEqual({
      signature: { code: 'seals.kind.signature' },
      'document-timestamp': { code: 'seals.kind.documentTimestamp' }
    })
    expect(passwordUsedWords).toStrictEqual({
      'empty-user': { code: 'seals.passwordUsed.emptyUser' },
      user: { code: 'seals.passwordUsed.user' },
      owner: { code: 'seals.passwordUsed.owner' }
    })
  })

  it('trust: trusted, or the problem that stops it', () => {
    expect(trustWords({ trusted: true, trustProblem: 'no-chain' })).toStrictEqual({
      code: 'seals.trust.trusted'
    })
    expect(trustWords({ trusted: false })).toStrictEqual({ code: 'seals.trust.untrusted' })
    expect(
      (
        [
          'no-chain',
          'untrusted-root',
          'bad-chain-signature',
          'ca-constraints',
          'key-usage'
        ] as const
      ).map((trustProblem) => trustWords({ trusted: false, trustProblem }))
    ).toStrictEqual([
      { code: 'seals.trust.noChain' },
      { code: 'seals.trust.untrustedRoot' },
      { code: 'seals.trust.badChainSignature' },
      { code: 'seals.trust.caConstraints' },
      { code: 'seals.trust.keyUsage' }
    ])
  })

  it('reads the way the screen has always said them, and in English', () => {
    expect(zh(statusWords.indeterminate)).toBe('无法确定')
    expect(en(statusWords.indeterminate)).toBe('Indeterminate')
    expect(zh(coverageWords['entire-revision'])).toBe('签署时的版本（其后有追加的修改）')
    expect(en(levelWords('form-filling'))).toBe('Form filled in')
    expect(zh(trustWords({ trusted: false, trustProblem: 'untrusted-root' }))).toBe(
      '不受信任：根证书不在“信任证书”中'
    )
    expect(en(revocationWords.unknown)).toBe('Unknown (no CRL or OCSP response available)')
  })
})

describe('the signer, the time and the reason of a report', () => {
  it('names the signer by CN, else subject, else the unverified /Name', () => {
    const signature = sampleSignature()
    expect(signerName(signature)).toBe('许昌市测试签章人')
    const { commonName: _, ...withoutName } = signature.signer!
    expect(signerName({ ...signature, signer: withoutName })).toBe('CN=许昌市测试签章人')
    const unreadable = { ...withoutName, subject: '', unreadable: true as const }
    expect(signerName({ ...signature, signer: unreadable })).toBe('Test Signer')
    expect(signerName({ ...signature, signer: undefined, dictionary: {} })).toBeUndefined()
  })

  it('takes the proven time first, then the signed one, then the signer’s clock', () => {
    const signature = sampleSignature()
    const times = (value: SignatureReport['times']) =>
      signingInstant({ ...signature, times: value })
    expect(times({ claimed: 'c', signingTime: 's', timestamped: 't' })).toBe('t')
    expect(times({ claimed: 'c', signingTime: 's' })).toBe('s')
    expect(times({ claimed: 'c' })).toBe('c')
    expect(times({})).toBeUndefined()
  })

  it('says why a file did not pass: its error, or its verdict; nothing when it passed', () => {
    const error = {
      code: 'seals.error.encryptionUnsupported' as const,
      params: { method: message('seals.encryption.publicKey') }
    }
    const verdict = {
      status: 'failed' as const,
      reason: 'seals.reason.hashFailure' as const,
      summary: message('seals.reason.hashFailure')
    }
    const passed = { status: 'passed' as const, summary: message('seals.verdict.allPassed') }
    const base = { verdict: passed } as Parameters<typeof reportReason>[0]
    expect(reportReason({ ...base, error })).toStrictEqual(error)
    expect(reportReason({ ...base, verdict })).toStrictEqual({ code: 'seals.reason.hashFailure' })
    expect(reportReason(base)).toBeNull()
    expect(en(reportReason({ ...base, error })!)).toBe(
      'The file is encrypted in a way this tool does not support (certificate (public-key) encryption /Adobe.PubSec); its seals cannot be verified. Ask the issuer for an unencrypted copy.'
    )
  })
})

describe('reasons kept in older audit entries', () => {
  it('reads a reason written before codes (hash-failure) and one written since', () => {
    expect(storedReasonWords('hash-failure')).toStrictEqual({ code: 'seals.reason.hashFailure' })
    expect(storedReasonWords('out-of-bounds-no-poe')).toStrictEqual({
      code: 'seals.reason.outOfBoundsNoPoe'
    })
    expect(storedReasonWords('no-signature-fields')).toStrictEqual({
      code: 'seals.reason.noSignatureFields'
    })
    expect(storedReasonWords('revoked')).toStrictEqual({ code: 'seals.reason.revoked' })
    expect(storedReasonWords('seals.reason.untrusted')).toStrictEqual({
      code: 'seals.reason.untrusted'
    })
    expect(zh(storedReasonWords('seal-invalid')!)).toBe(
      '电子印章无效（制章签名、证书列表或印章有效期不符）'
    )
  })

  it('does not take anything else for a reason', () => {
    expect(storedReasonWords('no-such-reason')).toBeUndefined()
    expect(storedReasonWords('seals.reason.noSuchReason')).toBeUndefined()
    expect(storedReasonWords('seals.warning.sha1Digest')).toBeUndefined()
    expect(storedReasonWords(null)).toBeUndefined()
    expect(storedReasonWords(3)).toBeUndefined()
  })
})

describe('representative messages, as a reader reads them', () => {
  it('a change after signing on a page, in zh-CN and en', () => {
    const change = message('seals.change.annotationAdded', {
      page: message('seals.change.page.number', { number: 2 }),
      subtype: message('seals.change.subtype.named', { name: 'Text' })
    })
    expect(zh(change)).toBe('在第 2 页新增批注（/Text）')
    expect(en(change)).toBe('A comment was added on page 2 (/Text)')
  })

  it('the document verdict naming the signature that failed', () => {
    const summary = message('seals.verdict.signatureFailed', {
      field: 'Sig1',
      reason: message('seals.reason.illegalModification')
    })
    expect(zh(summary)).toBe('签名「Sig1」未通过：签名后文档被做了不允许的修改')
    expect(en(summary)).toBe(
      'Signature “Sig1” failed: The document was changed after signing in a way that is not allowed'
    )
  })

  it('a signature whose structure is broken, with the element that is missing', () => {
    const formatError = message('seals.format.structure', {
      problem: message('seals.structure.missing', { structure: 'SignedData', element: 'version' })
    })
    expect(zh(formatError)).toBe('签名数据结构有误：SignedData 结构有误：缺少 version')
    expect(en(formatError)).toBe(
      'The signature data is malformed: SignedData is malformed: version is missing'
    )
  })

  it('a note and a byte-range problem', () => {
    expect(zh(message('seals.warning.sha1Digest'))).toBe('使用了已不安全的 SHA-1 摘要算法')
    expect(en(message('seals.warning.sha1Digest'))).toBe('Uses the insecure SHA-1 digest')
    expect(zh(message('seals.byteRange.notFromStart'))).toBe('签名范围不从文件开头开始')
    expect(en(message('seals.byteRange.notFromStart'))).toBe(
      'The byte range does not start at the beginning of the file'
    )
  })
})
