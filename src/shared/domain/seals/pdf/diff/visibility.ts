/**
 * Whether an annotation shows anything (可见性): a widget with no area, hidden by its flags, or
 * whose appearance paints nothing cannot cover signed content; one that paints can.
 */
import type { PdfDocument } from '../document'
import { decodeStream } from '../filters'
import { Lexer } from '../lexer'
import { type PdfDict, type PdfObject, isArray, isDict, isName, isStream } from '../objects'
import { readRect } from '../pages'

/** Operators that put marks on the page (ISO 32000-1 Annex A): paths, text, images, shadings. */
const PAINTING_OPERATORS = new Set([
  'f',
  'F',
  'f*',
  'B',
  'B*',
  'b',
  'b*',
  'S',
  's',
  'Tj',
  'TJ',
  "'",
  '"',
  'Do',
  'sh',
  'BI'
])

/** How much of an appearance stream is read; anything longer is taken to paint. */
const MAX_APPEARANCE_BYTES = 1024 * 1024

/** Annotation flags (ISO 32000-1 Table 165): Hidden (bit 2), NoView (bit 6). */
const HIDDEN = 1 << 1
const NO_VIEW = 1 << 5

/** Whether a content stream paints: undecodable or oversized streams are taken to paint. */
export function streamPaints(document: PdfDocument, value: PdfObject | undefined): boolean {
  if (!isStream(value)) return false
  const decoded = decodeStream(value, { budget: document.budget })
  if (!decoded.ok || decoded.data.length > MAX_APPEARANCE_BYTES) return true
  const lexer = new Lexer(decoded.data, 0)
  for (;;) {
    const token = lexer.next()
    if (token.kind === 'eof') return false
    if (token.kind === 'keyword' && PAINTING_OPERATORS.has(token.value)) return true
  }
}

/** Whether the normal appearance (/AP /N, the /AS state when it is a state dictionary) paints. */
export function appearancePaints(
  document: PdfDocument,
  annotation: PdfDict,
  revision: number
): boolean {
  const appearances = document.dict(annotation.entries.get('AP'), revision)
  const normal = document.resolve(appearances?.entries.get('N'), revision)
  if (isStream(normal)) return streamPaints(document, normal)
  // Without an appearance, viewers draw the widget from its characteristics (/MK): a
  // background or border colour paints.
  if (!isDict(normal)) return characteristicsPaint(document, annotation, revision)
  const state = annotation.entries.get('AS')
  const states = isName(state) ? [normal.entries.get(state.value)] : [...normal.entries.values()]
  return states.some((entry) => streamPaints(document, document.resolve(entry, revision)))
}

function characteristicsPaint(
  document: PdfDocument,
  annotation: PdfDict,
  revision: number
): boolean {
  const characteristics = document.dict(annotation.entries.get('MK'), revision)
  return ['BG', 'BC'].some((key) => {
    const colour = document.resolve(characteristics?.entries.get(key), revision)
    return isArray(colour) && colour.items.length > 0
  })
}

/** Whether a viewer draws anything for the annotation: an area, not hidden, and, if asked, a painting appearance. */
export function isVisible(
  document: PdfDocument,
  annotation: PdfDict,
  revision: number,
  requireAppearance: boolean
): boolean {
  const rect = readRect(document.resolve(annotation.entries.get('Rect'), revision))
  if (!rect || rect[2] - rect[0] <= 0 || rect[3] - rect[1] <= 0) return false
  const flags = document.resolve(annotation.entries.get('F'), revision)
  if (typeof flags === 'number' && (flags & (HIDDEN | NO_VIEW)) !== 0) return false
  return !requireAppearance || appearancePaints(document, annotation, revision)
}

/** Actions a viewer runs without asking that do more than navigate: scripts, launches, hiding. */
export function hasActiveAction(
  document: PdfDocument,
  annotation: PdfDict,
  revision: number
): boolean {
  const actions: PdfObject[] = []
  const action = annotation.entries.get('A')
  if (action !== undefined) actions.push(action)
  const additional = document.dict(annotation.entries.get('AA'), revision)
  if (additional) actions.push(...additional.entries.values())
  return actions.some((value) => {
    const dict = document.dict(value, revision)
    const type = dict?.entries.get('S')
    return !isName(type) || !NAVIGATION_ACTIONS.has(type.value)
  })
}

const NAVIGATION_ACTIONS = new Set(['GoTo', 'URI', 'Named', 'Thread'])
