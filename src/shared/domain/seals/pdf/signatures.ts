/**
 * Signature fields (签名域, /FT /Sig), their widgets and signature dictionaries (/V), the
 * document security store (/DSS) — read as of a given revision.
 */
import type { ObjectLocation, PdfDocument } from './document'
import { decodeStream } from './filters'
import { type PageEntry, findWidgetPage, readRect } from './pages'
import {
  type PdfArray,
  type PdfDict,
  type PdfObject,
  type PdfString,
  isArray,
  isDict,
  isName,
  isRef,
  isStream,
  isString
} from './objects'
import { decodeTextString, parsePdfDate } from './text'

export interface SignatureWidget {
  num: number | undefined
  /** 0-based page index. */
  page: number | undefined
  rect: [number, number, number, number] | undefined
}

export interface SignatureDictionary {
  /** Object number of the signature dictionary; undefined when written inline in the field. */
  num: number | undefined
  objectLocation: ObjectLocation | undefined
  /** /Type: 'Sig' or 'DocTimeStamp' (文档时间戳). */
  type: string | undefined
  filter: string | undefined
  subFilter: string | undefined
  /** /ByteRange as written; non-numbers become NaN so the checks can reject them. */
  byteRange: number[] | undefined
  contents: PdfString | undefined
  /** /M as ISO 8601 (the signer's own claim) and as written. */
  claimedTime: string | undefined
  claimedTimeRaw: string | undefined
  reason: string | undefined
  /** /Location, where the signer says they signed. */
  location: string | undefined
  name: string | undefined
  contactInfo: string | undefined
  /** DocMDP permission (1 no changes, 2 form filling + signing, 3 + annotations) of a 认证签名. */
  docMdpPermission: 1 | 2 | 3 | undefined
}

export interface SignatureField {
  /** Fully qualified field name (parent names joined by '.'). */
  name: string
  num: number | undefined
  widget: SignatureWidget | undefined
  signature: SignatureDictionary | undefined
}

const MAX_FIELDS = 100_000
const MAX_FIELD_DEPTH = 32

function text(value: PdfObject | undefined): string | undefined {
  if (isString(value)) return decodeTextString(value.bytes)
  if (isName(value)) return value.value
  return undefined
}

export function listSignatureFields(
  document: PdfDocument,
  revision: number,
  pages: readonly PageEntry[]
): SignatureField[] {
  const acroForm = document.dict(document.catalog(revision)?.entries.get('AcroForm'), revision)
  const fields = document.get(acroForm, 'Fields', revision)
  if (!isArray(fields)) return []
  const result: SignatureField[] = []
  const visited = new Set<number>()
  // The child fields of each /Kids array, found once: many fields may share one huge array.
  const childFieldsOf = new Map<PdfArray, PdfObject[]>()
  let seen = 0
  const walk = (
    node: PdfObject,
    parentName: string,
    inheritedType: string | undefined,
    depth: number
  ) => {
    if (++seen > MAX_FIELDS || depth > MAX_FIELD_DEPTH) return
    if (isRef(node)) {
      if (visited.has(node.num)) return
      visited.add(node.num)
    }
    const field = document.dict(node, revision)
    if (!field) return
    const partial = text(document.get(field, 'T', revision))
    const name =
      partial === undefined ? parentName : parentName ? `${parentName}.${partial}` : partial
    const fieldType = text(field.entries.get('FT')) ?? inheritedType
    const kids = document.get(field, 'Kids', revision)
    let childFields: PdfObject[] = []
    if (isArray(kids)) {
      childFields =
        childFieldsOf.get(kids) ??
        kids.items.filter((kid) => document.dict(kid, revision)?.entries.has('T'))
      childFieldsOf.set(kids, childFields)
    }
    if (childFields.length > 0) {
      for (const kid of childFields) walk(kid, name, fieldType, depth + 1)
      return
    }
    if (fieldType !== 'Sig') return
    const widgetNode = isArray(kids) && kids.items.length > 0 ? kids.items[0]! : node
    const widgetDict = document.dict(widgetNode, revision) ?? field
    const widgetNum = isRef(widgetNode) ? widgetNode.num : undefined
    const value = field.entries.get('V')
    result.push({
      name,
      num: isRef(node) ? node.num : undefined,
      widget: {
        num: widgetNum,
        page: findWidgetPage(document, revision, pages, widgetNum, widgetDict),
        rect: readRect(document.get(widgetDict, 'Rect', revision))
      },
      // A /V that cannot be read is a broken signature, never an unsigned field.
      signature:
        value === undefined || value === null
          ? undefined
          : (readSignatureDictionary(document, revision, value) ?? unreadableSignature(value))
    })
  }
  for (const item of fields.items) walk(item, '', undefined, 0)
  return result
}

