/**
 * pdfsig as an oracle (SEALS.md §5): on PDFs that poppler itself signed, our digest, signature
 * and chain verdicts agree with pdfsig's, for NSS databases that trust the root, know it
 * untrusted, or are empty. Coverage agrees with "Total document signed". Skips without pdfsig.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TrustAnchors } from '../../../../src/shared/domain/seals/crypto/types'
import {
  NSS_DBS,
  PDFSIG_CASES,
  type PdfsigFixtures,
  buildPdfsigFixtures,
  pdfsigAvailable,
  runPdfsig
} from '../../../fixtures/pdf/pdfsig'
import { testTrustAnchors } from '../../../fixtures/signers'
import { verify } from './helpers'
import { requireOrSkip } from '../../../support/require-or-skip'

const available = pdfsigAvailable()
requireOrSkip(available, 'pdfsig, certutil or pk12util (the pdfsig oracle)')

let fixtures: PdfsigFixtures

beforeAll(() => {
  if (available) fixtures = buildPdfsigFixtures()
}, 120_000)

const anchorsFor = (db: (typeof NSS_DBS)[number]): TrustAnchors =>
  db === 'trusted' ? testTrustAnchors('rsa') : { certificates: [] }

describe.skipIf(!available)('pdfsig oracle', () => {
  const matrix = PDFSIG_CASES.flatMap((kind) => NSS_DBS.map((db) => [kind, db] as const))

  it.each(matrix)('%s with the %s NSS database', async (kind, db) => {
    const file = fixtures.file(kind)
    const theirs = runPdfsig(file, fixtures.db(db))
    const ours = (await verify(new Uint8Array(readFileSync(file)), anchorsFor(db))).signatures
    expect(ours.map((s) => s.fieldName)).toEqual(theirs.map((s) => s.field))
    theirs.forEach((expected, index) => {
      const actual = ours[index]!
      const label = `${kind}/${db}/${expected.field}`
      if (expected.signatureValidation === 'Digest Mismatch.')
        expect(actual.intact, label).toBe(false)
      else {
        expect(expected.signatureValidation, label).toBe('Signature is Valid.')
        expect([actual.intact, actual.valid], label).toEqual([true, true])
      }
      expect(actual.coverage === 'entire-file', label).toBe(expected.totalDocumentSigned)
      switch (expected.certificateValidation) {
        case undefined: // omitted after a digest mismatch
          break
        case 'Certificate is Trusted.':
          expect(actual.trusted, label).toBe(true)
          break
        case "Certificate issuer isn't Trusted.":
        case 'Certificate issuer is unknown.':
          expect(actual.trusted, label).toBe(false)
          break
        case 'Certificate has Expired':
          expect(actual.signerValidNow, label).toBe(false)
          break
        default:
          throw new Error(`${label}: unexpected pdfsig line ${expected.certificateValidation}`)
      }
    })
  })

  it('the bottom line follows: trusted RSA passes, a flipped byte fails, self-signed is indeterminate', async () => {
    const status = async (kind: (typeof PDFSIG_CASES)[number]) =>
      (await verify(new Uint8Array(readFileSync(fixtures.file(kind))), testTrustAnchors('rsa')))
        .verdict
    expect((await status('rsa')).status).toBe('passed')
    expect((await status('appended')).status).toBe('passed')
    expect(await status('flipped')).toMatchObject({
      status: 'failed',
      reason: 'seals.reason.hashFailure'
    })
    expect(await status('expired')).toMatchObject({
      status: 'failed',
      reason: 'seals.reason.expired'
    })
    expect((await status('self-signed')).status).toBe('indeterminate')
  })
})
