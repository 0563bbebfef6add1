import type { z } from 'zod'
import type { Message, MessageParam } from '../../i18n/message'
import type { WorkingDayCalendar } from '../calendar/working-day-calendar'
import type { Licence } from '../licences/licence'
import type { Objection } from '../licences/objection'
import type { UsageRecord } from '../licences/usage-record'
import type { Article31Kind, QuotedProvision } from './articles'
import type { CodeValidity } from './code-validity'
import type { WorkingDayDeadlines } from './deadlines'
import type { Emit, SourceTable, SubjectType } from './finding'
import type { ComplianceReference } from './ports'
import type { PrecomputedLicence } from './precomputed'
import type { ComplianceRuleId } from './rule-ids'

export type { ComplianceRuleId } from './rule-ids'

/** What every rule may read besides its records. Built once per scan. */
export interface RuleContext {
  /** The scan's TODAY, `YYYY-MM-DD` (北京时间), and its day number. */
  today: string
  todayDay: number
  calendar: WorkingDayCalendar
  deadlines: WorkingDayDeadlines
  codes: CodeValidity
  reference: ComplianceReference
  /**
   * Time readings the rules need per record (`deadlines`), handed over on the context so that a
   * rule binds them once in `prepare` rather than reaching through a module per call.
   */
  dayOf(instant: string): number | undefined
  dayOfDate(date: string): number | undefined
  /** The department a using unit's USCC belongs to (用证单位 → 政务部门), or null. */
  departmentOfUnit(uscc: string): string | null
  /** A department's name for explanations; `（未知单位）` when none or unknown, never its id. */
  departmentName(departmentId: string | null): MessageParam
}

interface RuleDescription<P> {
  id: ComplianceRuleId
  kind: Article31Kind
  /** The provision quoted in explanations; its article is the finding's. */
  provision: QuotedProvision
  /** Short title (`compliance.rule.pushOfflineLate`: 线下生成证照推送逾期). */
  title: Message
  subjectType: SubjectType
  /** The Bureau's settings for this rule, each with its default (`schema.parse({})`). */
  parameters: z.ZodType<P>
  /** The correction a rectification notice orders for `count` findings of this rule. */
  correction(count: number, parameters: P): Message
}

/** Rules over the small tables (departments, catalog, notices), re-read whole on every scan. */
export interface ReferenceRule<P> extends RuleDescription<P> {
  scope: 'reference'
  evaluate(context: RuleContext, parameters: P, emit: Emit): void
}

/** A rule over one licence; `precomputed` holds its parsed times and code checks (入库预计算). */
export interface LicenceRule<P> extends RuleDescription<P> {
  scope: 'licence'
  prepare(
    context: RuleContext,
    parameters: P
  ): (licence: Licence, emit: Emit, precomputed: PrecomputedLicence) => void
}

/** `usedDay`: the use's Beijing day number (undefined when unreadable), read once per record. */
export interface UsageRule<P> extends RuleDescription<P> {
  scope: 'usage'
  prepare(
    context: RuleContext,
    parameters: P
  ): (usage: UsageRecord, emit: Emit, usedDay: number | undefined) => void
}

/** A usage rule that must see the licence used; `wants` picks the few records it needs it for. */
export interface UsageWithLicenceRule<P> extends RuleDescription<P> {
  scope: 'usageWithLicence'
  prepare(
    context: RuleContext,
    parameters: P
  ): {
    wants(usage: UsageRecord): boolean
    check(usage: UsageRecord, licence: Licence | undefined, emit: Emit): void
  }
}

/** 用证单位 + 用证日期 (北京时间): the group a cross-record usage rule counts within. */
export interface UnitDay {
  uscc: string
  date: string
}

export function unitDayKey(unitDay: UnitDay): string {
  return `${unitDay.uscc}@${unitDay.date}`
}

/** A rule over all usage of one unit on one day, e.g. bulk access. */
export interface UnitDayRule<P> extends RuleDescription<P> {
  scope: 'unitDay'
  prepare(
    context: RuleContext,
    parameters: P
  ): {
    add(usage: UsageRecord, usedDay: number | undefined): void
    /** Emits for the unit-days added so far. */
    finish(emit: Emit): void
  }
}

export interface ObjectionRule<P> extends RuleDescription<P> {
  scope: 'objection'
  prepare(context: RuleContext, parameters: P): (objection: Objection, emit: Emit) => void
}

export type ComplianceRule<P = never> =
  | ReferenceRule<P>
  | LicenceRule<P>
  | UsageRule<P>
  | UsageWithLicenceRule<P>
  | UnitDayRule<P>
  | ObjectionRule<P>

/** Any rule, whatever its parameters; the engine resolves them through the rule's own schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyComplianceRule = ComplianceRule<any>

export const sourceTableOfScope: Record<AnyComplianceRule['scope'], SourceTable> = {
  reference: 'reference',
  licence: 'licences',
  usage: 'usageRecords',
  usageWithLicence: 'usageRecords',
  unitDay: 'unitDays',
  objection: 'objections'
}

type RuleWithoutParameters<P> =
  ComplianceRule<P> extends infer R
    ? R extends ComplianceRule<P>
      ? Omit<R, 'parameters'>
      : never
    : never

/** A rule definition typed by its schema, so `prepare` sees the parsed parameters. */
export function defineRule<S extends z.ZodType<object>>(
  parameters: S,
  rule: RuleWithoutParameters<z.output<S>>
): ComplianceRule<z.output<S>> {
  // S is a ZodType<output<S>>, which TypeScript cannot see through the generic.
  return { ...rule, parameters } as unknown as ComplianceRule<z.output<S>>
}
