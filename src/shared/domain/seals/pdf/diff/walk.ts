/**
 * The paired walk (对照遍历): both revisions are walked together from their trailers, each
 * reference resolved in its own revision, so what is compared is what a reader of each
 * revision sees — whatever object numbers, object streams, freed entries or /Type labels an
 * update uses. Where the two differ, a Diff records the role of the container, the key and both
 * values; the judges decide what each difference means.
 *
 * Equal objects under other numbers (a tool that re-serialises the page tree) walk in step and
 * produce no difference; a stream compressed differently compares by its decoded bytes.
 */
import { BudgetExceeded } from '../budget'
import type { PdfDocument } from '../document'
import { decodeStream } from '../filters'
import {
  type PdfArray,
  type PdfDict,
  type PdfObject,
  type PdfStream,
  bytesEqual,
  isArray,
  isDict,
  isRef,
  isStream,
  pdfEquals
} from '../objects'
import type { RevisionFacts } from './facts'
import { JUDGED_WHEN_ADDED, type Role, roleKey, stepInto } from './roles'

export interface Diff {
  /** The role of the dictionary, array or stream the difference is in. */
  role: Role
  /** The dictionary key, 'data' for stream bytes, or '[]' for an array item. */
  key: string
  change: 'added' | 'removed' | 'changed'
  before: PdfObject | undefined
  after: PdfObject | undefined
  /** Object numbers of an array item that was added or removed. */
  itemBefore?: number
  itemAfter?: number
}

interface Item {
  before: PdfObject | undefined
  after: PdfObject | undefined
  role: Role
  foreign: boolean
}

/** Distinct roles one object is compared under before further ones count as "shared". */
const MAX_ROLES_PER_OBJECT = 32
/**
 * Differences one update may make. Past this the file is refused as too complex (无法确定):
 * judging only what was kept would let a flood of allowed changes hide a forbidden one.
 */
const MAX_DIFFS = 20_000
/** Stream keys that describe the encoding, not the content, when decoded bytes are equal. */
const ENCODING_KEYS: ReadonlySet<string> = new Set(['Length', 'Filter', 'DecodeParms', 'DL'])
const NO_KEYS: ReadonlySet<string> = new Set()

const EMPTY_DICT: PdfDict = { kind: 'dict', entries: new Map() }
const EMPTY_ARRAY: PdfArray = { kind: 'array', items: [] }

type Shape = 'none' | 'scalar' | 'array' | 'dict' | 'stream'

function shapeOf(value: PdfObject | undefined): Shape {
  if (value === undefined || value === null) return 'none'
  if (typeof value !== 'object') return 'scalar'
  switch (value.kind) {
    case 'array':
      return 'array'
    case 'dict':
      return 'dict'
    case 'stream':
      return 'stream'
    default:
      return 'scalar'
  }
}

export class PairedWalk {
  readonly diffs: Diff[] = []
  private readonly visits = new Set<string>()
  private readonly rolesPerObject = new Map<string, number>()
  /** Numbers for values written in place, which have no object number of their own. */
  private readonly directIds = new Map<PdfObject | undefined, number>()
  private readonly pending: Item[] = []
  private readonly foreignPending: Item[] = []

  constructor(
    private readonly document: PdfDocument,
    private readonly facts: RevisionFacts
  ) {}

  get old(): number {
    return this.facts.old
  }

  get revision(): number {
    return this.facts.revision
  }

  run(): Diff[] {
    const { revisions } = this.document
    this.pending.push({
      before: revisions[this.old]!.trailer,
      after: revisions[this.revision]!.trailer,
      role: { kind: 'trailer' },
      foreign: false
    })
    this.drain(this.pending)
    this.drain(this.foreignPending)
    return this.diffs
  }

  private drain(queue: Item[]): void {
    while (queue.length > 0) {
      this.document.budget.check()
      this.visit(queue.pop()!)
    }
  }

  private record(diff: Diff): void {
    if (this.diffs.length >= MAX_DIFFS) throw new BudgetExceeded()
    this.diffs.push(diff)
  }

  /**
   * What a visit compares, by identity: an object by its number, a value written in place by
   * itself. Two pages' own /Resources, both replaced by one shared object, are two comparisons.
   */
  private identity(value: PdfObject | undefined): string {
    if (isRef(value)) return String(value.num)
    let id = this.directIds.get(value)
    if (id === undefined) {
      id = this.directIds.size
      this.directIds.set(value, id)
    }
    return `d${id}`
  }

