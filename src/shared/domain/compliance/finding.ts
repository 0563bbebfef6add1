import { z } from 'zod'
import { IsoDate, Sha256Hex } from '../licences/common'

/** What a finding is about; decides how its subject id reads. */
export const subjectTypeLabels = {
  catalogEntry: '证照目录',
  licence: '电子证照',
  statusChange: '证照状态变更',
  usageRecord: '用证记录',
  unitDay: '用证单位单日用证',
  objection: '异议复核',
  notice: '整改通知',
  manual: '人工登记'
} as const
export const SubjectType = z.enum(
  Object.keys(subjectTypeLabels) as [
    keyof typeof subjectTypeLabels,
    ...(keyof typeof subjectTypeLabels)[]
  ]
)
export type SubjectType = z.infer<typeof SubjectType>

/**
 * The table whose re-evaluation produces a finding: an incremental re-scan replaces exactly the
 * findings of the records it re-reads. `reference` covers the small tables (departments, catalog,
 * notices), which are re-read whole; `manual` findings are never touched by a scan.
 */
export const SourceTable = z.enum([
  'reference',
  'licences',
  'usageRecords',
  'unitDays',
  'objections',
  'manual'
])
export type SourceTable = z.infer<typeof SourceTable>

/**
 * `violation`: the rule is broken. `undetermined`: the deadline falls in a year whose holiday
 * table is missing, so the scan cannot tell; shown to the user, never silently dropped.
 */
export const FindingOutcome = z.enum(['violation', 'undetermined'])
export type FindingOutcome = z.infer<typeof FindingOutcome>

export const FindingStatus = z.enum(['open', 'resolved'])
export type FindingStatus = z.infer<typeof FindingStatus>

/** 证据附件: a stored file identified by its hash, with what it shows. */
export const EvidenceAttachment = z.object({
  fileName: z.string().trim().min(1),
  sha256: Sha256Hex,
  note: z.string()
})
export type EvidenceAttachment = z.infer<typeof EvidenceAttachment>

const FactValue = z.union([z.string(), z.number(), z.boolean(), z.null()])

export const FindingEvidence = z.object({
  /** The records that show the violation, the subject first. */
  recordIds: z.array(z.string().min(1)),
  /** Last day of the period (its 24:00 Beijing time ends it), when the rule has a deadline. */
  deadline: IsoDate.nullable(),
  /** When the act happened (instant or date); null when it has not happened yet. */
  actual: z.string().nullable(),
  /** Working days after `deadline` the act came, or TODAY lies when it has not come. */
  workingDaysLate: z.int().nullable(),
  /** Rule-specific facts, e.g. `{ missing: '证照底图' }`. */
  facts: z.record(z.string(), FactValue),
  attachments: z.array(EvidenceAttachment)
})
export type FindingEvidence = z.infer<typeof FindingEvidence>

/**
 * 违规发现. The id is `<rule id>:<subject id>`, so scanning the same data again finds the same
 * finding and updates it rather than adding a second one.
 */
export const Finding = z.object({
  id: z.string().min(1),
  ruleId: z.string().min(1),
  /** 第三十一条 kind (一 … 八). */
  kind: z.literal([1, 2, 3, 4, 5, 6, 7, 8]),
  /** The article enforced, e.g. 第十三条. */
  article: z.string().min(1),
  title: z.string().min(1),
  subjectType: SubjectType,
  subjectId: z.string().min(1),
  sourceTable: SourceTable,
  sourceId: z.string().min(1),
  /** 谁提供，谁负责 (Art. 15): the department answerable; null when no department matches. */
  departmentId: z.string().min(1).nullable(),
  outcome: FindingOutcome,
  status: FindingStatus,
  /** Scan dates (the scan's TODAY). */
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  resolvedOn: IsoDate.nullable(),
  /** zh-CN, quoting the article. */
  explanation: z.string().min(1),
  evidence: FindingEvidence
})
export type Finding = z.infer<typeof Finding>

export function findingId(ruleId: string, subjectId: string): string {
  return `${ruleId}:${subjectId}`
}

/** Evidence with the fields a rule does not use left empty. */
export function evidenceOf(
  parts: Partial<FindingEvidence> & Pick<FindingEvidence, 'recordIds'>
): FindingEvidence {
  return {
    deadline: null,
    actual: null,
    workingDaysLate: null,
    facts: {},
    attachments: [],
    ...parts
  }
}

/** What a rule reports; the engine adds the rule's identity, the id and the dates. */
export interface FindingDraft {
  subjectId: string
  /** The record whose re-evaluation reproduces this finding (see {@link SourceTable}). */
  sourceId: string
  departmentId: string | null
  outcome?: FindingOutcome
  explanation: string
  evidence: FindingEvidence
}

export type Emit = (draft: FindingDraft) => void
