/**
 * The codes a seal verification report carries (reasons, file errors, notes, byte-range
 * problems), each a key of the seals catalog (src/shared/i18n/catalogs/seals.ts): the JSON stays
 * machine-readable and the screen and the CLI say each code in the reader's language.
 */

/** DSS TOTAL_FAILED sub-indications, in the order the policy checks them. */
export const failedReasons = [
  'seals.reason.formatFailure',
  'seals.reason.hashFailure',
  'seals.reason.signatureFailure',
  'seals.reason.nonstandardCoverage',
  'seals.reason.illegalModification',
  'seals.reason.revoked',
  'seals.reason.expired',
  'seals.reason.sealInvalid'
] as const

/** DSS INDETERMINATE sub-indications. */
export const indeterminateReasons = [
  'seals.reason.unknownFormat',
  'seals.reason.unknownAlgorithm',
  'seals.reason.modificationsUnknown',
  /** An allowed change rewrote something the signer saw (a filled-in form value): a person looks. */
  'seals.reason.signedContentChanged',
  'seals.reason.outOfBoundsNoPoe',
  'seals.reason.noChainFound',
  'seals.reason.untrusted',
  'seals.reason.chainConstraintsFailure'
] as const

/** Why a whole document is indeterminate when no signature decides it. */
export const documentReasons = [
  'seals.reason.noSignatureFields',
  'seals.reason.unsignedFieldsOnly',
  'seals.reason.unreadable'
] as const

/** Why a file could not be verified at all (the report's `error.code`). */
export const fileErrors = [
  'seals.error.notPdf',
  'seals.error.truncated',
  /** Encrypted, and the empty user password does not open it: ask the user for one. */
  'seals.error.passwordRequired',
  /** Encrypted, and the given password is neither the user nor the owner password. */
  'seals.error.passwordWrong',
  /** Encrypted with a certificate (/Adobe.PubSec) or a handler, version or revision we lack. */
  'seals.error.encryptionUnsupported',
  /** The verifier failed on the file's structure (its parser's exception is the `detail`). */
  'seals.error.malformed',
  /** No document catalog (/Root) in the last revision. */
  'seals.error.noCatalog',
  /** No revision's cross-reference data could be read or rebuilt. */
  'seals.error.xrefBroken',
  'seals.error.tooManyRevisions',
  'seals.error.timeout',
  /** More decompressed data, objects or values than a file of its size can hold: a bomb. */
  'seals.error.tooComplex',
  /** The file could not be read from disk (CLI, file services). */
  'seals.error.unreadable',
  /** The worker thread verifying the file died. */
  'seals.error.workerCrashed',
  /** The verification pool was closed before the file's turn. */
  'seals.error.serviceClosed'
] as const

/** Notes about one signature: none of them decides the verdict alone. */
export const signatureWarnings = [
  'seals.warning.revocationUnknown',
  'seals.warning.revocationInfoStale',
  'seals.warning.revokedAfterSigning',
  'seals.warning.annotationsAddedAfterSigning',
  'seals.warning.formFilledAfterSigning',
  'seals.warning.claimedTimeDiffersFromSigningTime',
  'seals.warning.sha1Digest',
  'seals.warning.sha1WithoutEcontent',
  'seals.warning.detachedWithEcontent',
  'seals.warning.signatureFieldRemoved',
  'seals.warning.byteRangeExcludesOnlyHexDigits',
  'seals.warning.signatureSharedByFields',
  'seals.warning.signatureDictionaryRewritten',
  'seals.warning.timestampImprintMismatch',
  'seals.warning.timestampSignatureInvalid',
  'seals.warning.timestampUnreadable',
  'seals.warning.signerNotInSealCertList',
  'seals.warning.sealMakerSignatureInvalid',
  'seals.warning.sealNotValidAtSigningTime',
  'seals.warning.sesOctetStringFields',
  'seals.warning.signerCertificateMissing',
  'seals.warning.multipleSignerInfos',
  'seals.warning.noSignedAttributes',
  'seals.warning.messageDigestMissing',
  'seals.warning.contentTypeMismatch',
  'seals.warning.signatureAlgorithmDigestMismatch',
  'seals.warning.plainEcdsaSignature',
  'seals.warning.unknownSignatureAlgorithm',
  'seals.warning.unsupportedDigestAlgorithm',
  'seals.warning.unsupportedSignatureParameters',
  'seals.warning.cryptoEngineError'
] as const

/** Notes about the file's structure. */
export const documentWarnings = [
  'seals.warning.trailingBytesAfterLastRevision',
  'seals.warning.unterminatedRevision',
  /** A revision's cross-reference data was rebuilt: `revisions[].xref` says which. */
  'seals.warning.xrefReconstructed'
] as const

export const byteRangeProblems = [
  /** No /ByteRange array. */
  'seals.byteRange.missing',
  /** An entry is not a non-negative integer. */
  'seals.byteRange.notIntegers',
  'seals.byteRange.oddCount',
  /** A range runs past the end of the file. */
  'seals.byteRange.outsideFile',
  'seals.byteRange.notAscending',
  'seals.byteRange.overlapping',
  /** /Contents is not a direct string in a dictionary written in the file. */
  'seals.byteRange.contentsMissing',
  'seals.byteRange.notTwoRanges',
  'seals.byteRange.notFromStart',
  /** The gap between the ranges is not exactly the /Contents string. */
  'seals.byteRange.holeNotContents',
  /** The signature dictionary is not part of the revision the ByteRange ends at. */
  'seals.byteRange.dictionaryNotInSignedRevision'
] as const

export type FailedReason = (typeof failedReasons)[number]
export type IndeterminateReason = (typeof indeterminateReasons)[number]
export type DocumentReason = (typeof documentReasons)[number]
export type FileError = (typeof fileErrors)[number]
export type SignatureWarning = (typeof signatureWarnings)[number]
export type DocumentWarning = (typeof documentWarnings)[number]
export type ByteRangeProblem = (typeof byteRangeProblems)[number]
