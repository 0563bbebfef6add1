import {
  bundledYearNotices,
  defaultWorkingDayCalendar,
  validateYearNotice,
  type WorkingDayCalendar,
  type YearNotice,
  type YearNoticeIssue
} from '@shared/domain/calendar'
import {
  complianceRules,
  parameterIssue,
  type ComplianceRuleId,
  type Finding,
  type FindingStatus,
  type ScanSettings
} from '@shared/domain/compliance'
import { list, message } from '@shared/i18n'
import { fromStoredFinding, readScanRecord, type ComplianceScanRecord } from '../compliance-changes'
import type { WorkbenchDb } from '../database'
import type { AuditRepository } from './audit'
import { failure, ok, type RepoResult, type RepositoryContext } from './context'

/** settings keys of the compliance scan. */
export const RULE_PARAMETERS_KEY = 'compliance.ruleParameters'
export const YEAR_NOTICES_KEY = 'compliance.yearNotices'

export type RuleParameters = Partial<Record<ComplianceRuleId, unknown>>

export interface FindingFilter {
  kind?: number
  ruleId?: string
  departmentId?: string
  status?: FindingStatus
}

/** The holiday tables the Bureau entered, over the bundled ones. */
export async function readYearNotices(db: WorkbenchDb): Promise<YearNotice[]> {
  return ((await db.settings.get(YEAR_NOTICES_KEY))?.value as YearNotice[] | undefined) ?? []
}

export async function readRuleParameters(db: WorkbenchDb): Promise<RuleParameters> {
  return ((await db.settings.get(RULE_PARAMETERS_KEY))?.value as RuleParameters | undefined) ?? {}
}

/** The bundled calendar with every entered year added (or replacing a bundled one). */
export async function workbenchCalendar(db: WorkbenchDb): Promise<WorkingDayCalendar> {
  return (await readYearNotices(db)).reduce(
    (calendar, notice) => calendar.withNotice(notice),
    defaultWorkingDayCalendar
  )
}

/**
 * What a deadline is judged against on `today`: the Bureau's holiday notices and rule parameters.
 * The scan and the 总览 charts read it here, so they cannot disagree.
 */
export async function readScanSettings(db: WorkbenchDb, today: string): Promise<ScanSettings> {
  return { today, calendar: await workbenchCalendar(db), parameters: await readRuleParameters(db) }
}

/** 合规发现 and the compliance settings the scan reads. */
export function createComplianceRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  return {
    /** Findings matching every given criterion, newest first seen first. */
    async findings(filter: FindingFilter = {}): Promise<Finding[]> {
      const rows =
        filter.departmentId !== undefined && filter.status !== undefined
          ? await db.findings
              .where('[departmentId+status]')
              .equals([filter.departmentId, filter.status])
              .toArray()
          : filter.ruleId !== undefined
            ? await db.findings.where('ruleId').equals(filter.ruleId).toArray()
            : await db.findings.toArray()
      return rows
        .map(fromStoredFinding)
        .filter(
          (finding) =>
            (filter.kind === undefined || finding.kind === filter.kind) &&
            (filter.ruleId === undefined || finding.ruleId === filter.ruleId) &&
            (filter.departmentId === undefined ||
              (finding.departmentId ?? '') === filter.departmentId) &&
            (filter.status === undefined || finding.status === filter.status)
        )
        .sort((a, b) => b.firstSeen.localeCompare(a.firstSeen) || a.id.localeCompare(b.id))
    },

    async findingsById(ids: readonly string[]): Promise<(Finding | undefined)[]> {
      const rows = await db.findings.bulkGet([...ids])
      return rows.map((row) => (row ? fromStoredFinding(row) : undefined))
    },

    /** The last scan (state, totals, when), or undefined before the first. */
    lastScan: (): Promise<ComplianceScanRecord | undefined> => readScanRecord(db),

    ruleParameters: () => readRuleParameters(db),

    /** The working-day calendar the scan and the notices count with. */
    calendar: () => workbenchCalendar(db),

    /**
     * 合规规则参数: checked with the rule's own schema, stored parsed (defaults filled); audited.
     * Refused with `compliance.error.unknownRule` or `compliance.error.invalidParameters`, which
     * name each rejected parameter and what is wrong with it.
     */
    async setRuleParameters(
      ruleId: ComplianceRuleId,
      parameters: unknown
    ): Promise<RepoResult<unknown>> {
      const rule = complianceRules.find((candidate) => candidate.id === ruleId)
      if (!rule) return failure(message('compliance.error.unknownRule', { rule: ruleId }))
      const parsed = rule.parameters.safeParse(parameters)
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => parameterIssue(rule, issue))
        return failure(message('compliance.error.invalidParameters', { issues: list(issues) }))
      }
      const all = { ...(await readRuleParameters(db)), [ruleId]: parsed.data }
      await audit.recordChange(
        [db.settings],
        {
          action: 'compliance.ruleParameters',
          target: `rule:${ruleId}`,
          details: { parameters: JSON.stringify(parsed.data) }
        },
        async () => {
          await db.settings.put({ key: RULE_PARAMETERS_KEY, value: all })
        }
      )
      return ok(parsed.data)
    },

    /** Bundled years with their source, then those entered here. */
    async yearNotices(): Promise<{ bundled: readonly YearNotice[]; entered: YearNotice[] }> {
      return { bundled: bundledYearNotices, entered: await readYearNotices(db) }
    },

    /** 节假日安排: a year's notice, validated (messages in Chinese), added or replaced; audited. */
    async saveYearNotice(
      input: unknown
    ): Promise<RepoResult<YearNotice> & { issues?: YearNoticeIssue[] }> {
      const checked = validateYearNotice(input)
      if (!checked.ok) return { ...failure(checked.error), issues: checked.error.issues }
      const notice = checked.data
      const entered = (await readYearNotices(db)).filter((item) => item.year !== notice.year)
      await audit.recordChange(
        [db.settings],
        {
          action: 'calendar.yearNotice',
          target: `calendar:${notice.year}`,
          details: { title: notice.source.title, holidays: notice.holidays.length }
        },
        async () => {
          await db.settings.put({
            key: YEAR_NOTICES_KEY,
            value: [...entered, notice].sort((a, b) => a.year - b.year)
          })
        }
      )
      return ok(notice)
    }
  }
}

export type ComplianceRepository = ReturnType<typeof createComplianceRepository>
