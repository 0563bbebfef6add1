import { list, message, type Message, type MessageParam } from '../../i18n/message'
import type { WorkingDayCalendar } from '../calendar/working-day-calendar'
import type { Licence } from '../licences/licence'
import type { Objection } from '../licences/objection'
import type { UsageRecord } from '../licences/usage-record'
import { articleOf } from './articles'
import { CodeValidity } from './code-validity'
import { beijingDayNumber, dayNumberOfDate, WorkingDayDeadlines } from './deadlines'
import { findingId, type Emit, type Finding } from './finding'
import { parameterIssue } from './parameter-problems'
import type { PrecomputedLicence } from './precomputed'
import type { ComplianceReference } from './ports'
import {
  sourceTableOfScope,
  type AnyComplianceRule,
  type ComplianceRuleId,
  type LicenceRule,
  type ObjectionRule,
  type ReferenceRule,
  type RuleContext,
  type UnitDayRule,
  type UsageRule,
  type UsageWithLicenceRule
} from './rule'
import { complianceRules } from './rules'

export type ComplianceErrorCode =
  'compliance.error.invalidSettings' | 'compliance.error.aborted' | 'compliance.error.needsFullScan'

/** Why a scan did not run or did not finish: a message under `compliance.error.`. */
export interface ComplianceError extends Message {
  readonly code: ComplianceErrorCode
}

export type ComplianceResult<T> = { ok: true; data: T } | { ok: false; error: ComplianceError }

export function complianceError(
  code: ComplianceErrorCode,
  params?: Record<string, MessageParam>
): { ok: false; error: ComplianceError } {
  return { ok: false, error: message(code, params) as ComplianceError }
}

/** The Bureau's settings for a scan. */
export interface ScanSettings {
  /** TODAY, `YYYY-MM-DD` in 北京时间: lateness of what has not happened is judged on it. */
  today: string
  calendar: WorkingDayCalendar
  /** Per rule id, that rule's parameters; omitted ones take their defaults. */
  parameters?: Partial<Record<ComplianceRuleId, unknown>>
  /** The rules to run; all by default. */
  ruleIds?: readonly ComplianceRuleId[]
}

export interface ResolvedRule {
  rule: AnyComplianceRule
  parameters: unknown
}

/** Each enabled rule with its parameters parsed by its own schema, or every problem found. */
export function resolveRules(settings: ScanSettings): ComplianceResult<ResolvedRule[]> {
  const issues: Message[] = []
  const wanted = settings.ruleIds ? new Set(settings.ruleIds) : null
  for (const id of Object.keys(settings.parameters ?? {})) {
    if (!complianceRules.some((rule) => rule.id === id))
      issues.push(message('compliance.settings.unknownRule', { rule: id }))
  }
  const resolved: ResolvedRule[] = []
  for (const rule of complianceRules) {
    if (wanted && !wanted.has(rule.id)) continue
    const parsed = rule.parameters.safeParse(settings.parameters?.[rule.id] ?? {})
    if (parsed.success) resolved.push({ rule, parameters: parsed.data })
    else for (const issue of parsed.error.issues) issues.push(parameterIssue(rule, issue))
  }
  if (dayNumberOfDate(settings.today) === undefined)
    issues.push(message('compliance.settings.invalidToday', { today: settings.today }))
  if (issues.length > 0) {
    return complianceError('compliance.error.invalidSettings', { issues: list(issues) })
  }
  return { ok: true, data: resolved }
}

export function ruleContext(settings: ScanSettings, reference: ComplianceReference): RuleContext {
  const unitDepartments = new Map(
    reference.departments.map((department) => [department.uscc, department.id])
  )
  const names = new Map<string | null, string>(
    reference.departments.map((department) => [department.id, department.name])
  )
  return {
    today: settings.today,
    todayDay: dayNumberOfDate(settings.today) ?? 0,
    calendar: settings.calendar,
    deadlines: new WorkingDayDeadlines(settings.calendar),
    codes: new CodeValidity(),
    reference,
    dayOf: beijingDayNumber,
    dayOfDate: dayNumberOfDate,
    departmentOfUnit: (uscc) => unitDepartments.get(uscc) ?? null,
    departmentName: (id) => names.get(id) ?? message('compliance.department.unknown')
  }
}

