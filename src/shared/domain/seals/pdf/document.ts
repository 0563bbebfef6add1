/**
 * A PDF as a sequence of revisions (版本: the original and each incremental update) with object
 * resolution "as of" any revision, which is what both the ByteRange checks and the
 * changes-since-signing analysis need.
 */
import { Budget } from './budget'
import { decodeStream } from './filters'
import { Lexer } from './lexer'
import {
  type IndirectObject,
  type PdfDict,
  type PdfObject,
  type PdfRef,
  ObjectParser,
  PdfSyntaxError,
  isDict,
  isRef,
  isStream,
  parseIndirectObject
} from './objects'
import { discoverRevisions } from './revisions'
import { type XrefEntry, scanObjectDefinitions } from './xref'

export type PdfErrorCode = 'PDF_NOT_PDF' | 'PDF_TRUNCATED' | 'PDF_ENCRYPTED' | 'PDF_MALFORMED'

export interface PdfOpenError {
  code: PdfErrorCode
  /** What went wrong, for the user (zh-CN). */
  message: string
}

export interface Revision {
  index: number
  /** The revision's byte length: just past its `%%EOF` and the end-of-line after it. */
  end: number
  /** Just past `%%EOF`, without the end-of-line; a ByteRange may stop here or at `end`. */
  eofEnd: number
  xrefKind: 'table' | 'stream' | 'reconstructed'
  trailer: PdfDict
  /** The objects this revision defines, replaces or frees. */
  entries: Map<number, XrefEntry>
}

/** Where an object's definition lives: in the file itself, or inside an object stream. */
export type ObjectLocation =
  { kind: 'file'; start: number; end: number } | { kind: 'object-stream'; streamNum: number }

export interface ResolvedObject {
  num: number
  value: PdfObject
  location: ObjectLocation
  /** The revision whose xref entry this definition came from. */
  revision: number
}

export class PdfDocument {
  private readonly objectCache = new Map<string, ResolvedObject | null>()
  private readonly objectStreamCache = new Map<
    string,
    { data: Uint8Array; offsets: Map<number, number> } | null
  >()
  private scanIndex: Map<number, number[]> | undefined

  constructor(
    readonly bytes: Uint8Array,
    readonly revisions: readonly Revision[],
    readonly budget: Budget,
    /** Non-fatal findings while reading the structure (stable codes). */
    readonly warnings: string[]
  ) {}

  get lastRevision(): number {
    return this.revisions.length - 1
  }

  /** The xref entry for `num` as of `revision`, and the revision that wrote it. */
  entryAt(num: number, revision: number): { entry: XrefEntry; revision: number } | undefined {
    for (let k = Math.min(revision, this.lastRevision); k >= 0; k--) {
      const entry = this.revisions[k]!.entries.get(num)
      if (entry) return { entry, revision: k }
    }
    return undefined
  }

  /** The object numbered `num` as the document stood at `revision`; undefined when absent. */
  object(num: number, revision: number): ResolvedObject | undefined {
    this.budget.check()
    const found = this.entryAt(num, revision)
    if (!found || found.entry.type === 'free') return undefined
    const { entry } = found
    const key =
      entry.type === 'offset'
        ? `o${entry.offset}`
        : `c${entry.streamNum}:${entry.index}@${revision}`
    const cached = this.objectCache.get(key)
    if (cached !== undefined) return cached ?? undefined
    let resolved: ResolvedObject | undefined
    try {
      resolved =
        entry.type === 'offset'
          ? this.parseAt(num, entry.offset, found.revision)
          : this.parseCompressed(num, entry.streamNum, revision, found.revision)
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error
      resolved = undefined
    }
    resolved ??= entry.type === 'offset' ? this.parseFromScan(num, found.revision) : undefined
    this.objectCache.set(key, resolved ?? null)
    return resolved
  }

  /** Follows a reference (and only one level: values are never references to references). */
  resolve(value: PdfObject | undefined, revision: number): PdfObject | undefined {
    if (!isRef(value)) return value
    return this.object(value.num, revision)?.value
  }

  dict(value: PdfObject | undefined, revision: number): PdfDict | undefined {
    const resolved = this.resolve(value, revision)
    if (isDict(resolved)) return resolved
    return isStream(resolved) ? resolved.dict : undefined
  }

  /** A value from a dictionary, resolved. */
  get(dict: PdfDict | undefined, key: string, revision: number): PdfObject | undefined {
    return this.resolve(dict?.entries.get(key), revision)
  }

