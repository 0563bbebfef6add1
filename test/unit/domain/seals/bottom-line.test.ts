import { describe, expect, it } from 'vitest'
import {
  documentBottomLine,
  signatureBottomLine,
  type BottomLineInput
} from '../../../../src/shared/domain/seals/bottom-line'
import type { SignatureBlobVerdict } from '../../../../src/shared/domain/seals/crypto/types'
import type { ModificationLevel } from '../../../../src/shared/domain/seals/pdf/modifications'
import { message, type Message } from '../../../../src/shared/i18n'
import { en, zh } from './words'

const goodBlob: SignatureBlobVerdict = {
  format: 'cms',
  intact: true,
  valid: true,
  chain: [],
  trusted: true,
  signerValidAtSigningTime: true,
  signerValidNow: true,
  revocation: { status: 'unknown' },
  warnings: []
}

const good: BottomLineInput = {
  formatFailure: false,
  blob: goodBlob,
  coverage: 'entire-file',
  modificationLevel: 'none',
  signedContentChanged: false,
  approvalOnlyChange: false,
  certificationPermission: null
}

const outcome = (input: Partial<BottomLineInput>, blob: Partial<SignatureBlobVerdict> = {}) => {
  const verdict = signatureBottomLine({ ...good, ...input, blob: { ...goodBlob, ...blob } })
  return verdict.status === 'passed' ? 'passed' : `${verdict.status}/${verdict.reason}`
}

describe('signature bottom line', () => {
  it('passes only when intact, valid, trusted, standard coverage and acceptable modifications', () => {
    expect(outcome({})).toBe('passed')
    expect(outcome({ coverage: 'entire-revision', modificationLevel: 'form-filling' })).toBe(
      'passed'
    )
    expect(outcome({ modificationLevel: 'signatures-dss-timestamps' })).toBe('passed')
  })

  it('failures, in policy order', () => {
    expect(outcome({ formatFailure: true }, { intact: false })).toBe(
      'failed/seals.reason.formatFailure'
    )
    expect(outcome({}, { warnings: ['seals.warning.detachedWithEcontent'] })).toBe(
      'failed/seals.reason.formatFailure'
    )
    expect(outcome({}, { intact: false, valid: false })).toBe('failed/seals.reason.hashFailure')
    expect(outcome({}, { valid: false })).toBe('failed/seals.reason.signatureFailure')
    expect(outcome({ coverage: 'unclear' })).toBe('failed/seals.reason.nonstandardCoverage')
    expect(outcome({ coverage: 'contiguous-block-from-start' })).toBe(
      'failed/seals.reason.nonstandardCoverage'
    )
    expect(outcome({ modificationLevel: 'other' })).toBe('failed/seals.reason.illegalModification')
    expect(outcome({ modificationLevel: 'form-filling', certificationPermission: 1 })).toBe(
      'failed/seals.reason.illegalModification'
    )
    expect(
      outcome({}, { revocation: { status: 'revoked', revokedAt: '2020-01-01T00:00:00Z' } })
    ).toBe('failed/seals.reason.revoked')
    expect(outcome({}, { signerValidAtSigningTime: false })).toBe('failed/seals.reason.expired')
  })

  it("a trusted timestamp before the revocation keeps a revoked signer's signature", () => {
    const timestamp = { intact: true, valid: true, trusted: true, time: '2019-01-01T00:00:00Z' }
    expect(
      outcome(
        {},
        { timestamp, revocation: { status: 'revoked', revokedAt: '2020-01-01T00:00:00Z' } }
      )
    ).toBe('passed')
    expect(
      outcome(
        {},
        {
          timestamp: { ...timestamp, trusted: false },
          revocation: { status: 'revoked', revokedAt: '2020-01-01T00:00:00Z' }
        }
      )
    ).toBe('failed/seals.reason.revoked')
  })

  it('indeterminate states', () => {
    expect(outcome({}, { format: 'unknown', intact: null, valid: null })).toBe(
      'indeterminate/seals.reason.unknownFormat'
    )
    expect(outcome({}, { valid: null })).toBe('indeterminate/seals.reason.unknownAlgorithm')
    expect(outcome({ modificationLevel: null })).toBe(
      'indeterminate/seals.reason.modificationsUnknown'
    )
    expect(outcome({ modificationLevel: 'form-filling', signedContentChanged: true })).toBe(
      'indeterminate/seals.reason.signedContentChanged'
    )
    expect(outcome({}, { signerValidNow: false })).toBe(
      'indeterminate/seals.reason.outOfBoundsNoPoe'
    )
    expect(outcome({}, { trusted: false, trustProblem: 'no-chain' })).toBe(
      'indeterminate/seals.reason.noChainFound'
    )
    expect(outcome({}, { trusted: false, trustProblem: 'untrusted-root' })).toBe(
      'indeterminate/seals.reason.untrusted'
    )
    expect(outcome({}, { trusted: false, trustProblem: 'ca-constraints' })).toBe(
      'indeterminate/seals.reason.chainConstraintsFailure'
    )
  })
})

