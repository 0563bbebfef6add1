/**
 * Everything the PDF side knows about a file's signatures before any cryptography: revisions,
 * signature fields (including ones a later update removed), ByteRange checks and coverage, and
 * the changes made after each signature.
 */
import type { SignatureWarning } from '../codes'
import { Budget } from './budget'
import { type ByteRangeAnalysis, analyzeByteRange } from './byte-range'
import { type OpenOptions, type OpenResult, type PdfDocument, openPdf } from './document'
import {
  type DocumentChange,
  type ModificationLevel,
  type RevisionAnalysis,
  analyzeRevision,
  maxLevel
} from './modifications'
import { countStampAnnotations, listPages } from './pages'
import {
  type DocumentSecurityStore,
  type SignatureField,
  listSignatureFields,
  readDss,
  readSignatureDictionary
} from './signatures'

export interface InspectedSignature {
  field: SignatureField & { signature: NonNullable<SignatureField['signature']> }
  presentInLatestRevision: boolean
  byteRange: ByteRangeAnalysis
  /** Worst change after the signed revision; null when there is no signed revision to compare. */
  modificationLevel: ModificationLevel | null
  changes: DocumentChange[]
  /** Codes of the seals catalog, e.g. 'seals.warning.signatureDictionaryRewritten'. */
  warnings: SignatureWarning[]
}

export interface PdfInspection {
  document: PdfDocument
  signatures: InspectedSignature[]
  unsignedFields: SignatureField[]
  stampAnnotations: number
  dss: DocumentSecurityStore
}

export type InspectionResult =
  { ok: true; inspection: PdfInspection } | Exclude<OpenResult, { ok: true }>

type SignedField = InspectedSignature['field']

interface CollectedSignature {
  field: SignedField
  latest: boolean
  /** Other fields whose /V is the same signature dictionary. */
  sharedWith: number
}

function collectSignedFields(document: PdfDocument): {
  signed: CollectedSignature[]
  unsigned: SignatureField[]
} {
  const last = document.lastRevision
  const latestFields = listSignatureFields(document, last, listPages(document, last))
  const signed: CollectedSignature[] = []
  const seen = new Map<string, CollectedSignature>()
  const keyOf = (field: SignedField) =>
    field.signature.num !== undefined
      ? `#${field.signature.num}`
      : `${field.name}@${field.signature.contents?.start}`
  // One signature dictionary shared by several fields is one signature, listed once under the
  // first field; the report says others share it (one of them may be the real one).
  for (const field of latestFields) {
    if (!field.signature) continue
    const withSignature = field as SignedField
    const key = keyOf(withSignature)
    const known = seen.get(key)
    if (known) {
      known.sharedWith++
      continue
    }
    const collected = { field: withSignature, latest: true, sharedWith: 0 }
    seen.set(key, collected)
    signed.push(collected)
  }
  // A signature whose field a later update removed still speaks about the document.
  for (let revision = last - 1; revision >= 0; revision--) {
    for (const field of listSignatureFields(document, revision, [])) {
      if (!field.signature) continue
      const withSignature = field as SignedField
      const key = keyOf(withSignature)
      if (seen.has(key)) continue
      const collected = { field: withSignature, latest: false, sharedWith: 0 }
      seen.set(key, collected)
      signed.push(collected)
    }
  }
  return { signed, unsigned: latestFields.filter((field) => !field.signature) }
}

export function inspectPdf(
  bytes: Uint8Array,
  budget: Budget = Budget.unlimited(),
  options: OpenOptions = {}
): InspectionResult {
  const opened = openPdf(bytes, budget, options)
  if (!opened.ok) return opened
  const document = opened.document
  const { signed, unsigned } = collectSignedFields(document)
  const analyses = new Map<number, RevisionAnalysis>()
  const analysisOf = (revision: number): RevisionAnalysis => {
    let analysis = analyses.get(revision)
    if (!analysis) {
      analysis = analyzeRevision(document, revision)
      analyses.set(revision, analysis)
    }
    return analysis
  }
  const analyze = (dictionary: SignedField['signature']) =>
    analyzeByteRange(
      bytes.length,
      dictionary,
      document.revisions,
      (revision) =>
        dictionary.num === undefined || document.object(dictionary.num, revision) !== undefined,
      bytes
    )
  const signatures = signed.map(
    ({ field: latestField, latest, sharedWith }): InspectedSignature => {
      let field = latestField
      let byteRange = analyze(field.signature)
      const warnings: SignatureWarning[] =
        sharedWith > 0 ? ['seals.warning.signatureSharedByFields'] : []
      const num = field.signature.num
      // A dictionary rewritten after signing no longer frames its own /Contents: verify the one
      // that was signed; the rewrite shows up among the changes after signing.
      for (
        let revision = document.lastRevision - 1;
        byteRange.problems.includes('seals.byteRange.holeNotContents') &&
        num !== undefined &&
        revision >= 0;
        revision--
      ) {
        const earlier = readSignatureDictionary(document, revision, { kind: 'ref', num, gen: 0 })
        if (!earlier) break
        const candidate = analyze(earlier)
        if (candidate.problems.includes('seals.byteRange.holeNotContents')) continue
        field = { ...field, signature: earlier }
        byteRange = candidate
        warnings.push('seals.warning.signatureDictionaryRewritten')
      }
      if (byteRange.delimitersSigned) warnings.push('seals.warning.byteRangeExcludesOnlyHexDigits')
      const signedRevision = byteRange.signedRevision
      if (signedRevision === undefined) {
        return {
          field,
          presentInLatestRevision: latest,
          byteRange,
          modificationLevel: null,
          changes: [],
          warnings
        }
      }
      let level: ModificationLevel = 'none'
      const changes: DocumentChange[] = []
      for (let revision = signedRevision + 1; revision <= document.lastRevision; revision++) {
        const analysis = analysisOf(revision)
        level = maxLevel(level, analysis.level)
        changes.push(...analysis.changes)
      }
      return {
        field,
        presentInLatestRevision: latest,
        byteRange,
        modificationLevel: level,
        changes,
        warnings
      }
    }
  )
  // Oldest signature first, as signature panels list them.
  signatures.sort(
    (a, b) =>
      (a.byteRange.signedEnd ?? Number.MAX_SAFE_INTEGER) -
      (b.byteRange.signedEnd ?? Number.MAX_SAFE_INTEGER)
  )
  const lastPages = signatures.length === 0 ? listPages(document, document.lastRevision) : []
  return {
    ok: true,
    inspection: {
      document,
      signatures,
      unsignedFields: unsigned,
      stampAnnotations:
        signatures.length === 0
          ? countStampAnnotations(document, document.lastRevision, lastPages)
          : 0,
      dss: readDss(document, document.lastRevision)
    }
  }
}
