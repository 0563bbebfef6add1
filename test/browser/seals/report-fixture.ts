import { message } from '@shared/i18n/message'
import {
  pdfVerificationReportSchema,
  type PdfVerificationReport,
  type SignatureReport
} from '@shared/domain/seals/report'

/** A 1×1 red PNG, as a GB/T 38540 seal picture would carry it. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const certificate = (subject: string, issuer: string, fingerprint: string) => ({
  subject,
  issuer,
  serialNumberHex: '01',
  notBefore: '2025-01-01T00:00:00.000Z',
  notAfter: '2030-01-01T00:00:00.000Z',
  publicKey: 'SM2',
  keyUsage: ['digitalSignature'],
  isCa: false,
  sha256Fingerprint: fingerprint.repeat(64)
})

const sealedSignature: SignatureReport = {
  fieldName: 'Seal1',
  kind: 'signature',
  signatureObject: 12,
  presentInLatestRevision: true,
  page: 0,
  rect: [72, 100, 272, 160],
  filter: 'Adobe.PPKLite',
  subFilter: 'adbe.pkcs7.detached',
  format: 'ses-v4',
  byteRange: [0, 100, 200, 300],
  byteRangeProblems: [],
  coverage: 'entire-file',
  signedRevision: { index: 2, byteLength: 900 },
  modification: { level: 'none', changes: [] },
  intact: true,
  valid: true,
  trusted: true,
  digestAlgorithm: 'SM3',
  signatureAlgorithm: 'SM2-SM3',
  signer: {
    ...certificate('CN=许昌市测试签章人, O=许昌市测试单位, C=CN', 'CN=测试 SM2 根证书', 'A'),
    commonName: '许昌市测试签章人',
    organization: '许昌市测试单位',
    uscc: '91411000MA9QXJ2K5Q'
  },
  chain: [
    certificate('CN=许昌市测试签章人, O=许昌市测试单位, C=CN', 'CN=测试 SM2 根证书', 'A'),
    certificate('CN=测试 SM2 根证书', 'CN=测试 SM2 根证书', 'B')
  ],
  signerValidAtSigningTime: true,
  signerValidNow: true,
  revocation: { status: 'unknown' },
  times: {
    claimed: '2026-01-01T00:00:00.000Z',
    signingTime: '2026-01-01T00:05:00.000Z',
    timestamped: '2026-01-01T00:06:00.000Z'
  },
  seal: {
    version: 4,
    esId: '41100020260001',
    name: '许昌市测试单位电子印章',
    validStart: '2025-11-27T00:00:00.000Z',
    validEnd: '2031-11-26T00:00:00.000Z',
    makerSignatureValid: true,
    signerInCertList: true,
    validAtSigningTime: true,
    picture: { type: 'PNG', widthMm: 40, heightMm: 40, displayable: true, dataBase64: PNG_BASE64 }
  },
  dictionary: { name: 'Test Signer', reason: 'issued' },
  certificationPermission: null,
  warnings: ['seals.warning.revocationUnknown'],
  verdict: { status: 'passed', summary: message('seals.verdict.passed') }
}

const changedSignature: SignatureReport = {
  ...sealedSignature,
  fieldName: 'Seal2',
  page: 1,
  coverage: 'entire-revision',
  signedRevision: { index: 1, byteLength: 500 },
  modification: {
    level: 'other',
    changes: [
      {
        revision: 2,
        level: 'other',
        description: message('seals.change.contentStream', {
          page: message('seals.change.page.number', { number: 1 })
        }),
        page: 0
      },
      {
        revision: 2,
        level: 'form-filling',
        description: message('seals.change.valueRewritten', { name: 'status' }),
        review: true
      }
    ]
  },
  verdict: {
    status: 'failed',
    reason: 'seals.reason.illegalModification',
    summary: message('seals.reason.illegalModification')
  }
}

export function sampleReport(): PdfVerificationReport {
  return pdfVerificationReportSchema.parse({
    schemaVersion: 3,
    fileName: 'licence.pdf',
    fileSize: 900,
    verifiedAt: '2026-11-27T08:00:00.000Z',
    revisions: [
      { index: 0, byteLength: 300, xref: 'table' },
      { index: 1, byteLength: 500, xref: 'table' },
      { index: 2, byteLength: 900, xref: 'table' }
    ],
    signatureFields: 'signed',
    unsignedSignatureFields: [],
    stampAnnotationsWithoutSignature: 0,
    signatures: [sealedSignature, changedSignature],
    verdict: {
      status: 'failed',
      reason: 'seals.reason.illegalModification',
      summary: message('seals.verdict.signatureFailed', {
        field: 'Seal2',
        reason: message('seals.reason.illegalModification')
      })
    },
    warnings: []
  })
}
