/**
 * What each object of a revision is for (catalog, page, content stream, form field, widget,
 * signature dictionary, appearance stream, DSS, …), so that an overwritten object can be judged
 * by its role when comparing revisions.
 */
import type { PdfDocument } from './document'
import { type PageEntry, listPages } from './pages'
import {
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
import { decodeTextString } from './text'

export type ObjectRole =
  | { kind: 'catalog' }
  | { kind: 'info' }
  | { kind: 'metadata' }
  | { kind: 'pages-node' }
  | { kind: 'page'; page: number }
  | { kind: 'content'; page: number }
  | { kind: 'annots-array'; page: number }
  | { kind: 'annotation'; page: number }
  | { kind: 'acroform' }
  | { kind: 'fields-array' }
  | { kind: 'field'; name: string; isSignature: boolean }
  | { kind: 'widget'; fieldName: string; isSignature: boolean; page: number | undefined }
  | { kind: 'signature-value'; fieldName: string }
  | {
      kind: 'appearance'
      ownerNum: number | undefined
      fieldName: string | undefined
      isSignature: boolean
    }
  | { kind: 'dss' }
  /** Default resources of the form (/AcroForm /DR: fonts, encodings) used to draw field values. */
  | { kind: 'form-resource' }

export interface RoleMap {
  roles: Map<number, ObjectRole[]>
  pages: PageEntry[]
  /** Field objects (by number) that are signature fields with a value, i.e. already signed. */
  signedFieldNums: Set<number>
}

const MAX_FIELDS = 100_000

export function buildRoleMap(document: PdfDocument, revision: number): RoleMap {
  const roles = new Map<number, ObjectRole[]>()
  const add = (value: PdfObject | undefined, role: ObjectRole): void => {
    if (!isRef(value)) return
    const list = roles.get(value.num) ?? []
    list.push(role)
    roles.set(value.num, list)
  }
  const trailer = document.revisions[revision]!.trailer
  add(trailer.entries.get('Root'), { kind: 'catalog' })
  add(trailer.entries.get('Info'), { kind: 'info' })
  const catalog = document.catalog(revision)
  add(catalog?.entries.get('Metadata'), { kind: 'metadata' })
  add(catalog?.entries.get('DSS'), { kind: 'dss' })
  const dss = document.dict(catalog?.entries.get('DSS'), revision)
  for (const value of dss?.entries.values() ?? []) {
    add(value, { kind: 'dss' })
    const resolved = document.resolve(value, revision)
    if (isArray(resolved)) for (const item of resolved.items) add(item, { kind: 'dss' })
    if (isDict(resolved)) for (const item of resolved.entries.values()) add(item, { kind: 'dss' })
  }

  const pages = listPages(document, revision)
  markPageTree(document, revision, catalog?.entries.get('Pages'), add)
  for (const page of pages) {
    if (page.num !== undefined)
      add({ kind: 'ref', num: page.num, gen: 0 }, { kind: 'page', page: page.index })
    const contents = page.dict.entries.get('Contents')
    add(contents, { kind: 'content', page: page.index })
    const resolvedContents = document.resolve(contents, revision)
    if (isArray(resolvedContents)) {
      for (const item of resolvedContents.items) add(item, { kind: 'content', page: page.index })
    }
    const annots = page.dict.entries.get('Annots')
    add(annots, { kind: 'annots-array', page: page.index })
    const resolvedAnnots = document.resolve(annots, revision)
    if (!isArray(resolvedAnnots)) continue
    for (const item of resolvedAnnots.items.slice(0, 10_000)) {
      add(item, { kind: 'annotation', page: page.index })
      const annotation = document.dict(item, revision)
      if (annotation && !isName(annotation.entries.get('Subtype'), 'Widget')) {
        markAppearances(
          document,
          revision,
          annotation,
          isRef(item) ? item.num : undefined,
          undefined,
          false,
          add
        )
      }
    }
  }

  const signedFieldNums = new Set<number>()
  const acroFormValue = catalog?.entries.get('AcroForm')
  add(acroFormValue, { kind: 'acroform' })
  const acroForm = document.dict(acroFormValue, revision)
  add(acroForm?.entries.get('Fields'), { kind: 'fields-array' })
  const resources = acroForm?.entries.get('DR')
  add(resources, { kind: 'form-resource' })
  for (const category of document.dict(resources, revision)?.entries.values() ?? []) {
    add(category, { kind: 'form-resource' })
    const members = document.dict(category, revision)
    for (const member of members?.entries.values() ?? []) add(member, { kind: 'form-resource' })
  }
  const fields = document.get(acroForm, 'Fields', revision)
  const visited = new Set<number>()
  let seen = 0
  const byObject = new Map(pages.filter((p) => p.num !== undefined).map((p) => [p.num!, p.index]))
  const walk = (
    node: PdfObject,
    parentName: string,
    inheritedType: PdfObject | undefined,
    depth: number
  ) => {
    if (++seen > MAX_FIELDS || depth > 32) return
    if (isRef(node)) {
      if (visited.has(node.num)) return
      visited.add(node.num)
    }
    const field = document.dict(node, revision)
    if (!field) return
    const partial = document.get(field, 'T', revision)
    const name = isString(partial) ? joinName(parentName, partial) : parentName
    const type = field.entries.get('FT') ?? inheritedType
    const isSignature = isName(type, 'Sig')
    const kids = document.get(field, 'Kids', revision)
    const kidItems = isArray(kids) ? kids.items : []
    const isWidget = isName(field.entries.get('Subtype'), 'Widget') || field.entries.has('Rect')
    if (partial !== undefined || !isWidget) add(node, { kind: 'field', name, isSignature })
    if (isSignature && field.entries.get('V') !== undefined && field.entries.get('V') !== null) {
      add(field.entries.get('V'), { kind: 'signature-value', fieldName: name })
      if (isRef(node)) signedFieldNums.add(node.num)
    }
    const widgets = isWidget ? [node] : []
    if (isArray(kids)) add(field.entries.get('Kids'), { kind: 'field', name, isSignature })
    for (const kid of kidItems) {
      const kidDict = document.dict(kid, revision)
      if (kidDict?.entries.has('T')) walk(kid, name, type, depth + 1)
      else widgets.push(kid)
    }
    for (const widgetNode of widgets) {
      const widget = document.dict(widgetNode, revision)
      if (!widget) continue
      const parent = widget.entries.get('P')
      const page = isRef(parent) ? byObject.get(parent.num) : undefined
      add(widgetNode, { kind: 'widget', fieldName: name, isSignature, page })
      const widgetNum = isRef(widgetNode) ? widgetNode.num : undefined
      markAppearances(document, revision, widget, widgetNum, name, isSignature, add)
    }
  }
  if (isArray(fields)) for (const item of fields.items) walk(item, '', undefined, 0)
  return { roles, pages, signedFieldNums }
}

function joinName(parent: string, partial: PdfString): string {
  const text = decodeTextString(partial.bytes)
  return parent ? `${parent}.${text}` : text
}

function markPageTree(
  document: PdfDocument,
  revision: number,
  root: PdfObject | undefined,
  add: (value: PdfObject | undefined, role: ObjectRole) => void
): void {
  const visited = new Set<number>()
  const walk = (node: PdfObject | undefined, depth: number): void => {
    if (!isRef(node) || visited.has(node.num) || depth > 64) return
    visited.add(node.num)
    const dict = document.dict(node, revision)
    const kids = document.get(dict, 'Kids', revision)
    if (!dict || !isArray(kids)) return
    add(node, { kind: 'pages-node' })
    add(dict.entries.get('Kids'), { kind: 'pages-node' })
    for (const kid of kids.items) walk(kid, depth + 1)
  }
  walk(root, 0)
}

/** Marks /AP /N /R /D streams (and state dictionaries) of an annotation. */
function markAppearances(
  document: PdfDocument,
  revision: number,
  annotation: PdfDict,
  ownerNum: number | undefined,
  fieldName: string | undefined,
  isSignature: boolean,
  add: (value: PdfObject | undefined, role: ObjectRole) => void
): void {
  const role: ObjectRole = { kind: 'appearance', ownerNum, fieldName, isSignature }
  const appearance = annotation.entries.get('AP')
  add(appearance, role)
  const dict = document.dict(appearance, revision)
  for (const key of ['N', 'R', 'D']) {
    const value = dict?.entries.get(key)
    add(value, role)
    const resolved = document.resolve(value, revision)
    if (isDict(resolved) && !isStream(resolved))
      for (const state of resolved.entries.values()) add(state, role)
  }
}

/**
 * The objects (by number) that refer to `target` anywhere in what the revision's trailer
 * reaches. Used to tell a form field's own appearance stream from one shared with page content.
 */
export function findReferrers(
  document: PdfDocument,
  revision: number,
  target: number
): Set<number> {
  const referrers = new Set<number>()
  const visited = new Set<number>()
  const pending: number[] = []
  const scan = (value: PdfObject | undefined, owner: number, depth: number): void => {
    if (depth > 64 || value === undefined || value === null || typeof value !== 'object') return
    switch (value.kind) {
      case 'ref':
        if (value.num === target) referrers.add(owner)
        if (!visited.has(value.num)) {
          visited.add(value.num)
          pending.push(value.num)
        }
        return
      case 'array':
        for (const item of value.items) scan(item, owner, depth + 1)
        return
      case 'dict':
        for (const item of value.entries.values()) scan(item, owner, depth + 1)
        return
      case 'stream':
        scan(value.dict, owner, depth + 1)
        return
      default:
        return
    }
  }
  scan(document.revisions[revision]!.trailer, -1, 0)
  while (pending.length > 0) {
    const num = pending.pop()!
    scan(document.object(num, revision)?.value, num, 0)
  }
  return referrers
}
