import { z } from 'zod'
import { message, type Message, type MessageParam } from '../../i18n/message'
import { IsoDate, Sha256Hex } from '../licences/common'

/** What a finding is about; decides how its subject id reads. */
export const SUBJECT_TYPES = [
  'catalogEntry',
  'licence',
  'statusChange',
  'usageRecord',
  'unitDay',
  'objection',
  'notice',
  'manual'
] as const
export const SubjectType = z.enum(SUBJECT_TYPES)
export type SubjectType = z.infer<typeof SubjectType>

/** `证照目录` / `Catalog entry`: what kind of record a finding is about. */
export function subjectTypeLabel(type: SubjectType): Message {
  return message(`compliance.subjectType.${type}`)
}

/** A message parameter as stored with a finding: text, a number, a nested message, a day… */
export const MessageParamValue: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    MessageValue,
    z.object({ day: z.string() }),
    z.object({ instant: z.string() }),
    z.object({ list: z.array(MessageParamValue) })
  ])
)

/** A message as stored with a finding or a notice: a catalog code and its parameters. */
export const MessageValue: z.ZodType<Message> = z.lazy(() =>
  z.object({
    code: z.string().min(1),
    params: z.record(z.string(), MessageParamValue).optional()
  })
)

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

/** A fact as the evidence shows it: a value in words (a message, a day, an instant…) or a flag. */
export const FactValue = z.union([MessageParamValue, z.boolean(), z.null()])
export type FactValue = z.infer<typeof FactValue>

export const FindingEvidence = z.object({
  /** The records that show the violation, the subject first. */
  recordIds: z.array(z.string().min(1)),
  /** Last day of the period (its 24:00 Beijing time ends it), when the rule has a deadline. */
  deadline: IsoDate.nullable(),
  /** When the act happened (instant or date); null when it has not happened yet. */
  actual: z.string().nullable(),
  /** Working days after `deadline` the act came, or TODAY lies when it has not come. */
  workingDaysLate: z.int().nullable(),
  /**
   * Rule-specific facts, each named by a catalog word (`compliance.fact.<name>`) and valued in
   * words, e.g. `{ generationMode: message('licences.generationMode.offline') }`.
   */
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
  /** The article enforced (`compliance.article.art13`: 第十三条). */
  article: MessageValue,
  /** The rule's title (`compliance.rule.pushOfflineLate`). */
  title: MessageValue,
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
  /** What was found, quoting the article, as a message rendered in the reader's language. */
  explanation: MessageValue,
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
  explanation: Message
  evidence: FindingEvidence
}

export type Emit = (draft: FindingDraft) => void
