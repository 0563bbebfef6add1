import { isOperatorRole, normalizeRoles, type OperatorRole } from './roles'
import type { OperatorIdentity } from './account'

/**
 * 操作人 as the audit log stores it: the operator's name and, in brackets, their role codes
 * (`张三 [complianceOfficer]`), so the entry names the person and the role they acted in while the
 * screen puts the roles into the reader's words. Entries from before sign-in existed hold a bare
 * name (`本机操作员`) and read back with no roles.
 */
export function actorOf(identity: Pick<OperatorIdentity, 'name' | 'roles'>): string {
  const roles = normalizeRoles(identity.roles)
  return roles.length === 0 ? identity.name : `${identity.name} [${roles.join(',')}]`
}

const ACTOR_PATTERN = /^(.*\S) \[([A-Za-z,]+)\]$/

/** The name and roles of a stored 操作人; an older or foreign value is all name, no roles. */
export function readActor(actor: string): { name: string; roles: OperatorRole[] } {
  const match = ACTOR_PATTERN.exec(actor)
  const codes = match?.[2]?.split(',') ?? []
  if (!match?.[1] || codes.length === 0 || !codes.every(isOperatorRole))
    return { name: actor, roles: [] }
  return { name: match[1], roles: normalizeRoles(codes) }
}
