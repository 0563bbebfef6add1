/**
 * A PDF as a sequence of revisions (版本: the original and each incremental update) with object
 * resolution "as of" any revision, which is what both the ByteRange checks and the
 * changes-since-signing analysis need.
 */
import type { MessageParam } from '../../../i18n/message'
import type { DocumentWarning } from '../codes'
import { Budget } from './budget'
import {
  type Decryption,
  type EncryptionErrorCode,
  type EncryptionInfo,
  openEncryption
} from './encryption'
import { decodeStream } from './filters'
import { type ByteSearch, Lexer } from './lexer'
import {
  type IndirectObject,
  type PdfDict,
  type PdfObject,
  type PdfRef,
  ObjectParser,
  PdfSyntaxError,
  isArray,
  isDict,
  isRef,
  isStream,
  isString,
  parseIndirectObject
} from './objects'
import { discoverRevisions } from './revisions'
import { type XrefEntry, scanObjectDefinitions } from './xref'

export type PdfErrorCode =
  | 'seals.error.notPdf'
  | 'seals.error.truncated'
  | 'seals.error.tooManyRevisions'
  | 'seals.error.xrefBroken'
  | 'seals.error.noCatalog'
  | EncryptionErrorCode

/** Why a file does not open: a code of the seals catalog and its parameters. */
export interface PdfOpenError {
  code: PdfErrorCode
  params?: Record<string, MessageParam>
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
}

/** Nested object streams (a container inside a container) deeper than this are not followed. */
const MAX_CONTAINER_DEPTH = 4
/** Decoded object streams kept at once; past it the least recently used are dropped. */
const OBJECT_STREAM_CACHE_BYTES = 64 * 1024 * 1024

export class PdfDocument {
  /** Parsed objects by definition key: one parse per definition, whatever revision asks. */
  private readonly objectCache = new Map<string, ResolvedObject | null>()
  /** Definition keys of streams whose /Length is indirect, with the length object's number. */
  private readonly lengthDependent = new Map<string, number>()
  private readonly objectStreams = new ObjectStreamCache(OBJECT_STREAM_CACHE_BYTES)
  private readonly resolving = new Set<string>()
  private scanIndex: DefinitionIndex | undefined

  constructor(
    readonly bytes: Uint8Array,
    readonly revisions: readonly Revision[],
    readonly budget: Budget,
    /** Non-fatal findings while reading the structure (stable codes). */
    readonly warnings: DocumentWarning[],
    /** How objects read from an encrypted file are decrypted. */
    private readonly decryption?: Decryption
  ) {}

  /** How the file is encrypted and which password opened it; undefined when it is not. */
  get encryption(): EncryptionInfo | undefined {
    return this.decryption?.info
  }

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

  /**
   * Where `num` is defined as of `revision`, as a string: two revisions with the same key read
   * the same bytes the same way. A compressed object's key includes its container's, so that
   * redefining an object stream changes every object inside it. '' when the object is absent.
   */
  definitionKey(num: number, revision: number, depth = 0): string {
    const found = this.entryAt(num, revision)
    if (!found || found.entry.type === 'free') return ''
    const { entry } = found
    if (entry.type === 'offset') return `o${entry.offset}`
    if (depth >= MAX_CONTAINER_DEPTH) return `c${num}<?`
    return `c${num}<${this.definitionKey(entry.streamNum, revision, depth + 1)}`
  }

