import { message, type Message } from '../../i18n/message'
import type { ScanSettings } from './evaluation'
import type { Finding } from './finding'
import { manualFindingKinds, type ManualFindingRuleId } from './manual-finding'
import type { RequiredCorrection } from './notice'
import { complianceRules } from './rules'

function correctionText(
  ruleId: string,
  count: number,
  parameters: ScanSettings['parameters']
): Message {
  const rule = complianceRules.find((candidate) => candidate.id === ruleId)
  if (rule) {
    const parsed = rule.parameters.safeParse(parameters?.[rule.id] ?? {})
    return rule.correction(count, parsed.success ? parsed.data : rule.parameters.parse({}))
  }
  const manual = Object.hasOwn(manualFindingKinds, ruleId)
    ? manualFindingKinds[ruleId as ManualFindingRuleId]
    : null
  return message('compliance.correction.manual', {
    count,
    title: manual?.title ?? message('compliance.rule.unknown')
  })
}

/**
 * 整改要求 of a notice: one per rule among its findings, in Art. 31 order, each worded for the
 * number of findings and the Bureau's parameters (e.g. its push deadline).
 */
export function requiredCorrections(
  findings: readonly Finding[],
  parameters?: ScanSettings['parameters']
): RequiredCorrection[] {
  const byRule = new Map<string, { kind: number; article: Message; count: number }>()
  for (const finding of findings) {
    const group = byRule.get(finding.ruleId) ?? {
      kind: finding.kind,
      article: finding.article,
      count: 0
    }
    group.count += 1
    byRule.set(finding.ruleId, group)
  }
  return [...byRule]
    .sort(([a, x], [b, y]) => x.kind - y.kind || a.localeCompare(b))
    .map(([ruleId, group]) => ({
      ruleId,
      kind: group.kind,
      article: group.article,
      findingCount: group.count,
      text: correctionText(ruleId, group.count, parameters)
    }))
}