  private visit(item: Item): void {
    let role = item.role
    if (isRef(item.before) || isRef(item.after)) {
      const objectKey = `${this.identity(item.before)}>${this.identity(item.after)}`
      const visitKey = `${objectKey}|${roleKey(role)}`
      if (this.visits.has(visitKey)) return
      const roles = (this.rolesPerObject.get(objectKey) ?? 0) + 1
      this.rolesPerObject.set(objectKey, roles)
      // An object every field uses as its appearance is not any one field's to change.
      if (roles > MAX_ROLES_PER_OBJECT) role = { kind: 'foreign', what: 'shared' }
      const sharedKey = `${objectKey}|${roleKey(role)}`
      if (role !== item.role && this.visits.has(sharedKey)) return
      this.visits.add(visitKey)
      this.visits.add(sharedKey)
    }
    const before = this.document.resolve(item.before, this.old)
    const after = this.document.resolve(item.after, this.revision)
    this.compareContainers(before, after, role, item.foreign)
  }

  private compareContainers(
    before: PdfObject | undefined,
    after: PdfObject | undefined,
    role: Role,
    foreign: boolean
  ): void {
    if (isStream(before) && isStream(after)) {
      const encodingOnly = this.compareStreamData(before, after, role)
      this.compareDicts(
        before.dict,
        after.dict,
        role,
        foreign,
        encodingOnly ? ENCODING_KEYS : NO_KEYS
      )
    } else if (isDict(before) && isDict(after)) {
      this.compareDicts(before, after, role, foreign, NO_KEYS)
    } else if (isArray(before) && isArray(after)) {
      if (role.kind === 'annots' || role.kind === 'fields')
        this.compareItemSets(before, after, role, foreign)
      else this.compareItemLists(before, after, role, foreign)
    }
  }

  /** True when the bytes differ only in their encoding; records a difference when they differ. */
  private compareStreamData(before: PdfStream, after: PdfStream, role: Role): boolean {
    if (before === after || bytesEqual(before.data, after.data)) return false
    const budget = this.document.budget
    const decodedBefore = decodeStream(before, { budget })
    const decodedAfter = decodeStream(after, { budget })
    if (decodedBefore.ok && decodedAfter.ok && bytesEqual(decodedBefore.data, decodedAfter.data))
      return true
    this.record({ role, key: 'data', change: 'changed', before, after })
    return false
  }

  private compareDicts(
    before: PdfDict,
    after: PdfDict,
    role: Role,
    foreign: boolean,
    skip: ReadonlySet<string>
  ): void {
    const identical = before === after
    const keys = identical
      ? before.entries.keys()
      : new Set([...before.entries.keys(), ...after.entries.keys()])
    for (const key of keys) {
      if (skip.has(key)) continue
      const step = stepInto(role, key)
      if (step.kind === 'ignore') continue
      const valueBefore = before.entries.get(key)
      const valueAfter = after.entries.get(key)
      if (step.kind === 'link') {
        if (!identical && !sameIdentity(valueBefore, valueAfter))
          this.keyDiff(role, key, valueBefore, valueAfter)
        continue
      }
      if (
        role.kind === 'field' &&
        role.isSignature &&
        key === 'V' &&
        isRef(valueBefore) &&
        isRef(valueAfter) &&
        valueBefore.num !== valueAfter.num
      ) {
        // A signed field pointing at another signature dictionary is a new claim, however alike.
        this.keyDiff(role, key, valueBefore, valueAfter)
        continue
      }
      this.compareValues(valueBefore, valueAfter, role, key, step.role, foreign || step.foreign)
    }
  }

  private keyDiff(
    role: Role,
    key: string,
    before: PdfObject | undefined,
    after: PdfObject | undefined
  ): void {
    const absentBefore = before === undefined || before === null
    const absentAfter = after === undefined || after === null
    this.record({
      role,
      key,
      change: absentBefore ? 'added' : absentAfter ? 'removed' : 'changed',
      before,
      after
    })
  }

  /** Compares the values of `key` (in a container with `role`), which take `childRole`. */
  private compareValues(
    rawBefore: PdfObject | undefined,
    rawAfter: PdfObject | undefined,
    role: Role,
    key: string,
    childRole: Role,
    foreign: boolean
  ): void {
    if (foreign && this.isDestination(rawBefore, rawAfter)) {
      if (!sameIdentity(rawBefore, rawAfter)) this.keyDiff(role, key, rawBefore, rawAfter)
      return
    }
    const before = this.document.resolve(rawBefore, this.old)
    const after = this.document.resolve(rawAfter, this.revision)
    const shapeBefore = shapeOf(before)
    const shapeAfter = shapeOf(after)
    if (shapeBefore === 'none' && shapeAfter === 'none') return
    if (shapeBefore !== shapeAfter) {
      this.keyDiff(role, key, before, after)
      if (shapeBefore === 'none' && JUDGED_WHEN_ADDED.has(childRole.kind)) {
        const empty = shapeAfter === 'array' ? EMPTY_ARRAY : EMPTY_DICT
        if (shapeAfter !== 'scalar') this.compareContainers(empty, after, childRole, foreign)
      }
      return
    }
    if (shapeBefore === 'scalar') {
      if (!pdfEquals(before, after)) this.keyDiff(role, key, before, after)
      return
    }
    const item: Item = { before: rawBefore, after: rawAfter, role: childRole, foreign }
    if (isRef(rawBefore) || isRef(rawAfter)) {
      ;(foreign ? this.foreignPending : this.pending).push(item)
    } else this.compareContainers(before, after, childRole, foreign)
  }

