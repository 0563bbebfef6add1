/**
 * Every action the workbench writes to the 审计日志. Producers are typed against this list, so an
 * action cannot be recorded without being here, and the 审计日志 page has a label for each (a unit
 * test holds both languages to it). Stored entries keep the plain string (`AuditAction`): logs
 * written before an action was renamed or dropped still load and verify.
 */
export const AUDIT_ACTIONS = [
  'licence.put',
  'licence.delete',
  'privacy.unmask',
  'export.licences',
  'catalog.put',
  'department.put',
  'usage.put',
  'objection.put',
  'objection.reply',
  'import.departments',
  'import.catalog',
  'import.licences',
  'import.usageAuthorizations',
  'settings.update',
  'compliance.scan',
  'compliance.ruleParameters',
  'calendar.yearNotice',
  'rectification.draft',
  'rectification.issue',
  'rectification.receiveReport',
  'rectification.verify',
  'rectification.close',
  'rectification.markOverdue',
  'rectification.circulate',
  'rectification.refer',
  'rectification.return',
  'rectification.issueCircular',
  'rectification.deliverCircular',
  'demo.load',
  'demo.reset',
  'sync.run',
  'sync.resync',
  'seals.verify',
  'seals.batch',
  'seals.trustStore.import',
  'seals.trustStore.remove',
  // Recorded by main in its own log (src/main/services/audit), whoever called.
  'operators.setup',
  'operators.create',
  'operators.update',
  'operators.setEnabled',
  'operators.resetPassword',
  'operators.changePassword',
  'sync.configure',
  'documents.issue',
  'documents.seal.configure'
] as const

export type AuditActionCode = (typeof AUDIT_ACTIONS)[number]

const known: ReadonlySet<string> = new Set(AUDIT_ACTIONS)

/** False for an action only an older version wrote. */
export function isAuditActionCode(code: string): code is AuditActionCode {
  return known.has(code)
}