function unreadableSignature(value: PdfObject): SignatureDictionary {
  return {
    num: isRef(value) ? value.num : undefined,
    objectLocation: undefined,
    type: undefined,
    filter: undefined,
    subFilter: undefined,
    byteRange: undefined,
    contents: undefined,
    claimedTime: undefined,
    claimedTimeRaw: undefined,
    reason: undefined,
    location: undefined,
    name: undefined,
    contactInfo: undefined,
    docMdpPermission: undefined
  }
}

/** The signature dictionary `value` (a reference or an inline dictionary) as of `revision`. */
export function readSignatureDictionary(
  document: PdfDocument,
  revision: number,
  value: PdfObject
): SignatureDictionary | undefined {
  const resolved = isRef(value) ? document.object(value.num, revision) : undefined
  const dict = resolved
    ? isDict(resolved.value)
      ? resolved.value
      : undefined
    : isDict(value)
      ? value
      : undefined
  if (!dict) return undefined
  const byteRangeValue = document.get(dict, 'ByteRange', revision)
  const contents = dict.entries.get('Contents')
  const claimedTimeRaw = text(document.get(dict, 'M', revision))
  return {
    num: isRef(value) ? value.num : undefined,
    objectLocation: resolved?.location,
    type: text(dict.entries.get('Type')),
    filter: text(dict.entries.get('Filter')),
    subFilter: text(dict.entries.get('SubFilter')),
    byteRange: isArray(byteRangeValue)
      ? byteRangeValue.items.map((item) => (typeof item === 'number' ? item : Number.NaN))
      : undefined,
    // /Contents must be direct: an indirect string cannot be the ByteRange hole.
    contents: isString(contents) ? contents : undefined,
    claimedTime: claimedTimeRaw === undefined ? undefined : parsePdfDate(claimedTimeRaw),
    claimedTimeRaw,
    reason: text(document.get(dict, 'Reason', revision)),
    location: text(document.get(dict, 'Location', revision)),
    name: text(document.get(dict, 'Name', revision)),
    contactInfo: text(document.get(dict, 'ContactInfo', revision)),
    docMdpPermission: readDocMdpPermission(document, revision, dict)
  }
}

function readDocMdpPermission(
  document: PdfDocument,
  revision: number,
  dict: PdfDict
): 1 | 2 | 3 | undefined {
  const references = document.get(dict, 'Reference', revision)
  if (!isArray(references)) return undefined
  for (const item of references.items) {
    const reference = document.dict(item, revision)
    if (!isName(reference?.entries.get('TransformMethod'), 'DocMDP')) continue
    const params = document.dict(reference?.entries.get('TransformParams'), revision)
    const permission = document.get(params, 'P', revision)
    return permission === 1 || permission === 3 ? permission : 2
  }
  return undefined
}

/** Validation material in the document security store (/DSS, PAdES LTV). */
export interface DocumentSecurityStore {
  certificates: Uint8Array[]
  crls: Uint8Array[]
  ocspResponses: Uint8Array[]
}

export function readDss(document: PdfDocument, revision: number): DocumentSecurityStore {
  const dss = document.dict(document.catalog(revision)?.entries.get('DSS'), revision)
  const streams = (key: string): Uint8Array[] => {
    const array = document.get(dss, key, revision)
    if (!isArray(array)) return []
    return array.items.flatMap((item) => {
      const stream = document.resolve(item, revision)
      if (!isStream(stream)) return []
      const decoded = decodeStream(stream, { budget: document.budget })
      return decoded.ok ? [decoded.data] : []
    })
  }
  return { certificates: streams('Certs'), crls: streams('CRLs'), ocspResponses: streams('OCSPs') }
}