/** Findings of one evaluation, keyed by id (a subject found twice is one finding). */
export class FindingCollector {
  readonly findings = new Map<string, Finding>()

  constructor(private readonly today: string) {}

  emitterFor(rule: AnyComplianceRule): Emit {
    const article = articleOf(rule.provision)
    const sourceTable = sourceTableOfScope[rule.scope]
    return (draft) => {
      const id = findingId(rule.id, draft.subjectId)
      this.findings.set(id, {
        id,
        ruleId: rule.id,
        kind: rule.kind,
        article,
        title: rule.title,
        subjectType: rule.subjectType,
        subjectId: draft.subjectId,
        sourceTable,
        sourceId: draft.sourceId,
        departmentId: draft.departmentId,
        outcome: draft.outcome ?? 'violation',
        status: 'open',
        firstSeen: this.today,
        lastSeen: this.today,
        resolvedOn: null,
        explanation: draft.explanation,
        evidence: draft.evidence
      })
    }
  }
}

type Prepared<R extends AnyComplianceRule> = { rule: R; parameters: unknown; emit: Emit }

/** The enabled rules prepared for one scan, grouped by what they read. */
export class PreparedRules {
  readonly reference: Prepared<ReferenceRule<unknown>>[] = []
  /** Check and emitter kept apart, so the licence loop makes one call per rule and licence. */
  readonly licence: {
    check: (licence: Licence, emit: Emit, precomputed: PrecomputedLicence) => void
    emit: Emit
  }[] = []
  readonly usage: {
    check: (usage: UsageRecord, emit: Emit, usedDay: number | undefined) => void
    emit: Emit
  }[] = []
  readonly usageWithLicence: {
    wants(usage: UsageRecord): boolean
    check(usage: UsageRecord, licence: Licence | undefined): void
  }[] = []
  readonly unitDay: { rule: UnitDayRule<unknown>; parameters: unknown; emit: Emit }[] = []
  readonly objection: ((objection: Objection) => void)[] = []

  constructor(
    readonly context: RuleContext,
    rules: readonly ResolvedRule[],
    collector: FindingCollector
  ) {
    for (const { rule, parameters } of rules) {
      const emit = collector.emitterFor(rule)
      switch (rule.scope) {
        case 'reference':
          this.reference.push({ rule: rule as ReferenceRule<unknown>, parameters, emit })
          break
        case 'licence':
          this.licence.push({
            check: (rule as LicenceRule<unknown>).prepare(context, parameters),
            emit
          })
          break
        case 'usage':
          this.usage.push({
            check: (rule as UsageRule<unknown>).prepare(context, parameters),
            emit
          })
          break
        case 'usageWithLicence': {
          const prepared = (rule as UsageWithLicenceRule<unknown>).prepare(context, parameters)
          this.usageWithLicence.push({
            wants: prepared.wants,
            check: (usage, licence) => prepared.check(usage, licence, emit)
          })
          break
        }
        case 'unitDay':
          this.unitDay.push({ rule: rule as UnitDayRule<unknown>, parameters, emit })
          break
        case 'objection': {
          const check = (rule as ObjectionRule<unknown>).prepare(context, parameters)
          this.objection.push((objection) => check(objection, emit))
          break
        }
      }
    }
  }

  evaluateReference(): void {
    for (const { rule, parameters, emit } of this.reference)
      rule.evaluate(this.context, parameters, emit)
  }

  /** A fresh aggregation per unit-day rule: a full scan feeds it all usage, a re-scan some days. */
  unitDayAggregators(): {
    add(usage: UsageRecord, usedDay: number | undefined): void
    finish(): void
  }[] {
    return this.unitDay.map(({ rule, parameters, emit }) => {
      const aggregator = rule.prepare(this.context, parameters)
      return { add: aggregator.add, finish: () => aggregator.finish(emit) }
    })
  }
}
