import { message, type ErrorValue } from '../../i18n/message'
import type { OperatorRole } from './roles'

/**
 * Who may call an RPC channel: anybody (`public`: sign-in and the first-run status), any
 * signed-in operator whose session is not locked (`signedIn`), or an operator holding one of
 * the listed roles.
 */
export type ChannelAccess = 'public' | 'signedIn' | readonly OperatorRole[]

/** Where the caller stands: nobody signed in, a session locked after idling, or active. */
export type CallerStanding =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'locked' }
  | { readonly kind: 'active'; readonly roles: readonly OperatorRole[] }

/**
 * The refusal for a caller at `access`, or null when the call may go ahead:
 * `errors.auth.signInRequired`, `errors.auth.locked` (sign in again), `errors.auth.forbidden`.
 */
export function refusalFor(access: ChannelAccess, standing: CallerStanding): ErrorValue | null {
  if (access === 'public') return null
  if (standing.kind === 'anonymous') return message('errors.auth.signInRequired')
  if (standing.kind === 'locked') return message('errors.auth.locked')
  if (access === 'signedIn') return null
  return standing.roles.some((role) => access.includes(role))
    ? null
    : message('errors.auth.forbidden')
}