  /** The object numbered `num` as the document stood at `revision`; undefined when absent. */
  object(num: number, revision: number): ResolvedObject | undefined {
    this.budget.check()
    const found = this.entryAt(num, revision)
    if (!found || found.entry.type === 'free') return undefined
    const { entry } = found
    const base = this.definitionKey(num, revision)
    const lengthNum = this.lengthDependent.get(base)
    // A stream's indirect /Length may be redefined later: the same bytes then read differently.
    const key =
      lengthNum === undefined ? base : `${base}|${this.definitionKey(lengthNum, revision)}`
    let resolved = this.objectCache.get(key)
    if (resolved === undefined) {
      // An object stream that contains itself (or a longer cycle) resolves to nothing.
      if (this.resolving.has(key)) return undefined
      this.resolving.add(key)
      try {
        resolved = this.parseDefinition(num, entry, revision) ?? null
      } finally {
        this.resolving.delete(key)
      }
      const length = isStream(resolved?.value)
        ? resolved.value.dict.entries.get('Length')
        : undefined
      this.objectCache.set(
        lengthNum === undefined && isRef(length)
          ? this.lengthDependentKey(base, length.num, revision)
          : key,
        resolved
      )
    }
    if (resolved !== null || entry.type !== 'offset') return resolved ?? undefined
    // A wrong xref offset is common: readers then use the object's last definition before.
    const fallbackKey = `${key}#${found.revision}`
    let fallback = this.objectCache.get(fallbackKey)
    if (fallback === undefined) {
      fallback = this.parseFromScan(num, found.revision) ?? null
      this.objectCache.set(fallbackKey, fallback)
    }
    return fallback ?? undefined
  }

  private lengthDependentKey(base: string, lengthNum: number, revision: number): string {
    this.lengthDependent.set(base, lengthNum)
    return `${base}|${this.definitionKey(lengthNum, revision)}`
  }

  private parseDefinition(
    num: number,
    entry: Exclude<XrefEntry, { type: 'free' }>,
    revision: number
  ): ResolvedObject | undefined {
    try {
      return entry.type === 'offset'
        ? this.parseAt(num, entry.offset, revision)
        : this.parseCompressed(num, entry.streamNum, revision)
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error
      return undefined
    }
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
    return fromFile(object, this.decryption)
  }

  /** A wrong xref offset is common: use the last definition of `num` up to the revision. */
  private parseFromScan(num: number, revision: number): ResolvedObject | undefined {
    this.scanIndex ??= DefinitionIndex.scan(this.bytes, this.budget)
    const end = this.revisions[revision]?.end ?? this.bytes.length
    for (const offset of this.scanIndex.offsetsOf(num, end)) {
      try {
        const object = parseIndirectObject(this.bytes, offset, this.lengthResolver(revision))
        if (object.num === num) return fromFile(object, this.decryption)
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
    revision: number
  ): ResolvedObject | undefined {
    const container = this.object(streamNum, revision)
    if (!container || !isStream(container.value)) return undefined
    const key = this.definitionKey(streamNum, revision)
    let table = this.objectStreams.get(key)
    if (table === undefined) {
      table = readObjectStream(
        container.value.dict,
        decodeStream(container.value, { budget: this.budget }),
        this.budget
      )
      this.objectStreams.set(key, table)
    }
    const offset = table?.offsets.get(num)
    if (!table || offset === undefined) return undefined
    const value = new ObjectParser(new Lexer(table.data, offset)).parse()
    return { num, value, location: { kind: 'object-stream', streamNum } }
  }
}

/** Objects inside object streams are not decrypted: their container stream was. */
function fromFile(object: IndirectObject, decryption: Decryption | undefined): ResolvedObject {
  return {
    num: object.num,
    value: decryption ? decryption.decryptObject(object) : object.value,
    location: { kind: 'file', start: object.start, end: object.end }
  }
}

/**
 * Every `n g obj` in the file, for the objects whose xref offset is wrong: number and offset
 * pairs in typed arrays sorted by number (a Map of arrays took gigabytes for millions of
 * definitions). Each definition draws on the budget's entries, like an xref entry.
 */
class DefinitionIndex {
  private constructor(
    private readonly nums: Float64Array,
    private readonly offsets: Float64Array
  ) {}

  static scan(bytes: Uint8Array, budget: Budget): DefinitionIndex {
    let nums: Float64Array = new Float64Array(1024)
    let offsets: Float64Array = new Float64Array(1024)
    let count = 0
    for (const found of scanObjectDefinitions(bytes, 0, bytes.length)) {
      budget.spendEntries(1)
      if (count === nums.length) {
        nums = grow(nums)
        offsets = grow(offsets)
      }
      nums[count] = found.num
      offsets[count++] = found.offset
    }
    const order = Uint32Array.from({ length: count }, (_, i) => i).sort(
      (a, b) => nums[a]! - nums[b]! || offsets[a]! - offsets[b]!
    )
    return new DefinitionIndex(
      Float64Array.from(order, (i) => nums[i]!),
      Float64Array.from(order, (i) => offsets[i]!)
    )
  }

  /** Offsets of `num`'s definitions before `end`, the last first (later definitions win). */
  offsetsOf(num: number, end: number): number[] {
    let low = 0
    let high = this.nums.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.nums[middle]! < num) low = middle + 1
      else high = middle
    }
    const found: number[] = []
    for (let i = low; i < this.nums.length && this.nums[i] === num; i++) {
      if (this.offsets[i]! < end) found.unshift(this.offsets[i]!)
    }
    return found
  }
}

