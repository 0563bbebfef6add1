/**
 * A user-visible sentence as a value: a catalog code and its parameters. Domain code, workers,
 * repositories and RPC return these; the renderer (vue-i18n) and the CLI turn them into words
 * in the reader's language, so no layer below the screen writes Chinese or English text.
 *
 * Errors have the same shape (`{code, params}`): an error is a message that says what failed.
 */
export interface Message {
  /** A dotted catalog key, `<capability>.<group>.<name>`, e.g. `codes.uscc.checksum`. */
  readonly code: string
  readonly params?: Readonly<Record<string, MessageParam>>
}

/** A calendar day `YYYY-MM-DD`, shown as `2026年3月5日` / `2026-03-05`. */
export interface DayParam {
  readonly day: string
}

/** An instant (ISO 8601 with an offset), shown in Beijing time as `2026年12月2日 14:05`. */
export interface InstantParam {
  readonly instant: string
}

/** Several values joined the reader's way: `甲、乙` / `A, B`. */
export interface ListParam {
  readonly list: readonly MessageParam[]
}

export type MessageParam = string | number | Message | DayParam | InstantParam | ListParam

/** `{code, params}`: what went wrong, translated where it is shown. */
export type ErrorValue = Message

export function message(code: string, params?: Record<string, MessageParam>): Message {
  return params === undefined ? { code } : { code, params }
}

export function day(value: string): DayParam {
  return { day: value }
}

export function instant(value: string): InstantParam {
  return { instant: value }
}

export function list(values: readonly MessageParam[]): ListParam {
  return { list: values }
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string'
  )
}
