import type { ChannelAccess } from '../domain/operators'
import type { ChannelName } from './channels'

/**
 * Who may call each channel; the dispatcher refuses before the handler runs
 * (`errors.auth.signInRequired`, `errors.auth.locked`, `errors.auth.forbidden`). Every channel has
 * an entry (the type and a unit test insist): a new channel is never open by omission.
 *
 * Only 系统管理员 manage operators and the trust store; every signed-in operator may verify seals
 * and read. `operators.authorize` is open to the signed-in; its handler checks the action's roles.
 */
export const channelAccess = {
  'system.info': 'signedIn',
  // The 自检 round trip and the host's liveness check; it carries nothing but a nonce.
  'system.ping': 'public',
  // Every signed-in operator's actions are audited, and any of them may check the log.
  'audit.seal': 'signedIn',
  'audit.commit': 'signedIn',
  'audit.check.page': 'signedIn',
  'audit.check.finish': 'signedIn',
  'audit.mainLog': 'signedIn',
  // Exact look-ups and imports hash codes with main's key; only a signed-in operator may ask.
  'privacy.hashCodes': 'signedIn',
  'privacy.adoptHolderKey': 'signedIn',
  'seals.pickFiles': 'signedIn',
  'seals.verifyFile': 'signedIn',
  'seals.startBatch': 'signedIn',
  'seals.cancelBatch': 'signedIn',
  'seals.batchStatus': 'signedIn',
  'seals.trustStore.list': 'signedIn',
  'seals.trustStore.import': ['administrator'],
  'seals.trustStore.remove': ['administrator'],
  'operators.status': 'public',
  'operators.setup': 'public',
  'operators.signIn': 'public',
  'operators.signOut': 'public',
  'operators.keepAlive': 'signedIn',
  'operators.changePassword': 'signedIn',
  'operators.authorize': 'signedIn',
  'operators.list': ['administrator'],
  'operators.create': ['administrator'],
  'operators.update': ['administrator'],
  'operators.setEnabled': ['administrator'],
  'operators.resetPassword': ['administrator'],
  // Where the data comes from and whether the road there is open: anyone signed in may ask.
  'sync.library': 'signedIn',
  'sync.diagnose': 'signedIn',
  // Which library the whole workstation trusts, and with which certificate: administrators only.
  'sync.configure': ['administrator'],
  // The working copy is every signed-in operator's: any of them syncs it (the outbox carries
  // what their roles already allowed them to record).
  'sync.request': 'signedIn',
  // An offline package brings the library's pages, as a sync would: the same operators.
  'sync.package.open': 'signedIn',
  'sync.package.request': 'signedIn',
  // The way back for an offline workstation: the same operators who would have pushed it.
  'sync.outbox.seal': 'signedIn',
  'sync.outbox.checkReceipt': 'signedIn',
  // Drafts (PDF, DOCX) are anyone's to print; 签发 puts the Bureau's seal on them: the 合规专员
  // who issues notices. Only 系统管理员 hand main the seal's certificate or take it away.
  'documents.render': 'signedIn',
  'documents.issue': ['complianceOfficer'],
  'documents.issued.list': 'signedIn',
  'documents.issued.file': 'signedIn',
  'documents.seal.status': 'signedIn',
  'documents.seal.configure': ['administrator']
} as const satisfies Record<ChannelName, ChannelAccess>

/** The access of a channel; a name without an entry (none should exist) is administrators only. */
export function accessOf(channel: ChannelName): ChannelAccess {
  return (channelAccess as Record<string, ChannelAccess>)[channel] ?? ['administrator']
}
