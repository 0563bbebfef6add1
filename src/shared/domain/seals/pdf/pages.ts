/** The page tree (页面树) as of one revision: page objects in order, with their numbers. */
import type { PdfDocument } from './document'
import {
  type PdfArray,
  type PdfDict,
  type PdfObject,
  isArray,
  isDict,
  isName,
  isRef
} from './objects'

export interface PageEntry {
  /** 0-based position in the document. */
  index: number
  /** The page object's number, or undefined for a page written as a direct object. */
  num: number | undefined
  dict: PdfDict
}

/**
 * More pages than this is not a document a seal inspector opens; stop walking. The list only
 * names pages (for widgets, stamps and change descriptions): what changed after signing is
 * found by comparing the revisions themselves, whatever their size.
 */
const MAX_PAGES = 50_000
const MAX_TREE_DEPTH = 64

/** Page lists by document and revision: the inspection and each comparison ask again. */
const pageLists = new WeakMap<PdfDocument, Map<number, PageEntry[]>>()

/** The pages as of `revision`, in order; one list per document and revision, not to modify. */
export function listPages(document: PdfDocument, revision: number): PageEntry[] {
  let lists = pageLists.get(document)
  if (!lists) {
    lists = new Map()
    pageLists.set(document, lists)
  }
  let pages = lists.get(revision)
  if (!pages) {
    pages = walkPageTree(document, revision)
    lists.set(revision, pages)
  }
  return pages
}

function walkPageTree(document: PdfDocument, revision: number): PageEntry[] {
  const pages: PageEntry[] = []
  const visited = new Set<number>()
  const root = document.catalog(revision)?.entries.get('Pages')
  const walk = (node: PdfObject | undefined, depth: number): void => {
    if (pages.length >= MAX_PAGES || depth > MAX_TREE_DEPTH) return
    if (isRef(node)) {
      if (visited.has(node.num)) return
      visited.add(node.num)
    }
    const dict = document.dict(node, revision)
    if (!dict) return
    const kids = document.get(dict, 'Kids', revision)
    if (
      isName(dict.entries.get('Type'), 'Pages') ||
      (isArray(kids) && !isName(dict.entries.get('Type'), 'Page'))
    ) {
      if (isArray(kids)) for (const kid of kids.items) walk(kid, depth + 1)
      return
    }
    pages.push({ index: pages.length, num: isRef(node) ? node.num : undefined, dict })
  }
  walk(root, 0)
  return pages
}

/** Object number → page index, for locating widgets and describing changes. */
export function pageIndexByObject(pages: readonly PageEntry[]): Map<number, number> {
  const map = new Map<number, number>()
  for (const page of pages) if (page.num !== undefined) map.set(page.num, page.index)
  return map
}

interface PageLookup {
  document: PdfDocument
  revision: number
  byObject: Map<number, number>
  /** Annotation number → the first page whose /Annots lists it; built when first needed. */
  byAnnotation?: Map<number, number>
}

/**
 * Lookups for one page list, built once: a form with thousands of fields on a document with
 * thousands of pages would otherwise walk every page for every field.
 */
const lookups = new WeakMap<readonly PageEntry[], PageLookup>()

function lookupFor(document: PdfDocument, revision: number, pages: readonly PageEntry[]) {
  let lookup = lookups.get(pages)
  if (!lookup || lookup.document !== document || lookup.revision !== revision) {
    lookup = { document, revision, byObject: pageIndexByObject(pages) }
    lookups.set(pages, lookup)
  }
  return lookup
}

function annotationPages(lookup: PageLookup, pages: readonly PageEntry[]): Map<number, number> {
  if (lookup.byAnnotation) return lookup.byAnnotation
  const byAnnotation = new Map<number, number>()
  for (const page of pages) {
    const annots = lookup.document.get(page.dict, 'Annots', lookup.revision)
    if (!isArray(annots)) continue
    for (const item of annots.items) {
      if (isRef(item) && !byAnnotation.has(item.num)) byAnnotation.set(item.num, page.index)
    }
  }
  lookup.byAnnotation = byAnnotation
  return byAnnotation
}

/** The page a widget annotation sits on: its /P, or the page whose /Annots lists it. */
export function findWidgetPage(
  document: PdfDocument,
  revision: number,
  pages: readonly PageEntry[],
  widgetNum: number | undefined,
  widget: PdfDict
): number | undefined {
  const lookup = lookupFor(document, revision, pages)
  const parent = widget.entries.get('P')
  if (isRef(parent) && lookup.byObject.has(parent.num)) return lookup.byObject.get(parent.num)
  if (widgetNum === undefined) return undefined
  return annotationPages(lookup, pages).get(widgetNum)
}

/** /Rect as four numbers, normalised so x1 ≤ x2 and y1 ≤ y2. */
export function readRect(
  value: PdfObject | undefined
): [number, number, number, number] | undefined {
  if (!isArray(value) || value.items.length !== 4) return undefined
  const numbers = value.items.map((item) => (typeof item === 'number' ? item : Number.NaN))
  if (numbers.some((n) => !Number.isFinite(n))) return undefined
  const [a, b, c, d] = numbers as [number, number, number, number]
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]
}

/**
 * Counts /Stamp annotations (图章批注): a seal picture pasted on a page without a signature.
 * Each annotation object counts once, and an /Annots array shared by many pages is read once.
 */
export function countStampAnnotations(
  document: PdfDocument,
  revision: number,
  pages: readonly PageEntry[]
): number {
  let count = 0
  const arrays = new Set<PdfArray>()
  const annotations = new Set<number>()
  for (const page of pages) {
    const annots = document.get(page.dict, 'Annots', revision)
    if (!isArray(annots) || arrays.has(annots)) continue
    arrays.add(annots)
    for (const item of annots.items.slice(0, 500)) {
      if (isRef(item)) {
        if (annotations.has(item.num)) continue
        annotations.add(item.num)
      }
      const annot = document.dict(item, revision)
      if (isDict(annot) && isName(annot.entries.get('Subtype'), 'Stamp')) count++
    }
  }
  return count
}
