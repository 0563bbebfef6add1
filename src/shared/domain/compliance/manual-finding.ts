import { z } from 'zod'
import { IsoDate } from '../licences/common'
import { article31ItemLabel, article31Kinds, citeProvision } from './articles'
import { EvidenceAttachment, evidenceOf, findingId, type Finding } from './finding'

/**
 * 第三十一条 (六) and (八) cannot be read off the data: abuse of power or dereliction of duty, and
 * other breaches, are found by inspection and recorded by an officer with the evidence attached.
 */
export const manualFindingKinds = {
  'manual.abuse-of-power': { kind: 6, title: '滥用职权、玩忽职守、徇私舞弊' },
  'manual.other': { kind: 8, title: '其他违反电子证照相关规定的行为' }
} as const
export type ManualFindingRuleId = keyof typeof manualFindingKinds

export const ManualFindingInput = z.object({
  ruleId: z.enum(
    Object.keys(manualFindingKinds) as [ManualFindingRuleId, ...ManualFindingRuleId[]]
  ),
  /** The case reference that makes the finding's id, e.g. 督查记录编号; unique per rule. */
  caseId: z.string().trim().min(1),
  departmentId: z.string().min(1),
  /** What was found, in the officer's words. */
  description: z.string().trim().min(10, { error: '请具体描述发现的问题（至少10个字）' }),
  recordedOn: IsoDate,
  recordedBy: z.string().trim().min(1),
  /** At least one piece of evidence: a manual finding stands on what was seen, not on data. */
  attachments: z.array(EvidenceAttachment).min(1, { error: '人工登记的问题须附至少一份证据材料' }),
  relatedRecordIds: z.array(z.string().min(1)).default([])
})
export type ManualFindingInput = z.input<typeof ManualFindingInput>

export type ManualFindingResult =
  | { ok: true; data: Finding }
  | { ok: false; error: { code: 'MANUAL_FINDING_INVALID'; message: string; issues: string[] } }

/** A finding of Art. 31 kind 六 or 八 recorded by hand; scans never resolve it. */
export function createManualFinding(input: ManualFindingInput): ManualFindingResult {
  const parsed = ManualFindingInput.safeParse(input)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    return {
      ok: false,
      error: {
        code: 'MANUAL_FINDING_INVALID',
        message: `登记信息不完整：${issues.join('；')}`,
        issues
      }
    }
  }
  const data = parsed.data
  const { kind, title } = manualFindingKinds[data.ruleId]
  return {
    ok: true,
    data: {
      id: findingId(data.ruleId, data.caseId),
      ruleId: data.ruleId,
      kind,
      article: '第三十一条',
      title,
      subjectType: 'manual',
      subjectId: data.caseId,
      sourceTable: 'manual',
      sourceId: data.caseId,
      departmentId: data.departmentId,
      outcome: 'violation',
      status: 'open',
      firstSeen: data.recordedOn,
      lastSeen: data.recordedOn,
      resolvedOn: null,
      explanation: `${citeProvision('第三十一条')}，${article31ItemLabel(kind)}“${article31Kinds[kind].text}”。经${data.recordedBy}登记（${data.caseId}）：${data.description}`,
      evidence: evidenceOf({
        recordIds: data.relatedRecordIds,
        actual: data.recordedOn,
        facts: { recordedBy: data.recordedBy },
        attachments: data.attachments
      })
    }
  }
}

/** Closes a manual finding once the officer confirms it is dealt with; scans never do. */
export function resolveManualFinding(
  finding: Finding,
  resolvedOn: string
):
  | { ok: true; data: Finding }
  | { ok: false; error: { code: 'MANUAL_FINDING_NOT_OPEN'; message: string } } {
  if (
    finding.sourceTable !== 'manual' ||
    finding.status !== 'open' ||
    !IsoDate.safeParse(resolvedOn).success
  ) {
    return {
      ok: false,
      error: {
        code: 'MANUAL_FINDING_NOT_OPEN',
        message: `${finding.id} 不是待处理的人工登记问题，或日期有误`
      }
    }
  }
  return { ok: true, data: { ...finding, status: 'resolved', resolvedOn, lastSeen: resolvedOn } }
}
