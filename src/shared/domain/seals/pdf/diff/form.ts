/**
 * The interactive form (交互式表单) of one revision as the judges need it: every field and widget
 * object by number with its field's name, every terminal field's value and widgets, and which
 * terminal fields show the value an ancestor field holds.
 */
import type { PdfDocument } from '../document'
import { type PdfDict, type PdfObject, isArray, isName, isRef, isString } from '../objects'
import { decodeTextString } from '../text'

export interface FieldNode {
  /** Fully qualified name (parents joined by '.'). */
  name: string
  isSignature: boolean
}

export interface FieldState {
  isSignature: boolean
  /** /V as written in the field (a reference stays a reference). */
  value: PdfObject | undefined
  widgets: PdfDict[]
}

export interface FormSnapshot {
  /** Field dictionaries and widget annotations by object number. */
  nodes: Map<number, FieldNode>
  fields: Map<string, FieldState>
  /**
   * For an ancestor field, the terminal fields below it that show its /V (ISO 32000-1
   * §12.7.3.1: /V is inheritable): those with no /V of their own, nor on any field between.
   */
  inheritors: Map<string, string[]>
}

const MAX_FIELD_NODES = 100_000
const MAX_FIELD_DEPTH = 32

export function readForm(document: PdfDocument, revision: number): FormSnapshot {
  const nodes = new Map<number, FieldNode>()
  const fields = new Map<string, FieldState>()
  const inheritors = new Map<string, string[]>()
  const acroForm = document.dict(document.catalog(revision)?.entries.get('AcroForm'), revision)
  const roots = document.get(acroForm, 'Fields', revision)
  if (!isArray(roots)) return { nodes, fields, inheritors }
  const visited = new Set<number>()
  let seen = 0
  const walk = (
    node: PdfObject,
    parentName: string,
    inheritedType: PdfObject | undefined,
    inheritedValue: PdfObject | undefined,
    /** The ancestors whose /V this node would show, up to the nearest that has one. */
    valueSources: readonly string[],
    depth: number
  ): void => {
    if (++seen > MAX_FIELD_NODES || depth > MAX_FIELD_DEPTH) return
    if (isRef(node)) {
      if (visited.has(node.num)) return
      visited.add(node.num)
    }
    const dict = document.dict(node, revision)
    if (!dict) return
    const partial = document.get(dict, 'T', revision)
    const name = isString(partial)
      ? parentName
        ? `${parentName}.${decodeTextString(partial.bytes)}`
        : decodeTextString(partial.bytes)
      : parentName
    const type = dict.entries.get('FT') ?? inheritedType
    // A null /V, or one referring to no object, is no /V (ISO 32000-1 §7.3.9): it inherits.
    const written = document.get(dict, 'V', revision)
    const ownValue = written !== undefined && written !== null
    const value = ownValue ? dict.entries.get('V') : inheritedValue
    const isSignature = isName(type, 'Sig')
    if (isRef(node)) nodes.set(node.num, { name, isSignature })
    const kids = document.get(dict, 'Kids', revision)
    const kidItems = isArray(kids) ? kids.items : []
    const childFields = kidItems.filter((kid) => document.dict(kid, revision)?.entries.has('T'))
    const sources = ownValue ? [name] : [...valueSources, name]
    for (const kid of childFields) walk(kid, name, type, value, sources, depth + 1)
    if (childFields.length > 0) return
    const widgets: PdfDict[] = []
    if (kidItems.length === 0) widgets.push(dict)
    for (const kid of kidItems) {
      const widget = document.dict(kid, revision)
      if (!widget) continue
      if (isRef(kid) && !visited.has(kid.num)) {
        visited.add(kid.num)
        nodes.set(kid.num, { name, isSignature })
      }
      widgets.push(widget)
    }
    fields.set(name, { isSignature, value, widgets })
    if (!ownValue) {
      for (const source of valueSources) {
        const list = inheritors.get(source)
        if (list) list.push(name)
        else inheritors.set(source, [name])
      }
    }
  }
  for (const item of roots.items) walk(item, '', undefined, undefined, [], 0)
  return { nodes, fields, inheritors }
}
