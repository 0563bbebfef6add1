import { message, type Message } from '../../i18n/message'
import { reasonMessage, type CodeReason } from '../codes/result'
import { rowReader, type ColumnSpec, type ImportRowError } from './table'
import type { CellValue } from './values'

/** Collects every problem of one data row while its cells are read. */
export class RowCheck<Key extends string> {
  readonly errors: ImportRowError[] = []
  private readonly read: (key: Key) => string
  private readonly specs: Map<Key, ColumnSpec<Key>>

  constructor(
    readonly rowNumber: number,
    cells: readonly string[],
    index: Map<Key, number>,
    specs: readonly ColumnSpec<Key>[]
  ) {
    this.read = rowReader(index, cells)
    this.specs = new Map(specs.map((spec) => [spec.key, spec]))
  }

  text(key: Key): string {
    return this.read(key)
  }

  /** Every key a row check reads is one of its specs' (the Key type is taken from them). */
  private spec(key: Key): ColumnSpec<Key> {
    return this.specs.get(key) as ColumnSpec<Key>
  }

  /** Records a problem with a cell (or with the whole row, for key ''). */
  fail(key: Key | '', reason: Message): undefined {
    this.errors.push({
      row: this.rowNumber,
      column: key === '' ? null : this.spec(key).label,
      reason
    })
    return undefined
  }

  /** The cell's text; an empty required cell is an error. */
  required(key: Key): string | undefined {
    const text = this.read(key)
    if (text !== '') return text
    return this.fail(key, message('imports.error.required', { column: this.spec(key).label }))
  }

  /**
   * The cell parsed; an empty cell gives `fallback`, or is an error when there is none. A
   * fallback whose own source was bad is `{ value: undefined }`, so the error is not repeated.
   */
  parse<T>(
    key: Key,
    parser: (text: string) => CellValue<T>,
    fallback?: { value: T | undefined }
  ): T | undefined {
    const text = this.read(key)
    if (text === '') {
      if (fallback) return fallback.value
      this.required(key)
      return undefined
    }
    const parsed = parser(text)
    return parsed.ok ? parsed.value : this.fail(key, parsed.reason)
  }

  /** Reports the invalid findings of a code check; warnings do not block an import. */
  codeFindings(key: Key, reasons: readonly CodeReason[]): boolean {
    const blocking = reasons.filter((reason) => reason.severity === 'invalid')
    for (const reason of blocking) this.fail(key, reasonMessage(reason))
    return blocking.length === 0
  }
}
