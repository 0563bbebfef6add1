import type { CodeReason } from '../codes/result'
import { rowReader, type ColumnSpec, type ImportRowError } from './table'
import type { CellValue } from './values'

/** Collects every problem of one data row while its cells are read. */
export class RowCheck<Key extends string> {
  readonly errors: ImportRowError[] = []
  private readonly read: (key: Key) => string
  private readonly headers: Map<Key, string>

  constructor(
    readonly rowNumber: number,
    cells: readonly string[],
    index: Map<Key, number>,
    specs: readonly ColumnSpec<Key>[]
  ) {
    this.read = rowReader(index, cells)
    this.headers = new Map(specs.map((spec) => [spec.key, spec.header]))
  }

  text(key: Key): string {
    return this.read(key)
  }

  fail(key: Key | '', reason: string): undefined {
    this.errors.push({
      row: this.rowNumber,
      column: key === '' ? '' : (this.headers.get(key) ?? key),
      reason
    })
    return undefined
  }

  /** The cell's text; an empty required cell is an error. */
  required(key: Key): string | undefined {
    const text = this.read(key)
    return text === '' ? this.fail(key, `“${this.headers.get(key)}”为必填项`) : text
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
    for (const reason of blocking) this.fail(key, reason.message)
    return blocking.length === 0
  }
}
