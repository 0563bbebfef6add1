/**
 * What the judges need to know about one incremental update besides the differences: pages
 * before and after, the form before and after, which fields got a new value, which signature
 * fields were signed by this very update, and whether a field showed something when signed.
 */
import type { PdfDocument } from '../document'
import { type PdfObject, isArray, isName, isRef, isString, pdfEquals } from '../objects'
import { listPages, pageIndexByObject } from '../pages'
import { type FieldNode, type FieldState, type FormSnapshot, readForm } from './form'
import { appearancePaints, isVisible } from './visibility'

export class RevisionFacts {
  readonly before: FormSnapshot
  readonly after: FormSnapshot
  readonly pageCountBefore: number
  readonly pageCountAfter: number
  private readonly pagesBefore: Map<number, number>
  private readonly pagesAfter: Map<number, number>
  private readonly memo = new Map<string, boolean>()

  constructor(
    readonly document: PdfDocument,
    /** The revision compared against, and the update being judged. */
    readonly old: number,
    readonly revision: number
  ) {
    this.before = readForm(document, old)
    this.after = readForm(document, revision)
    const before = listPages(document, old)
    const after = listPages(document, revision)
    this.pageCountBefore = before.length
    this.pageCountAfter = after.length
    this.pagesBefore = pageIndexByObject(before)
    this.pagesAfter = pageIndexByObject(after)
  }

  /** The page an object is, after the update (or before, when the update dropped it). */
  pageIndex(oldNum: number | undefined, newNum: number | undefined): number | undefined {
    const after = newNum === undefined ? undefined : this.pagesAfter.get(newNum)
    return after ?? (oldNum === undefined ? undefined : this.pagesBefore.get(oldNum))
  }

  isPage(oldNum: number | undefined, newNum: number | undefined): boolean {
    return this.pageIndex(oldNum, newNum) !== undefined
  }

  /** The field (or widget's field) an object is, after the update (or before). */
  fieldNode(oldNum: number | undefined, newNum: number | undefined): FieldNode | undefined {
    const after = newNum === undefined ? undefined : this.after.nodes.get(newNum)
    return after ?? (oldNum === undefined ? undefined : this.before.nodes.get(oldNum))
  }

  /** The field's value differs after the update (references compared by what they point at). */
  valueChanged(name: string): boolean {
    return this.remember(`value:${name}`, () => {
      const before = this.before.fields.get(name)?.value
      const after = this.after.fields.get(name)?.value
      return !pdfEquals(
        this.document.resolve(before, this.old) ?? null,
        this.document.resolve(after, this.revision) ?? null
      )
    })
  }

  /**
   * The signature field got its signature in this update: it had no value before and its value
   * now is a signature dictionary this update wrote. A new field pointing at an older signature
   * is not a new signature: that is how a copied seal would cover content.
   */
  signedNow(name: string): boolean {
    return this.remember(`signed:${name}`, () => {
      const after = this.after.fields.get(name)
      if (!after?.isSignature || !isRef(after.value)) return false
      const before = this.before.fields.get(name)?.value
      if (before !== undefined && before !== null) return false
      if (this.document.object(after.value.num, this.old) !== undefined) return false
      const dictionary = this.document.dict(after.value, this.revision)
      return dictionary !== undefined && dictionary.entries.has('ByteRange')
    })
  }

  /** A widget of the field, after the update, draws something. */
  visibleAfter(name: string, requireAppearance: boolean): boolean {
    return this.remember(`visible:${requireAppearance}:${name}`, () =>
      widgetsOf(this.after.fields.get(name)).some((widget) =>
        isVisible(this.document, widget, this.revision, requireAppearance)
      )
    )
  }

  /**
   * The field showed something when the earlier revision was signed: a non-empty value, or an
   * appearance that paints. Changing such a field changes what the signer saw. An ancestor
   * field showed what the terminal fields inheriting its /V showed (ISO 32000-1 §12.7.3.1).
   * Only /V is followed: it is the one inheritable key judged as a value (judge.ts); a changed
   * /DV, /Opt, /DA or /Q on a field that is not terminal is not form filling at all.
   */
  displayedBefore(name: string): boolean {
    return this.remember(`displayed:${name}`, () => {
      if (this.showedBefore(name)) return true
      const inheritors = this.before.inheritors.get(name) ?? []
      return inheritors.some((terminal) => this.showedBefore(terminal))
    })
  }

  /** The terminal field's value was not empty, or one of its widgets painted. */
  private showedBefore(name: string): boolean {
    return this.remember(`showed:${name}`, () => {
      const state = this.before.fields.get(name)
      if (!state) return false
      if (hasContent(this.document.resolve(state.value, this.old))) return true
      return state.widgets.some((widget) => appearancePaints(this.document, widget, this.old))
    })
  }

  private remember(key: string, compute: () => boolean): boolean {
    let value = this.memo.get(key)
    if (value === undefined) {
      value = compute()
      this.memo.set(key, value)
    }
    return value
  }
}

function widgetsOf(state: FieldState | undefined) {
  return state?.widgets ?? []
}

/** A field value that shows something: text, a chosen option, a checked box. */
function hasContent(value: PdfObject | undefined): boolean {
  if (value === undefined || value === null) return false
  if (isString(value)) return value.bytes.length > 0
  if (isName(value)) return value.value !== 'Off' && value.value !== ''
  // A number, a boolean or a rich value (a dictionary or stream) shows itself; a list of chosen
  // options shows something only when it is not empty.
  return !isArray(value) || value.items.length > 0
}
