import type { OperatorRole } from './roles'

/**
 * Steps that happen in the renderer's own data (IndexedDB), not behind an RPC channel, but that
 * only some roles may take. Before such a step the renderer asks main (`operators.authorize`);
 * main answers with the operator's identity only when a role of the signed-in operator is listed
 * here, so main decides who issues a 整改通知 or a 书面通报.
 */
export const authorizedActions = {
  /** 下发整改通知 (Art. 31: 责令限期改正): only 合规专员. */
  'notice.issue': ['complianceOfficer'],
  /** 书面通报 when a rectification lapses: only 合规专员. */
  'circular.issue': ['complianceOfficer'],
  /** 移送 a lapsed case to the competent authority: the escalation of a notice, 合规专员. */
  'referral.issue': ['complianceOfficer'],
  /** 设置 (rule parameters, seal policy, working-day calendar): only 系统管理员. */
  'settings.change': ['administrator'],
  /** 不打码导出 personal identifiers (an audited, role-gated action): only 合规专员. */
  'export.unmasked': ['complianceOfficer']
} as const satisfies Record<string, readonly OperatorRole[]>

export type AuthorizedAction = keyof typeof authorizedActions

export const authorizedActionNames = Object.keys(authorizedActions) as AuthorizedAction[]

export function isAuthorizedAction(value: unknown): value is AuthorizedAction {
  return typeof value === 'string' && Object.hasOwn(authorizedActions, value)
}

/** Whether an operator holding `roles` may take `action`. */
export function mayTake(action: AuthorizedAction, roles: readonly OperatorRole[]): boolean {
  const allowed: readonly OperatorRole[] = authorizedActions[action]
  return roles.some((role) => allowed.includes(role))
}
