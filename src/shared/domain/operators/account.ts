import { message, type ErrorValue } from '../../i18n/message'
import { normalizeRoles, type OperatorRole } from './roles'

/** Shortest password an operator may choose (密码至少 10 位). */
export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 256
export const MAX_NAME_LENGTH = 40
export const MAX_UNIT_LENGTH = 80

/** Who acted, as main tells the renderer after sign-in and for an audit entry. */
export interface OperatorIdentity {
  readonly id: string
  /** 姓名 */
  readonly name: string
  /** 单位/科室 */
  readonly unit: string
  readonly roles: OperatorRole[]
}

/** An account as the 操作员管理 page lists it (never its password hash). */
export interface OperatorSummary extends OperatorIdentity {
  readonly enabled: boolean
  readonly createdAt: string
  /** Until when sign-in is refused after repeated failures; null when not locked out. */
  readonly lockedUntil: string | null
}

/** Why a password cannot be used, or null: `operators.error.passwordTooShort` names the minimum. */
export function passwordProblem(password: string): ErrorValue | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return message('operators.error.passwordTooShort', { min: MIN_PASSWORD_LENGTH })
  if (password.length > MAX_PASSWORD_LENGTH)
    return message('operators.error.passwordTooLong', { max: MAX_PASSWORD_LENGTH })
  return null
}

/** A name or unit as stored: trimmed, inner runs of white space as one space. */
export function tidyText(value: string): string {
  return value.trim().replace(/\s+/g, ' ')
}

export interface AccountDraft {
  name: string
  unit: string
  roles: readonly OperatorRole[]
}

/** The account's fields tidied, or the first problem with them. */
export function checkAccount(
  draft: AccountDraft
): { ok: true; account: AccountDraft } | { ok: false; error: ErrorValue } {
  const name = tidyText(draft.name)
  const unit = tidyText(draft.unit)
  const roles = normalizeRoles(draft.roles)
  if (!name || name.length > MAX_NAME_LENGTH)
    return { ok: false, error: message('operators.error.nameInvalid', { max: MAX_NAME_LENGTH }) }
  if (!unit || unit.length > MAX_UNIT_LENGTH)
    return { ok: false, error: message('operators.error.unitInvalid', { max: MAX_UNIT_LENGTH }) }
  if (roles.length === 0) return { ok: false, error: message('operators.error.noRole') }
  return { ok: true, account: { name, unit, roles } }
}
