import { message, type Message, type MessageParam } from '../../i18n/message'

/** What kind of code a string was recognised as. */
export type CodeKind =
  | 'uscc'
  | 'citizenId'
  | 'licenceIdentifier'
  | 'licenceTypeCode'
  | 'divisionCode'
  | 'holderCode'
  | 'unknown'

/** The name of each kind, as a message (统一社会信用代码 / USCC …). */
export const codeKindLabels: Record<CodeKind, Message> = {
  uscc: message('codes.kind.uscc'),
  citizenId: message('codes.kind.citizenId'),
  licenceIdentifier: message('codes.kind.licenceIdentifier'),
  licenceTypeCode: message('codes.kind.licenceTypeCode'),
  divisionCode: message('codes.kind.divisionCode'),
  holderCode: message('codes.kind.holderCode'),
  unknown: message('codes.kind.unknown')
}

/**
 * `warning`: legal in structure but doubtful (a failed legacy checksum, a statistical-only
 * division); the record stays usable and the finding goes to the issuer. `invalid`: unusable.
 */
export type CodeStatus = 'valid' | 'warning' | 'invalid'

/** The name of each result (有效 / 警告 / 无效), as a message. */
export const codeStatusLabels: Record<CodeStatus, Message> = {
  valid: message('codes.status.valid'),
  warning: message('codes.status.warning'),
  invalid: message('codes.status.invalid')
}

/**
 * One finding about a code: a message (`codes.uscc.checksum` with the expected and actual check
 * characters) and how much it matters. A finding about a code embedded in another (the definer's
 * USCC inside a 证照类型代码) is a message naming the part, with the inner finding as `reason`.
 */
export interface CodeReason extends Message {
  readonly code: string
  readonly params?: Readonly<Record<string, MessageParam>>
  readonly severity: 'warning' | 'invalid'
}

export interface CodeCheckResult {
  kind: CodeKind
  status: CodeStatus
  reasons: CodeReason[]
  /** The code as it should be stored: trimmed, upper case. */
  normalized: string
}

function reason(severity: CodeReason['severity'], found: Message): CodeReason {
  return { ...found, severity }
}

export function warning(found: Message): CodeReason {
  return reason('warning', found)
}

export function invalid(found: Message): CodeReason {
  return reason('invalid', found)
}

export function statusOf(reasons: readonly CodeReason[]): CodeStatus {
  if (reasons.some((reason) => reason.severity === 'invalid')) return 'invalid'
  return reasons.length > 0 ? 'warning' : 'valid'
}

export function result(kind: CodeKind, normalized: string, reasons: CodeReason[]): CodeCheckResult {
  return { kind, status: statusOf(reasons), reasons, normalized }
}

/** The message of a finding, without its severity (what a screen or a report shows). */
export function reasonMessage(found: CodeReason): Message {
  return message(found.code, found.params)
}

/**
 * Findings of an embedded code, each wrapped in the message that names the part it is about
 * (`codes.licenceTypeCode.definer`: “证照定义机构代码：{reason}”), keeping its severity.
 */
export function nested(
  part: (inner: Message) => Message,
  reasons: readonly CodeReason[]
): CodeReason[] {
  return reasons.map((inner) => reason(inner.severity, part(reasonMessage(inner))))
}
