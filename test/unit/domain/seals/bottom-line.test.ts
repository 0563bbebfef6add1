import { describe, expect, it } from 'vitest'
import {
  documentBottomLine,
  signatureBottomLine,
  type BottomLineInput
} from '../../../../src/shared/domain/seals/bottom-line'
import type { SignatureBlobVerdict } from '../../../../src/shared/domain/seals/crypto/types'
import type { ModificationLevel } from '../../../../src/shared/domain/seals/pdf/modifications'

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
    expect(outcome({ formatFailure: true }, { intact: false })).toBe('failed/format-failure')
    expect(outcome({}, { warnings: ['detached-with-econtent'] })).toBe('failed/format-failure')
    expect(outcome({}, { intact: false, valid: false })).toBe('failed/hash-failure')
    expect(outcome({}, { valid: false })).toBe('failed/signature-failure')
    expect(outcome({ coverage: 'unclear' })).toBe('failed/nonstandard-coverage')
    expect(outcome({ coverage: 'contiguous-block-from-start' })).toBe('failed/nonstandard-coverage')
    expect(outcome({ modificationLevel: 'other' })).toBe('failed/illegal-modification')
    expect(outcome({ modificationLevel: 'form-filling', certificationPermission: 1 })).toBe(
      'failed/illegal-modification'
    )
    expect(
      outcome({}, { revocation: { status: 'revoked', revokedAt: '2020-01-01T00:00:00Z' } })
    ).toBe('failed/revoked')
    expect(outcome({}, { signerValidAtSigningTime: false })).toBe('failed/expired')
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
    ).toBe('failed/revoked')
  })

  it('indeterminate states', () => {
    expect(outcome({}, { format: 'unknown', intact: null, valid: null })).toBe(
      'indeterminate/unknown-format'
    )
    expect(outcome({}, { valid: null })).toBe('indeterminate/unknown-algorithm')
    expect(outcome({ modificationLevel: null })).toBe('indeterminate/modifications-unknown')
    expect(outcome({ modificationLevel: 'form-filling', signedContentChanged: true })).toBe(
      'indeterminate/signed-content-changed'
    )
    expect(outcome({}, { signerValidNow: false })).toBe('indeterminate/out-of-bounds-no-poe')
    expect(outcome({}, { trusted: false, trustProblem: 'no-chain' })).toBe(
      'indeterminate/no-chain-found'
    )
    expect(outcome({}, { trusted: false, trustProblem: 'untrusted-root' })).toBe(
      'indeterminate/untrusted'
    )
    expect(outcome({}, { trusted: false, trustProblem: 'ca-constraints' })).toBe(
      'indeterminate/chain-constraints-failure'
    )
  })
})

describe('timestamps prove when a signature was made (DSS: proof of existence)', () => {
  const trustedToken = { intact: true, valid: true, trusted: true, time: '2019-01-01T00:00:00Z' }
  const revoked = { status: 'revoked' as const, revokedAt: '2020-01-01T00:00:00Z' }

  it('a trusted timestamp keeps the signature of a certificate that has expired since', () => {
    expect(outcome({}, { signerValidNow: false, timestamp: trustedToken })).toBe('passed')
    expect(outcome({}, { signerValidNow: false })).toBe('indeterminate/out-of-bounds-no-poe')
  })

  it.each([
    ['not intact', { intact: false }],
    ['not valid', { valid: false }],
    ['of unknown validity', { valid: null }],
    ['from an untrusted TSA', { trusted: false }]
  ] as const)('a timestamp %s proves nothing', (_, flaw) => {
    const timestamp = { ...trustedToken, ...flaw }
    expect(outcome({}, { signerValidNow: false, timestamp })).toBe(
      'indeterminate/out-of-bounds-no-poe'
    )
    expect(outcome({}, { revocation: revoked, timestamp })).toBe('failed/revoked')
  })

  it('a timestamp at the moment of revocation, or after it, does not save the signature', () => {
    expect(
      outcome({}, { revocation: revoked, timestamp: { ...trustedToken, time: revoked.revokedAt } })
    ).toBe('failed/revoked')
    expect(
      outcome(
        {},
        { revocation: revoked, timestamp: { ...trustedToken, time: '2021-06-01T00:00:00Z' } }
      )
    ).toBe('failed/revoked')
    // Revoked without a date: no time can be proven to come before it.
    expect(outcome({}, { revocation: { status: 'revoked' }, timestamp: trustedToken })).toBe(
      'failed/revoked'
    )
  })
})