describe('timestamps prove when a signature was made (DSS: proof of existence)', () => {
  const trustedToken = { intact: true, valid: true, trusted: true, time: '2019-01-01T00:00:00Z' }
  const revoked = { status: 'revoked' as const, revokedAt: '2020-01-01T00:00:00Z' }

  it('a trusted timestamp keeps the signature of a certificate that has expired since', () => {
    expect(outcome({}, { signerValidNow: false, timestamp: trustedToken })).toBe('passed')
    expect(outcome({}, { signerValidNow: false })).toBe(
      'indeterminate/seals.reason.outOfBoundsNoPoe'
    )
  })

  it.each([
    ['not intact', { intact: false }],
    ['not valid', { valid: false }],
    ['of unknown validity', { valid: null }],
    ['from an untrusted TSA', { trusted: false }]
  ] as const)('a timestamp %s proves nothing', (_, flaw) => {
    const timestamp = { ...trustedToken, ...flaw }
    expect(outcome({}, { signerValidNow: false, timestamp })).toBe(
      'indeterminate/seals.reason.outOfBoundsNoPoe'
    )
    expect(outcome({}, { revocation: revoked, timestamp })).toBe('failed/seals.reason.revoked')
  })

  it('a timestamp at the moment of revocation, or after it, does not save the signature', () => {
    expect(
      outcome({}, { revocation: revoked, timestamp: { ...trustedToken, time: revoked.revokedAt } })
    ).toBe('failed/seals.reason.revoked')
    expect(
      outcome(
        {},
        { revocation: revoked, timestamp: { ...trustedToken, time: '2021-06-01T00:00:00Z' } }
      )
    ).toBe('failed/seals.reason.revoked')
    // Revoked without a date: no time can be proven to come before it.
    expect(outcome({}, { revocation: { status: 'revoked' }, timestamp: trustedToken })).toBe(
      'failed/seals.reason.revoked'
    )
  })
})

