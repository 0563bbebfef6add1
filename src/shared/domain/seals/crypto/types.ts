/**
 * The boundary between the PDF side of seal verification (revisions, ByteRange, what changed
 * after signing) and the cryptographic side (CMS, GB/T 38540 SES, certificates, trust).
 * Everything here is JSON-safe except the inputs, so a verdict can cross the IPC boundary.
 */
import type { Message } from '../../../i18n/message'
import type { SignatureWarning } from '../codes'

export type DigestAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'SM3'

/**
 * Hashing is a port: Node wires node:crypto (native speed, no concatenation of the signed
 * ranges), workers and browsers wire a pure-JS implementation.
 */
export interface Hasher {
  digest(algorithm: DigestAlgorithm, chunks: readonly Uint8Array[]): Promise<Uint8Array>
}

/** The user's trust store (信任证书): nothing is trusted by default. DER certificates. */
export interface TrustAnchors {
  certificates: readonly Uint8Array[]
}

/** Revocation evidence from outside the signature blob: the PDF's DSS/VRI and imported CRL files. */
export interface RevocationMaterial {
  certificates: readonly Uint8Array[]
  crls: readonly Uint8Array[]
  ocspResponses: readonly Uint8Array[]
  /** CRLs the user imported into the trust store (as opposed to ones embedded in the PDF). */
  importedCrls: readonly Uint8Array[]
}

export interface SignatureBlobInput {
  /** /Contents, hex-decoded; may carry trailing zero padding. */
  contents: Uint8Array
  /** The bytes the /ByteRange covers, in order, as views into the file (never concatenated). */
  signedChunks: readonly Uint8Array[]
  /** /SubFilter as written; informative only, the format is recognised from the DER content. */
  subFilter?: string
  /** /M of the signature dictionary as ISO 8601, the signer's own claim. */
  claimedSigningTime?: string
  trustAnchors: TrustAnchors
  revocation: RevocationMaterial
  /** "Now" for the validity-now check; injected so tests are repeatable. */
  now: Date
  hasher: Hasher
}

/** Which structure /Contents holds, recognised from the DER, never from /SubFilter. */
export type BlobFormat =
  | 'cms' // PKCS#7 / CMS SignedData (incl. GM/T 0010 OIDs)
  | 'rfc3161' // a document timestamp token (ETSI.RFC3161)
  | 'ses-v1' // GM/T 0031-2014
  | 'ses-v4' // GB/T 38540-2020
  | 'ses-v5' // GM/T 0031-2025
  | 'unknown'

export interface CertificateSummary {
  subject: string
  issuer: string
  commonName?: string
  organization?: string
  /** 统一社会信用代码 when the subject carries one (OU, serialNumber or organizationIdentifier). */
  uscc?: string
  serialNumberHex: string
  notBefore: string
  notAfter: string
  /** 'RSA-2048', 'EC-P-256', 'SM2', ... */
  publicKey: string
  keyUsage: string[]
  isCa: boolean
  sha256Fingerprint: string
  /** The bytes are no certificate: only the fingerprint is known. */
  unreadable?: true
}

export type TrustProblem =
  | 'no-chain' // an issuer could not be found
  | 'untrusted-root' // the chain ends at a root that is not in the trust store
  | 'bad-chain-signature'
  | 'ca-constraints'
  | 'key-usage'

export interface RevocationStatus {
  status: 'good' | 'revoked' | 'unknown'
  source?: 'embedded-crl' | 'embedded-ocsp' | 'dss' | 'imported-crl'
  revokedAt?: string
  reason?: string
}

export interface TimestampVerdict {
  /** The token's message imprint matches what it stamps. */
  intact: boolean
  /** The TSA's signature over the token verifies. */
  valid: boolean | null
  time?: string
  tsa?: CertificateSummary
  trusted: boolean
}

/** 电子印章 information from a GB/T 38540 SESeal. */
export interface SealInfo {
  version: number
  esId: string
  vid?: string
  name: string
  type?: number
  createDate?: string
  validStart?: string
  validEnd?: string
  maker?: CertificateSummary
  /** The seal maker's SM2 signature over SES_SealInfo verifies. */
  makerSignatureValid: boolean | null
  /** The signer's certificate (or its digest) is in the seal's certList. */
  signerInCertList: boolean | null
  /** validStart ≤ signing time ≤ validEnd. */
  validAtSigningTime: boolean | null
  picture?: SealPicture
}

export interface SealPicture {
  /** As declared: PNG, JPG, GIF, BMP, SVG, OFD, ... */
  type: string
  widthMm?: number
  heightMm?: number
  /** True for PNG, JPG, GIF and BMP; other types are named but not shown. */
  displayable: boolean
  /** base64 of the image bytes when displayable. */
  dataBase64?: string
}

export interface SignatureBlobVerdict {
  format: BlobFormat
  /** Why the blob could not be parsed, as words (`seals.format.*`). */
  formatError?: Message
  digestAlgorithm?: string
  /** 'RSA-PKCS1-v1_5' | 'RSA-PSS' | 'ECDSA' | 'SM2-SM3' | an OID when unknown */
  signatureAlgorithm?: string
  /** messageDigest / dataHash / imprint equals the hash of the signed bytes; null = could not tell. */
  intact: boolean | null
  /** The cryptographic signature verifies; null = could not tell (e.g. unknown algorithm). */
  valid: boolean | null
  signer?: CertificateSummary
  /** Leaf first, up to the anchor when one was found. */
  chain: CertificateSummary[]
  trusted: boolean
  trustProblem?: TrustProblem
  signerValidAtSigningTime: boolean | null
  signerValidNow: boolean | null
  revocation: RevocationStatus
  /** signingTime attribute (CMS) or timeInfo (SES). */
  signingTime?: string
  timestamp?: TimestampVerdict
  seal?: SealInfo
  /** Codes of the seals catalog, e.g. 'seals.warning.sha1Digest'. */
  warnings: SignatureWarning[]
}