describe('the order of the checks and each reason on its own', () => {
  it('a parse error of a known format is a format failure; of an unknown one, unknown format', () => {
    expect(outcome({}, { formatError: '无法解析' })).toBe('failed/format-failure')
    expect(outcome({}, { format: 'unknown', formatError: '无法识别', intact: null })).toBe(
      'indeterminate/unknown-format'
    )
    expect(signatureBottomLine({ ...good, blob: undefined })).toMatchObject({
      status: 'failed',
      reason: 'format-failure'
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
    expect(outcome({}, { seal: { ...seal, ...flaw } })).toBe('failed/seal-invalid')
    // Unknown (null) is not a failure.
    const unknown = Object.fromEntries(Object.keys(flaw).map((key) => [key, null]))
    expect(outcome({}, { seal: { ...seal, ...unknown } })).toBe('passed')
  })

  it('a certificate not valid at signing time fails even when it is trusted and unrevoked', () => {
    expect(outcome({}, { signerValidAtSigningTime: null })).toBe('passed')
    expect(outcome({}, { signerValidAtSigningTime: false, signerValidNow: false })).toBe(
      'failed/expired'
    )
  })

  it('a failure outranks any doubt; the first failure in policy order is the one named', () => {
    expect(outcome({ modificationLevel: null }, { valid: false })).toBe('failed/signature-failure')
    expect(outcome({ modificationLevel: 'other' }, { trusted: false })).toBe(
      'failed/illegal-modification'
    )
    expect(outcome({ coverage: 'unclear', modificationLevel: 'other' })).toBe(
      'failed/nonstandard-coverage'
    )
    expect(
      outcome({}, { signerValidAtSigningTime: false, revocation: { status: 'revoked' } })
    ).toBe('failed/revoked')
    expect(outcome({ modificationLevel: null }, { intact: null })).toBe(
      'indeterminate/unknown-algorithm'
    )
    expect(outcome({ signedContentChanged: true }, { trusted: false })).toBe(
      'indeterminate/signed-content-changed'
    )
    expect(outcome({}, { signerValidNow: false, trusted: false })).toBe(
      'indeterminate/out-of-bounds-no-poe'
    )
    expect(outcome({}, { trusted: false })).toBe('indeterminate/untrusted')
  })

  it('tells the user each reason in words (written here, not taken from the code)', () => {
    const summary = (input: Partial<BottomLineInput>, blob: Partial<SignatureBlobVerdict> = {}) =>
      signatureBottomLine({ ...good, ...input, blob: { ...goodBlob, ...blob } }).summary
    expect(summary({})).toBe('签名有效：文档自签名后未被篡改，签名者身份可信')
    expect(summary({ formatFailure: true })).toBe('签名结构不合规（签名范围或签名数据无法使用）')
    expect(summary({}, { intact: false })).toBe('签名后文档内容被篡改（摘要不一致）')
    expect(summary({}, { valid: false })).toBe('签名值验证失败')
    expect(summary({ coverage: 'unclear' })).toBe('签名未覆盖完整的文档版本，存在未受保护的内容')
    expect(summary({ modificationLevel: 'other' })).toBe('签名后文档被做了不允许的修改')
    expect(summary({}, { revocation: { status: 'revoked' } })).toBe('签名证书已被吊销')
    expect(summary({}, { signerValidAtSigningTime: false })).toBe('签名时签名证书不在有效期内')
    expect(
      summary(
        {},
        {
          seal: {
            version: 4,
            esId: 's',
            name: 's',
            makerSignatureValid: false,
            signerInCertList: true,
            validAtSigningTime: true
          }
        }
      )
    ).toBe('电子印章无效（制章签名、证书列表或印章有效期不符）')
    expect(summary({}, { format: 'unknown', intact: null, valid: null })).toBe(
      '签名数据格式无法识别，无法核验'
    )
    expect(summary({}, { valid: null })).toBe('签名算法不受支持，无法判断签名是否有效')
    expect(summary({ modificationLevel: null })).toBe('无法分析签名后的修改')
    expect(summary({ signedContentChanged: true })).toBe(
      '签名后修改了签署时已显示的表单内容，请人工核对'
    )
    expect(summary({}, { signerValidNow: false })).toBe(
      '签名证书现已过期，且没有可信时间戳证明签名时证书有效'
    )
    expect(summary({}, { trusted: false, trustProblem: 'no-chain' })).toBe(
      '找不到签名证书的签发者，无法建立证书链'
    )
    expect(summary({}, { trusted: false })).toBe('签名证书链不以受信任的根证书结尾')
    expect(summary({}, { trusted: false, trustProblem: 'ca-constraints' })).toBe(
      '证书链不满足约束（签发签名、CA 约束或密钥用途）'
    )
  })
})

describe('DocMDP (ISO 32000-1 §12.8.2.2, Table 254) and approval signatures', () => {
  // Written out from the standard's table, one row per permission, not from the code's own map:
  // P=1 no changes; P=2 filling in forms, instantiating page templates and signing; P=3 the
  // same plus annotation creation, deletion and modification.
  const table: Array<[1 | 2 | 3 | null, ModificationLevel, string]> = [
    [1, 'signatures-dss-timestamps', 'failed/illegal-modification'],
    [1, 'form-filling', 'failed/illegal-modification'],
    [1, 'annotations', 'failed/illegal-modification'],
    [2, 'signatures-dss-timestamps', 'passed'],
    [2, 'form-filling', 'passed'],
    [2, 'annotations', 'failed/illegal-modification'],
    [3, 'signatures-dss-timestamps', 'passed'],
    [3, 'form-filling', 'passed'],
    [3, 'annotations', 'passed'],
    [3, 'other', 'failed/illegal-modification'],
    // An approval signature allows comments after it: passed, with the changes listed.
    [null, 'annotations', 'passed'],
    [null, 'other', 'failed/illegal-modification']
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
    ).toBe('failed/illegal-modification')
    expect(outcome({ modificationLevel: 'form-filling', approvalOnlyChange: true })).toBe('passed')
  })

  it('a rewritten value the signer saw needs a person even when the form may be filled', () => {
    expect(
      outcome({
        modificationLevel: 'form-filling',
        certificationPermission: 2,
        signedContentChanged: true
      })
    ).toBe('indeterminate/signed-content-changed')
  })
})