describe('the order of the checks and each reason on its own', () => {
  it('a parse error of a known format is a format failure; of an unknown one, unknown format', () => {
    const problem = message('seals.format.structure', {
      problem: message('seals.structure.missing', { structure: 'SignedData', element: 'version' })
    })
    expect(outcome({}, { formatError: problem })).toBe('failed/seals.reason.formatFailure')
    const unknown = message('seals.format.notAsn1')
    expect(outcome({}, { format: 'unknown', formatError: unknown, intact: null })).toBe(
      'indeterminate/seals.reason.unknownFormat'
    )
    expect(signatureBottomLine({ ...good, blob: undefined })).toMatchObject({
      status: 'failed',
      reason: 'seals.reason.formatFailure'
    })
  })

  it.each([
    ['the maker signature fails', { makerSignatureValid: false }],
    ['the signer is not in the certList', { signerInCertList: false }],
    ['the seal was not valid at signing time', { validAtSigningTime: false }]
  ] as const)('a GB/T 38540 seal is invalid when %s', (_, flaw) => {
    const seal = {
      version: 4,
      esId: 'seal-1',
      name: '许昌市政务服务和大数据管理局',
      makerSignatureValid: true,
      signerInCertList: true,
      validAtSigningTime: true
    }
    expect(outcome({}, { seal })).toBe('passed')
    expect(outcome({}, { seal: { ...seal, ...flaw } })).toBe('failed/seals.reason.sealInvalid')
    // Unknown (null) is not a failure.
    const unknown = Object.fromEntries(Object.keys(flaw).map((key) => [key, null]))
    expect(outcome({}, { seal: { ...seal, ...unknown } })).toBe('passed')
  })

  it('a certificate not valid at signing time fails even when it is trusted and unrevoked', () => {
    expect(outcome({}, { signerValidAtSigningTime: null })).toBe('passed')
    expect(outcome({}, { signerValidAtSigningTime: false, signerValidNow: false })).toBe(
      'failed/seals.reason.expired'
    )
  })

  it('a failure outranks any doubt; the first failure in policy order is the one named', () => {
    expect(outcome({ modificationLevel: null }, { valid: false })).toBe(
      'failed/seals.reason.signatureFailure'
    )
    expect(outcome({ modificationLevel: 'other' }, { trusted: false })).toBe(
      'failed/seals.reason.illegalModification'
    )
    expect(outcome({ coverage: 'unclear', modificationLevel: 'other' })).toBe(
      'failed/seals.reason.nonstandardCoverage'
    )
    expect(
      outcome({}, { signerValidAtSigningTime: false, revocation: { status: 'revoked' } })
    ).toBe('failed/seals.reason.revoked')
    expect(outcome({ modificationLevel: null }, { intact: null })).toBe(
      'indeterminate/seals.reason.unknownAlgorithm'
    )
    expect(outcome({ signedContentChanged: true }, { trusted: false })).toBe(
      'indeterminate/seals.reason.signedContentChanged'
    )
    expect(outcome({}, { signerValidNow: false, trusted: false })).toBe(
      'indeterminate/seals.reason.outOfBoundsNoPoe'
    )
    expect(outcome({}, { trusted: false })).toBe('indeterminate/seals.reason.untrusted')
  })

  it('tells the user each reason in words (written here, not taken from the code)', () => {
    const summary = (input: Partial<BottomLineInput>, blob: Partial<SignatureBlobVerdict> = {}) =>
      signatureBottomLine({ ...good, ...input, blob: { ...goodBlob, ...blob } }).summary
    const seal = {
      version: 4,
      esId: 's',
      name: 's',
      makerSignatureValid: false,
      signerInCertList: true,
      validAtSigningTime: true
    }
    const said: Array<[Message, string, string]> = [
      [summary({}), 'seals.verdict.passed', '签名有效：文档自签名后未被篡改，签名者身份可信'],
      [
        summary({ formatFailure: true }),
        'seals.reason.formatFailure',
        '签名结构不合规（签名范围或签名数据无法使用）'
      ],
      [
        summary({}, { intact: false }),
        'seals.reason.hashFailure',
        '签名后文档内容被篡改（摘要不一致）'
      ],
      [summary({}, { valid: false }), 'seals.reason.signatureFailure', '签名值验证失败'],
      [
        summary({ coverage: 'unclear' }),
        'seals.reason.nonstandardCoverage',
        '签名未覆盖完整的文档版本，存在未受保护的内容'
      ],
      [
        summary({ modificationLevel: 'other' }),
        'seals.reason.illegalModification',
        '签名后文档被做了不允许的修改'
      ],
      [
        summary({}, { revocation: { status: 'revoked' } }),
        'seals.reason.revoked',
        '签名证书已被吊销'
      ],
      [
        summary({}, { signerValidAtSigningTime: false }),
        'seals.reason.expired',
        '签名时签名证书不在有效期内'
      ],
      [
        summary({}, { seal }),
        'seals.reason.sealInvalid',
        '电子印章无效（制章签名、证书列表或印章有效期不符）'
      ],
      [
        summary({}, { format: 'unknown', intact: null, valid: null }),
        'seals.reason.unknownFormat',
        '签名数据格式无法识别，无法核验'
      ],
      [
        summary({}, { valid: null }),
        'seals.reason.unknownAlgorithm',
        '签名算法不受支持，无法判断签名是否有效'
      ],
      [
        summary({ modificationLevel: null }),
        'seals.reason.modificationsUnknown',
        '无法分析签名后的修改'
      ],
      [
        summary({ signedContentChanged: true }),
        'seals.reason.signedContentChanged',
        '签名后修改了签署时已显示的表单内容，请人工核对'
      ],
      [
        summary({}, { signerValidNow: false }),
        'seals.reason.outOfBoundsNoPoe',
        '签名证书现已过期，且没有可信时间戳证明签名时证书有效'
      ],
      [
        summary({}, { trusted: false, trustProblem: 'no-chain' }),
        'seals.reason.noChainFound',
        '找不到签名证书的签发者，无法建立证书链'
      ],
      [
        summary({}, { trusted: false }),
        'seals.reason.untrusted',
        '签名证书链不以受信任的根证书结尾'
      ],
      [
        summary({}, { trusted: false, trustProblem: 'ca-constraints' }),
        'seals.reason.chainConstraintsFailure',
        '证书链不满足约束（签发签名、CA 约束或密钥用途）'
      ]
    ]
    for (const [words, code, chinese] of said) {
      expect(words).toStrictEqual({ code })
      expect(zh(words)).toBe(chinese)
    }
    expect(en(summary({}, { intact: false }))).toBe(
      'The document was altered after signing (digest mismatch)'
    )
  })
})

