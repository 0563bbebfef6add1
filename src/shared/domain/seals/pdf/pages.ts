/** The page tree (页面树) as of one revision: page objects in order, with their numbers. */
import type { PdfDocument } from './document'
import { type PdfDict, type PdfObject, isArray, isDict, isName, isRef } from './objects'

export interface PageEntry {
  /** 0-based position in the document. */
  index: number
  /** The page object's number, or undefined for a page written as a direct object. */
  num: number | undefined
  dict: PdfDict
}

/** More pages than this is not a document a seal inspector opens; stop walking. */
const MAX_PAGES = 200_000
const MAX_TREE_DEPTH = 64

export function listPages(document: PdfDocument, revision: number): PageEntry[] {
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

/** The page a widget annotation sits on: its /P, or the page whose /Annots lists it. */
export function findWidgetPage(
  document: PdfDocument,
  revision: number,
  pages: readonly PageEntry[],
  widgetNum: number | undefined,
  widget: PdfDict
): number | undefined {
  const byObject = pageIndexByObject(pages)
  const parent = widget.entries.get('P')
  if (isRef(parent) && byObject.has(parent.num)) return byObject.get(parent.num)
  if (widgetNum === undefined) return undefined
  for (const page of pages) {
    const annots = document.get(page.dict, 'Annots', revision)
    if (isArray(annots) && annots.items.some((item) => isRef(item) && item.num === widgetNum)) {
      return page.index
    }
  }
  return undefined
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

/** Counts /Stamp annotations (图章批注): a seal picture pasted on a page without a signature. */
export function countStampAnnotations(
  document: PdfDocument,
  revision: number,
  pages: readonly PageEntry[]
): number {
  let count = 0
  for (const page of pages) {
    const annots = document.get(page.dict, 'Annots', revision)
    if (!isArray(annots)) continue
    for (const item of annots.items.slice(0, 500)) {
      const annot = document.dict(item, revision)
      if (isDict(annot) && isName(annot.entries.get('Subtype'), 'Stamp')) count++
    }
  }
  return count
}
