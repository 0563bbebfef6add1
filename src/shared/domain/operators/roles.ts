/**
 * 操作员角色: 审计员 (auditor), 合规专员 (complianceOfficer), 系统管理员 (administrator).
 * An account holds one or more of them; their words are `operators.role.<role>`.
 */
export const operatorRoles = ['auditor', 'complianceOfficer', 'administrator'] as const
export type OperatorRole = (typeof operatorRoles)[number]

export function isOperatorRole(value: unknown): value is OperatorRole {
  return typeof value === 'string' && (operatorRoles as readonly string[]).includes(value)
}

/** The roles in their fixed order, each once: how an account's roles are stored and shown. */
export function normalizeRoles(roles: readonly OperatorRole[]): OperatorRole[] {
  return operatorRoles.filter((role) => roles.includes(role))
}
