/** What kind of code a string was recognised as. */
export type CodeKind =
  | 'uscc'
  | 'citizenId'
  | 'licenceIdentifier'
  | 'licenceTypeCode'
  | 'divisionCode'
  | 'holderCode'
  | 'unknown'

export const codeKindLabels: Record<CodeKind, string> = {
  uscc: '统一社会信用代码',
  citizenId: '公民身份号码',
  licenceIdentifier: '证照标识',
  licenceTypeCode: '证照类型代码',
  divisionCode: '行政区划代码',
  holderCode: '持证主体代码',
  unknown: '无法识别'
}

/**
 * `warning`: legal in structure but doubtful (a failed legacy checksum, a statistical-only
 * division); the record stays usable and the finding goes to the issuer. `invalid`: unusable.
 */
export type CodeStatus = 'valid' | 'warning' | 'invalid'

export const codeStatusLabels: Record<CodeStatus, string> = {
  valid: '有效',
  warning: '警告',
  invalid: '无效'
}

export interface CodeReason {
  /** Stable dotted code, e.g. `uscc.checksum`. */
  code: string
  /** zh-CN explanation for the user. */
  message: string
  severity: 'warning' | 'invalid'
}

export interface CodeCheckResult {
  kind: CodeKind
  status: CodeStatus
  reasons: CodeReason[]
  /** The code as it should be stored: trimmed, upper case. */
  normalized: string
}

export function warning(code: string, message: string): CodeReason {
  return { code, message, severity: 'warning' }
}

export function invalid(code: string, message: string): CodeReason {
  return { code, message, severity: 'invalid' }
}

export function statusOf(reasons: readonly CodeReason[]): CodeStatus {
  if (reasons.some((reason) => reason.severity === 'invalid')) return 'invalid'
  return reasons.length > 0 ? 'warning' : 'valid'
}

export function result(kind: CodeKind, normalized: string, reasons: CodeReason[]): CodeCheckResult {
  return { kind, status: statusOf(reasons), reasons, normalized }
}

/** Reasons of an embedded code, their messages prefixed with the part they are about. */
export function nested(prefix: string, reasons: readonly CodeReason[]): CodeReason[] {
  return reasons.map((reason) => ({ ...reason, message: `${prefix}：${reason.message}` }))
}