  catalog(revision: number): PdfDict | undefined {
    return this.dict(this.revisions[revision]?.trailer.entries.get('Root'), revision)
  }

  private lengthResolver(revision: number) {
    return (ref: PdfRef): number | undefined => {
      const value = this.object(ref.num, revision)?.value
      return typeof value === 'number' ? value : undefined
    }
  }

  private parseAt(num: number, offset: number, revision: number): ResolvedObject | undefined {
    const object = parseIndirectObject(this.bytes, offset, this.lengthResolver(revision))
    if (object.num !== num) return undefined
    return this.fromFile(object, revision)
  }

  private fromFile(object: IndirectObject, revision: number): ResolvedObject {
    return {
      num: object.num,
      value: object.value,
      location: { kind: 'file', start: object.start, end: object.end },
      revision
    }
  }

  /** A wrong xref offset is common: use the last definition of `num` up to the revision. */
  private parseFromScan(num: number, revision: number): ResolvedObject | undefined {
    if (!this.scanIndex) {
      this.scanIndex = new Map()
      for (const found of scanObjectDefinitions(this.bytes, 0, this.bytes.length)) {
        const list = this.scanIndex.get(found.num) ?? []
        list.push(found.offset)
        this.scanIndex.set(found.num, list)
      }
    }
    const end = this.revisions[revision]?.end ?? this.bytes.length
    const candidates = (this.scanIndex.get(num) ?? []).filter((offset) => offset < end)
    for (const offset of candidates.reverse()) {
      try {
        const object = parseIndirectObject(this.bytes, offset, this.lengthResolver(revision))
        if (object.num === num) return this.fromFile(object, revision)
      } catch (error) {
        if (!(error instanceof PdfSyntaxError)) throw error
      }
    }
    return undefined
  }

  /** Members are found by number: writers disagree about the xref's index field. */
  private parseCompressed(
    num: number,
    streamNum: number,
    asOf: number,
    revision: number
  ): ResolvedObject | undefined {
    const container = this.object(streamNum, asOf)
    if (!container || !isStream(container.value)) return undefined
    const key =
      container.location.kind === 'file' ? `${container.location.start}` : `${streamNum}@${asOf}`
    let table = this.objectStreamCache.get(key)
    if (table === undefined) {
      table = readObjectStream(container.value.dict, decodeStream(container.value))
      this.objectStreamCache.set(key, table)
    }
    const offset = table?.offsets.get(num)
    if (!table || offset === undefined) return undefined
    const value = new ObjectParser(new Lexer(table.data, offset)).parse()
    return { num, value, location: { kind: 'object-stream', streamNum }, revision }
  }
}

function readObjectStream(
  dict: PdfDict,
  decoded: ReturnType<typeof decodeStream>
): { data: Uint8Array; offsets: Map<number, number> } | null {
  if (!decoded.ok) return null
  const count = dict.entries.get('N')
  const first = dict.entries.get('First')
  if (typeof count !== 'number' || typeof first !== 'number') return null
  const lexer = new Lexer(decoded.data, 0, Math.min(first, decoded.data.length))
  const offsets = new Map<number, number>()
  for (let i = 0; i < count; i++) {
    const num = lexer.next()
    const offset = lexer.next()
    if (num.kind !== 'number' || offset.kind !== 'number') break
    if (!offsets.has(num.value)) offsets.set(num.value, first + offset.value)
  }
  return { data: decoded.data, offsets }
}

export type OpenResult = { ok: true; document: PdfDocument } | { ok: false; error: PdfOpenError }

/** Reads the revision structure of `bytes`; never throws on bad input except BudgetExceeded. */
export function openPdf(bytes: Uint8Array, budget: Budget = Budget.unlimited()): OpenResult {
  const discovered = discoverRevisions(bytes, budget)
  if (!discovered.ok) return discovered
  const document = new PdfDocument(bytes, discovered.revisions, budget, discovered.warnings)
  if (discovered.revisions.some((revision) => revision.trailer.entries.has('Encrypt'))) {
    return {
      ok: false,
      error: { code: 'PDF_ENCRYPTED', message: '文件已加密（/Encrypt），无法离线核验签章' }
    }
  }
  if (!document.catalog(document.lastRevision)) {
    return {
      ok: false,
      error: { code: 'PDF_MALFORMED', message: '找不到文档目录（/Root），文件结构已损坏' }
    }
  }
  return { ok: true, document }
}
