import { z } from 'zod'
import { list, message, type ErrorValue, type Message } from '../../i18n/message'
import { IsoDate } from '../licences/common'
import {
  article31ItemLabel,
  article31KindText,
  articleLabel,
  citeProvision,
  type Article31Kind
} from './articles'
import { EvidenceAttachment, evidenceOf, findingId, type Finding } from './finding'

/**
 * 第三十一条 (六) and (八) cannot be read off the data: abuse of power or dereliction of duty, and
 * other breaches, are found by inspection and recorded by an officer with the evidence attached.
 */
export const manualFindingKinds = {
  'manual.abuse-of-power': { kind: 6, title: message('compliance.rule.manualAbuseOfPower') },
  'manual.other': { kind: 8, title: message('compliance.rule.manualOther') }
} as const satisfies Record<string, { kind: Article31Kind; title: Message }>
export type ManualFindingRuleId = keyof typeof manualFindingKinds

const DESCRIPTION_TOO_SHORT = 'compliance.manual.descriptionTooShort'
const EVIDENCE_REQUIRED = 'compliance.manual.evidenceRequired'

export const ManualFindingInput = z.object({
  ruleId: z.enum(
    Object.keys(manualFindingKinds) as [ManualFindingRuleId, ...ManualFindingRuleId[]]
  ),
  /** The case reference that makes the finding's id, e.g. 督查记录编号; unique per rule. */
  caseId: z.string().trim().min(1),
  departmentId: z.string().min(1),
  /** What was found, in the officer's words. */
  description: z.string().trim().min(10, { error: DESCRIPTION_TOO_SHORT }),
  recordedOn: IsoDate,
  recordedBy: z.string().trim().min(1),
  /** At least one piece of evidence: a manual finding stands on what was seen, not on data. */
  attachments: z.array(EvidenceAttachment).min(1, { error: EVIDENCE_REQUIRED }),
  relatedRecordIds: z.array(z.string().min(1)).default([])
})
export type ManualFindingInput = z.input<typeof ManualFindingInput>

/** The fields of the form, each named in the reader's language when one is missing or wrong. */
const FIELDS = new Set([
  'ruleId',
  'caseId',
  'departmentId',
  'description',
  'recordedOn',
  'recordedBy',
  'attachments',
  'relatedRecordIds'
])

/** One problem of the form in words: the rule's own message, or which field to fill in. */
function issueMessage(issue: { path: PropertyKey[]; message: string }): Message {
  if (issue.message === DESCRIPTION_TOO_SHORT || issue.message === EVIDENCE_REQUIRED)
    return message(issue.message)
  const field = String(issue.path[0] ?? '')
  return message('compliance.manual.fieldMissing', {
    field: FIELDS.has(field)
      ? message(`compliance.manual.field.${field}`)
      : message('compliance.manual.field.description')
  })
}

export type ManualFindingResult = { ok: true; data: Finding } | { ok: false; error: ErrorValue }

/** A finding of Art. 31 kind 六 or 八 recorded by hand; scans never resolve it. */
export function createManualFinding(input: ManualFindingInput): ManualFindingResult {
  const parsed = ManualFindingInput.safeParse(input)
  if (!parsed.success) {
    return {
      ok: false,
      error: message('compliance.manual.invalid', {
        issues: list(parsed.error.issues.map(issueMessage))
      })
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
      article: articleLabel('art31'),
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
      explanation: message('compliance.explanation.manual', {
        citation: citeProvision('art31'),
        item: article31ItemLabel(kind),
        kindText: article31KindText(kind),
        recordedBy: data.recordedBy,
        caseId: data.caseId,
        description: data.description
      }),
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
): { ok: true; data: Finding } | { ok: false; error: ErrorValue } {
  if (
    finding.sourceTable !== 'manual' ||
    finding.status !== 'open' ||
    !IsoDate.safeParse(resolvedOn).success
  ) {
    return { ok: false, error: message('compliance.manual.notOpen') }
  }
  return { ok: true, data: { ...finding, status: 'resolved', resolvedOn, lastSeen: resolvedOn } }
}