describe('DocMDP (ISO 32000-1 §12.8.2.2, Table 254) and approval signatures', () => {
  // Written out from the standard's table, one row per permission, not from the code's own map:
  // P=1 no changes; P=2 filling in forms, instantiating page templates and signing; P=3 the
  // same plus annotation creation, deletion and modification.
  const table: Array<[1 | 2 | 3 | null, ModificationLevel, string]> = [
    [1, 'signatures-dss-timestamps', 'failed/seals.reason.illegalModification'],
    [1, 'form-filling', 'failed/seals.reason.illegalModification'],
    [1, 'annotations', 'failed/seals.reason.illegalModification'],
    [2, 'signatures-dss-timestamps', 'passed'],
    [2, 'form-filling', 'passed'],
    [2, 'annotations', 'failed/seals.reason.illegalModification'],
    [3, 'signatures-dss-timestamps', 'passed'],
    [3, 'form-filling', 'passed'],
    [3, 'annotations', 'passed'],
    [3, 'other', 'failed/seals.reason.illegalModification'],
    // An approval signature allows comments after it: passed, with the changes listed.
    [null, 'annotations', 'passed'],
    [null, 'other', 'failed/seals.reason.illegalModification']
  ]
  it.each(table)('permission %s, then %s: %s', (permission, level, expected) => {
    expect(outcome({ certificationPermission: permission, modificationLevel: level })).toBe(
      expected
    )
  })

  it('a new visible signature field fails a certified document, not an approved one', () => {
    expect(
      outcome({
        modificationLevel: 'form-filling',
        certificationPermission: 2,
        approvalOnlyChange: true
      })
    ).toBe('failed/seals.reason.illegalModification')
    expect(outcome({ modificationLevel: 'form-filling', approvalOnlyChange: true })).toBe('passed')
  })

  it('a rewritten value the signer saw needs a person even when the form may be filled', () => {
    expect(
      outcome({
        modificationLevel: 'form-filling',
        certificationPermission: 2,
        signedContentChanged: true
      })
    ).toBe('indeterminate/seals.reason.signedContentChanged')
  })
})