describe('document bottom line', () => {
  const passed = { fieldName: 'A', verdict: { status: 'passed' as const, summary: '' } }
  const failed = {
    fieldName: 'B',
    verdict: { status: 'failed' as const, reason: 'hash-failure' as const, summary: '' }
  }
  const unsure = {
    fieldName: 'C',
    verdict: { status: 'indeterminate' as const, reason: 'untrusted' as const, summary: '' }
  }

  it('names the failed signature and its reason, whatever comes before it', () => {
    expect(documentBottomLine([unsure, passed, failed], 'signed', undefined)).toEqual({
      status: 'failed',
      reason: 'hash-failure',
      summary: '签名「B」未通过：'
    })
    expect(documentBottomLine([passed, unsure], 'signed', undefined)).toEqual({
      status: 'indeterminate',
      reason: 'untrusted',
      summary: '签名「C」无法确定：'
    })
    expect(documentBottomLine([passed, passed], 'signed', undefined)).toEqual({
      status: 'passed',
      summary: '全部 2 个签名核验通过'
    })
    expect(documentBottomLine([], 'none', '文件不完整')).toEqual({
      status: 'indeterminate',
      reason: 'unreadable',
      summary: '文件无法核验：文件不完整'
    })
    expect(documentBottomLine([], 'unsigned-only', undefined)).toEqual({
      status: 'indeterminate',
      reason: 'unsigned-fields-only',
      summary: '文档有签名域，但尚未签名'
    })
    expect(documentBottomLine([], 'signed', undefined)).toEqual({
      status: 'indeterminate',
      reason: 'no-signature-fields',
      summary: '文档中没有数字签名（电子签章）'
    })
  })

  it('failed beats indeterminate beats passed; nothing to verify is indeterminate', () => {
    expect(documentBottomLine([passed, unsure, failed], 'signed', undefined)).toMatchObject({
      status: 'failed',
      reason: 'hash-failure'
    })
    expect(documentBottomLine([passed, unsure], 'signed', undefined)).toMatchObject({
      status: 'indeterminate',
      reason: 'untrusted'
    })
    expect(documentBottomLine([passed], 'signed', undefined).status).toBe('passed')
    expect(documentBottomLine([], 'none', undefined)).toMatchObject({
      reason: 'no-signature-fields'
    })
    expect(documentBottomLine([], 'unsigned-only', undefined)).toMatchObject({
      reason: 'unsigned-fields-only'
    })
    expect(documentBottomLine([], 'none', '坏文件')).toMatchObject({
      status: 'indeterminate',
      reason: 'unreadable'
    })
  })
})

describe('DocMDP: no change, other changes, and changes that could not be analysed', () => {
  // No change is allowed under any permission; `other` changes under none; and a change that
  // could not be analysed is a doubt, not a verdict on the permission.
  const rows: Array<[1 | 2 | 3, ModificationLevel | null, string]> = [
    [1, 'none', 'passed'],
    [2, 'none', 'passed'],
    [1, 'other', 'failed/illegal-modification'],
    [2, 'other', 'failed/illegal-modification'],
    [1, null, 'indeterminate/modifications-unknown'],
    [2, null, 'indeterminate/modifications-unknown']
  ]
  it.each(rows)('permission %s, then %s: %s', (permission, level, expected) => {
    expect(outcome({ certificationPermission: permission, modificationLevel: level })).toBe(
      expected
    )
  })
})