  /** Arrays of objects by identity (annotations, fields): order does not matter, membership does. */
  private compareItemSets(before: PdfArray, after: PdfArray, role: Role, foreign: boolean): void {
    const numbersBefore = new Map<number, PdfObject>()
    const numbersAfter = new Map<number, PdfObject>()
    const directBefore: PdfObject[] = []
    const directAfter: PdfObject[] = []
    for (const item of before.items)
      if (isRef(item)) numbersBefore.set(item.num, item)
      else directBefore.push(item)
    for (const item of after.items)
      if (isRef(item)) numbersAfter.set(item.num, item)
      else directAfter.push(item)
    for (const [num, item] of numbersAfter) {
      if (numbersBefore.has(num)) {
        this.compareValues(item, item, role, '[]', this.itemRole(role, num, num), foreign)
      } else {
        this.record({
          role,
          key: '[]',
          change: 'added',
          before: undefined,
          after: this.document.resolve(item, this.revision),
          itemAfter: num
        })
      }
    }
    for (const [num, item] of numbersBefore) {
      if (numbersAfter.has(num)) continue
      this.record({
        role,
        key: '[]',
        change: 'removed',
        before: this.document.resolve(item, this.old),
        after: undefined,
        itemBefore: num
      })
    }
    const count = Math.max(directBefore.length, directAfter.length)
    for (let i = 0; i < count; i++) {
      const itemBefore = directBefore[i]
      const itemAfter = directAfter[i]
      if (itemAfter === undefined)
        this.record({ role, key: '[]', change: 'removed', before: itemBefore, after: undefined })
      else if (itemBefore === undefined)
        this.record({ role, key: '[]', change: 'added', before: undefined, after: itemAfter })
      else this.compareValues(itemBefore, itemAfter, role, '[]', this.itemRole(role), foreign)
    }
  }

  /** Arrays by position: page order, content stream order, numbers. */
  private compareItemLists(before: PdfArray, after: PdfArray, role: Role, foreign: boolean): void {
    const count = Math.max(before.items.length, after.items.length)
    for (let i = 0; i < count; i++) {
      const itemBefore = before.items[i]
      const itemAfter = after.items[i]
      const childRole = this.itemRole(
        role,
        isRef(itemBefore) ? itemBefore.num : undefined,
        isRef(itemAfter) ? itemAfter.num : undefined
      )
      this.compareValues(itemBefore, itemAfter, role, `[${i}]`, childRole, foreign)
    }
  }

  /**
   * Outside the structure (bookmarks, named destinations, the structure tree, calculation
   * order), a page or a field is pointed at, not drawn: compared by identity, while its content
   * is judged where the structure reaches it.
   */
  private isDestination(before: PdfObject | undefined, after: PdfObject | undefined): boolean {
    const beforeNum = isRef(before) ? before.num : undefined
    const afterNum = isRef(after) ? after.num : undefined
    if (beforeNum === undefined && afterNum === undefined) return false
    return (
      this.facts.isPage(beforeNum, afterNum) ||
      this.facts.fieldNode(beforeNum, afterNum) !== undefined
    )
  }

  private itemRole(role: Role, beforeNum?: number, afterNum?: number): Role {
    switch (role.kind) {
      case 'kids': {
        const page = this.facts.pageIndex(beforeNum, afterNum)
        return page !== undefined ? { kind: 'page', page } : { kind: 'page-tree' }
      }
      case 'annots':
      case 'fields': {
        const field = this.facts.fieldNode(beforeNum, afterNum)
        if (field) return { kind: 'field', name: field.name, isSignature: field.isSignature }
        return role.kind === 'annots'
          ? { kind: 'annotation', page: role.page }
          : { kind: 'foreign', what: 'field' }
      }
      default:
        return role
    }
  }
}

function sameIdentity(before: PdfObject | undefined, after: PdfObject | undefined): boolean {
  if (isRef(before) || isRef(after))
    return isRef(before) && isRef(after) && before.num === after.num
  return pdfEquals(before ?? null, after ?? null)
}