describe('document bottom line', () => {
  const passed = {
    fieldName: 'A',
    verdict: { status: 'passed' as const, summary: message('seals.verdict.passed') }
  }
  const failed = {
    fieldName: 'B',
    verdict: {
      status: 'failed' as const,
      reason: 'seals.reason.hashFailure' as const,
      summary: message('seals.reason.hashFailure')
    }
  }
  const unsure = {
    fieldName: 'C',
    verdict: {
      status: 'indeterminate' as const,
      reason: 'seals.reason.untrusted' as const,
      summary: message('seals.reason.untrusted')
    }
  }
  const truncated = message('seals.error.truncated')

  it('names the failed signature and its reason, whatever comes before it', () => {
    const failure = documentBottomLine([unsure, passed, failed], 'signed', undefined)
    expect(failure).toStrictEqual({
      status: 'failed',
      reason: 'seals.reason.hashFailure',
      summary: {
        code: 'seals.verdict.signatureFailed',
        params: { field: 'B', reason: { code: 'seals.reason.hashFailure' } }
      }
    })
    expect(zh(failure.summary)).toBe('签名「B」未通过：签名后文档内容被篡改（摘要不一致）')
    const doubt = documentBottomLine([passed, unsure], 'signed', undefined)
    expect(doubt).toStrictEqual({
      status: 'indeterminate',
      reason: 'seals.reason.untrusted',
      summary: {
        code: 'seals.verdict.signatureIndeterminate',
        params: { field: 'C', reason: { code: 'seals.reason.untrusted' } }
      }
    })
    expect(zh(doubt.summary)).toBe('签名「C」无法确定：签名证书链不以受信任的根证书结尾')
    const all = documentBottomLine([passed, passed], 'signed', undefined)
    expect(all).toStrictEqual({
      status: 'passed',
      summary: { code: 'seals.verdict.allPassed', params: { count: 2 } }
    })
    expect(zh(all.summary)).toBe('全部 2 个签名核验通过')
    const unreadable = documentBottomLine([], 'none', truncated)
    expect(unreadable).toStrictEqual({
      status: 'indeterminate',
      reason: 'seals.reason.unreadable',
      summary: { code: 'seals.error.truncated' }
    })
    expect(zh(unreadable.summary)).toBe(
      '文件不完整（可能在传输或下载中被截断），无法核验。请重新获取原文件。'
    )
    expect(documentBottomLine([], 'unsigned-only', undefined)).toStrictEqual({
      status: 'indeterminate',
      reason: 'seals.reason.unsignedFieldsOnly',
      summary: { code: 'seals.reason.unsignedFieldsOnly' }
    })
    expect(zh(message('seals.reason.unsignedFieldsOnly'))).toBe('文档有签名域，但尚未签名')
    expect(documentBottomLine([], 'signed', undefined)).toStrictEqual({
      status: 'indeterminate',
      reason: 'seals.reason.noSignatureFields',
      summary: { code: 'seals.reason.noSignatureFields' }
    })
    expect(zh(message('seals.reason.noSignatureFields'))).toBe('文档中没有数字签名（电子签章）')
    expect(en(failure.summary)).toBe(
      'Signature “B” failed: The document was altered after signing (digest mismatch)'
    )
  })

  it('failed beats indeterminate beats passed; nothing to verify is indeterminate', () => {
    expect(documentBottomLine([passed, unsure, failed], 'signed', undefined)).toMatchObject({
      status: 'failed',
      reason: 'seals.reason.hashFailure'
    })
    expect(documentBottomLine([passed, unsure], 'signed', undefined)).toMatchObject({
      status: 'indeterminate',
      reason: 'seals.reason.untrusted'
    })
    expect(documentBottomLine([passed], 'signed', undefined).status).toBe('passed')
    expect(documentBottomLine([], 'none', undefined)).toMatchObject({
      reason: 'seals.reason.noSignatureFields'
    })
    expect(documentBottomLine([], 'unsigned-only', undefined)).toMatchObject({
      reason: 'seals.reason.unsignedFieldsOnly'
    })
    expect(documentBottomLine([], 'none', message('seals.error.notPdf'))).toMatchObject({
      status: 'indeterminate',
      reason: 'seals.reason.unreadable'
    })
  })
})

describe('DocMDP: no change, other changes, and changes that could not be analysed', () => {
  // No change is allowed under any permission; `other` changes under none; and a change that
  // could not be analysed is a doubt, not a verdict on the permission.
  const rows: Array<[1 | 2 | 3, ModificationLevel | null, string]> = [
    [1, 'none', 'passed'],
    [2, 'none', 'passed'],
    [1, 'other', 'failed/seals.reason.illegalModification'],
    [2, 'other', 'failed/seals.reason.illegalModification'],
    [1, null, 'indeterminate/seals.reason.modificationsUnknown'],
    [2, null, 'indeterminate/seals.reason.modificationsUnknown']
  ]
  it.each(rows)('permission %s, then %s: %s', (permission, level, expected) => {
    expect(outcome({ certificationPermission: permission, modificationLevel: level })).toBe(
      expected
    )
  })
})
