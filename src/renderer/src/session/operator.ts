import { actorOf, readActor, type OperatorIdentity } from '@shared/domain/operators'
import { message, type Message } from '@shared/i18n/message'

/**
 * The operator signed in in this window, as main last confirmed them; set by the operator store
 * (sign-in, sign-out, every authorization). Kept outside Pinia so the repositories and the
 * workers' starters can name who acts without a component around them.
 */
let signedIn: OperatorIdentity | null = null

export function setSignedInOperator(identity: OperatorIdentity | null): void {
  signedIn = identity
}

export function signedInOperator(): OperatorIdentity | null {
  return signedIn
}

/**
 * 操作人 of an audit entry: the signed-in operator's name and roles (`张三 [complianceOfficer]`).
 * Nothing is audited without an operator: the shell opens the working copy after sign-in.
 */
export function currentActor(): string {
  if (!signedIn) throw new Error('no operator is signed in')
  return actorOf(signedIn)
}

/** A stored 操作人 in the reader's words: `张三（合规专员）`; an old entry's bare name as it is. */
export function actorMessage(actor: string): Message {
  const { name, roles } = readActor(actor)
  return roles.length === 0
    ? message('operators.actorName', { name })
    : message('operators.actor', {
        name,
        roles: { list: roles.map((role) => message(`operators.role.${role}`)) }
      })
}
