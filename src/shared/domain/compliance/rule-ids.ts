/**
 * Every rule the engine runs, by id (`<area>.<what>`). Findings, rule parameters in 设置 and
 * rectification notices are keyed by these ids, so they are compliance's own vocabulary; data
 * sources (the demo city among them) refer to them, never the other way round.
 */
export const COMPLIANCE_RULE_IDS = [
  'catalog.incomplete',
  'catalog.unregistered-type',
  'catalog.stale-issuer',
  'push.online-late',
  'push.offline-late',
  'push.bulk-late',
  'status.late',
  'metadata.missing',
  'usage.unauthorized-unit',
  'usage.bulk-access',
  'usage.refused-valid',
  'objection.late',
  'data.expired-shown-valid',
  'data.invalid-code',
  'data.missing-seal',
  'rectification.ignored'
] as const

export type ComplianceRuleId = (typeof COMPLIANCE_RULE_IDS)[number]