function grow(array: Float64Array): Float64Array {
  const larger = new Float64Array(array.length * 2)
  larger.set(array)
  return larger
}

interface ObjectStreamTable {
  data: Uint8Array
  offsets: Map<number, number>
}

/**
 * Decoded object streams, least recently used first out once their bytes pass a bound: a file
 * of many small streams that each inflate to megabytes must not keep them all.
 */
class ObjectStreamCache {
  private readonly tables = new Map<string, ObjectStreamTable | null>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  get(key: string): ObjectStreamTable | null | undefined {
    const table = this.tables.get(key)
    if (table !== undefined) {
      this.tables.delete(key)
      this.tables.set(key, table)
    }
    return table
  }

  set(key: string, table: ObjectStreamTable | null): void {
    this.tables.set(key, table)
    this.bytes += table?.data.length ?? 0
    for (const [oldest, value] of this.tables) {
      if (this.bytes <= this.maxBytes || oldest === key) break
      this.tables.delete(oldest)
      this.bytes -= value?.data.length ?? 0
    }
  }
}

/** Each member named in the header is an object the file asks us to hold: it draws on the budget. */
function readObjectStream(
  dict: PdfDict,
  decoded: ReturnType<typeof decodeStream>,
  budget: Budget
): ObjectStreamTable | null {
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
    budget.spendEntries(1)
    if (!offsets.has(num.value)) offsets.set(num.value, first + offset.value)
  }
  return { data: decoded.data, offsets }
}

export type OpenResult = { ok: true; document: PdfDocument } | { ok: false; error: PdfOpenError }

export interface OpenOptions {
  /** For an encrypted file the empty user password does not open: tried as user, then owner. */
  password?: string
  /** A native byte search for the whole-file scan (Node's Buffer search in main and the CLI). */
  search?: ByteSearch
}

/** Reads the revision structure of `bytes`; never throws on bad input except BudgetExceeded. */
export function openPdf(
  bytes: Uint8Array,
  budget: Budget = Budget.unlimited(),
  options: OpenOptions = {}
): OpenResult {
  const discovered = discoverRevisions(bytes, budget, options.search)
  if (!discovered.ok) return discovered
  let document = new PdfDocument(bytes, discovered.revisions, budget, discovered.warnings)
  // Updates repeat /Encrypt and /ID; the newest trailer that has them is what readers use.
  const trailer = discovered.revisions.findLast((revision) =>
    revision.trailer.entries.has('Encrypt')
  )?.trailer
  if (trailer) {
    const encrypt = trailer.entries.get('Encrypt')
    const id = trailer.entries.get('ID')
    const firstId = isArray(id) ? id.items[0] : undefined
    const last = document.lastRevision
    const plain = document
    const opened = openEncryption({
      dictionary: plain.dict(encrypt, last),
      objectNum: isRef(encrypt) ? encrypt.num : undefined,
      id: isString(firstId) ? firstId.bytes : undefined,
      resolve: (value) => plain.resolve(value, last),
      password: options.password
    })
    if (!opened.ok) return opened
    document = new PdfDocument(
      bytes,
      discovered.revisions,
      budget,
      discovered.warnings,
      opened.decryption
    )
  }
  if (!document.catalog(document.lastRevision)) {
    return {
      ok: false,
      error: { code: 'seals.error.noCatalog' }
    }
  }
  return { ok: true, document }
}
