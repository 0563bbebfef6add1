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
