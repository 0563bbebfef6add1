import { isAuditActionCode, UNIDENTIFIED_ACTOR, type AuditEntry } from '@shared/domain/audit'
import { readActor } from '@shared/domain/operators'
import { complianceRules } from '@shared/domain/compliance'
import { storedReasonWords } from '@shared/domain/seals/words'
import type { Message } from '@shared/i18n/message'
import { RULE_PARAMETERS_KEY, YEAR_NOTICES_KEY } from '../../db/repositories/compliance'

/**
 * The 审计日志 in words. An entry stores codes (`compliance.scan`), internal targets
 * (`licence:lic-00000115`) and JSON details, which stay as they are for the hash chain and the
 * export; these functions turn them into what an auditor reads, in the current language.
 */

/** The slice of vue-i18n and the day formatter the wording needs (tests pass a real i18n). */
export interface Words {
  t(key: string, named?: Record<string, unknown>): string
  te(key: string): boolean
  day(value: string): string
  /** A domain message (a rule's title …) in the current language. */
  say(message: Message): string
}

/** Records named by looking them up in the working copy; absent when the record is gone. */
export interface TargetNames {
  /** licence id → 证照编号 */
  licences: ReadonlyMap<string, string>
  departments: ReadonlyMap<string, string>
  /** catalog entry id → 证照类型名称 */
  catalog: ReadonlyMap<string, string>
  /** notice id → 文号, null while it is a draft without one */
  notices: ReadonlyMap<string, string | null>
  /** objection id → the 证照编号 objected to, null when that licence is gone */
  objections: ReadonlyMap<string, string | null>
}

export const NO_NAMES: TargetNames = {
  licences: new Map(),
  departments: new Map(),
  catalog: new Map(),
  notices: new Map(),
  objections: new Map()
}

/** The kinds whose id is looked up in the working copy. */
export type LookedUpKind = 'licence' | 'department' | 'catalog' | 'notice' | 'objection'

const LOOKED_UP: readonly string[] = ['licence', 'department', 'catalog', 'notice', 'objection']

/** A target's kind and the rest after the first colon; targets without a colon are plural. */
export function parseTarget(target: string): { kind: string; rest: string } {
  const colon = target.indexOf(':')
  return colon < 0
    ? { kind: target, rest: '' }
    : { kind: target.slice(0, colon), rest: target.slice(colon + 1) }
}

/** The id to look up, when the target names one record of the working copy. */
export function lookedUpTarget(target: string): { kind: LookedUpKind; id: string } | null {
  const { kind, rest } = parseTarget(target)
  return LOOKED_UP.includes(kind) && rest !== '' ? { kind: kind as LookedUpKind, id: rest } : null
}

/** Targets written without an id: a set of records, or the whole of something. */
const PLURAL_TARGETS: Record<string, string> = {
  licences: 'audit.targets.licences',
  findings: 'audit.targets.findings',
  departments: 'audit.targets.departments',
  catalog: 'audit.targets.catalogEntries',
  objections: 'audit.targets.objections',
  usageRecords: 'audit.targets.usageRecords',
  demo: 'audit.targets.demo',
  sync: 'audit.targets.sync'
}

const SETTINGS: Record<string, string> = {
  [RULE_PARAMETERS_KEY]: 'audit.targets.settings.ruleParameters',
  [YEAR_NOTICES_KEY]: 'audit.targets.settings.yearNotices'
}

function named(
  words: Words,
  found: string | undefined,
  key: string,
  param: string,
  gone: string
): string {
  return found === undefined ? words.t(gone) : words.t(key, { [param]: found })
}

/** 操作人 as stored (`张三 [auditor]`): the name, and the roles in the reader's words. */
export function actorWords(actor: string, words: Words): string {
  if (actor === UNIDENTIFIED_ACTOR) return words.t('audit.unidentified')
  const { name, roles } = readActor(actor)
  if (roles.length === 0) return name
  const named = roles.map((role) => words.t(`operators.role.${role}`))
  return words.t('operators.actor', { name, roles: named.join(words.t('audit.values.list')) })
}

/** The action as a label; an action no longer listed (an older log) reads as 其他操作. */
export function actionWords(action: string, words: Words): string {
  return isAuditActionCode(action)
    ? words.t(`audit.actions.${action}`)
    : words.t('audit.otherAction')
}

/** The target in words: a record by its own name or number, never by its internal id. */
export function targetWords(entry: AuditEntry, names: TargetNames, words: Words): string {
  const { kind, rest } = parseTarget(entry.target)
  switch (kind) {
    case 'licence':
      return named(
        words,
        names.licences.get(rest),
        'audit.targets.licence',
        'number',
        'audit.targets.licenceGone'
      )
    case 'department':
      return named(
        words,
        names.departments.get(rest),
        'audit.targets.department',
        'name',
        'audit.targets.departmentGone'
      )
    case 'catalog':
      if (rest === '') break
      return named(
        words,
        names.catalog.get(rest),
        'audit.targets.catalog',
        'name',
        'audit.targets.catalogGone'
      )
    case 'rule': {
      const rule = complianceRules.find((candidate) => candidate.id === rest)
      const title = rule === undefined ? undefined : words.say(rule.title)
      return named(words, title, 'audit.targets.rule', 'title', 'audit.targets.ruleGone')
    }
    case 'notice': {
      const number = names.notices.get(rest)
      if (number === null) return words.t('audit.targets.noticeDraft')
      return named(words, number, 'audit.targets.notice', 'number', 'audit.targets.noticeGone')
    }
    case 'objection': {
      if (!names.objections.has(rest)) return words.t('audit.targets.objectionGone')
      const number = names.objections.get(rest)
      return number
        ? words.t('audit.targets.objection', { number })
        : words.t('audit.targets.objectionOfDeletedLicence')
    }
    case 'usage':
      return words.t('audit.targets.usage')
    case 'file':
      return words.t('audit.targets.file', { name: rest })
    case 'calendar':
      return words.t('audit.targets.calendar', { year: rest })
    case 'setting':
      return words.t(SETTINGS[rest] ?? 'audit.targets.setting')
    case 'trust': {
      const name = entry.details.name
      return typeof name === 'string' && name !== ''
        ? words.t('audit.targets.trust', { name })
        : words.t('audit.targets.trustUnnamed')
    }
    case 'batch':
      return words.t('audit.targets.batch')
    case 'operator': {
      const name = entry.details.operator
      return typeof name === 'string' && name !== ''
        ? words.t('audit.targets.operator', { name })
        : words.t('audit.targets.operatorUnnamed')
    }
  }
  const plural = rest === '' ? PLURAL_TARGETS[kind] : undefined
  return words.t(plural ?? 'audit.targets.other')
}

type Json = AuditEntry['details'][string]

/** Details keys that hold internal ids: kept in the record and the export, never shown. */
const HIDDEN_DETAILS = new Set(['circularId'])

/** Codes a detail value may hold, by details key: the value is the last part of the i18n key. */
const CODED_VALUES: Record<string, string> = {
  status: 'audit.values.noticeStatus',
  outcome: 'audit.values.objectionOutcome',
  circularStatus: 'audit.values.circularStatus',
  mode: 'audit.values.scanMode',
  state: 'audit.values.batchState',
  verdict: 'seals.status',
  syncOutcome: 'audit.values.syncOutcome',
  faultKind: 'audit.values.syncFault'
}

/** Field paths a 查看个人信息 entry names (dotted, so they cannot be message keys as they are). */
const FIELDS: Record<string, string> = { 'holder.name': 'audit.values.fields.holderName' }

function sealReason(words: Words, stored: Json): string {
  const reason = storedReasonWords(stored)
  return reason ? words.say(reason) : words.t('audit.values.unknown')
}

function coded(words: Words, prefix: string, code: Json): string {
  const key = `${prefix}.${String(code)}`
  return words.te(key) ? words.t(key) : words.t('audit.values.unknown')
}

function plain(value: Json, words: Words): string | null {
  if (value === null) return null
  if (typeof value === 'boolean') return words.t(value ? 'audit.values.yes' : 'audit.values.no')
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map((item) => plain(item, words) ?? '').join(words.t('audit.values.list'))
  }
  return null
}

/** 合规规则参数 are stored as one JSON string; each reads as its 设置 name and value. */
function parameterWords(json: Json, words: Words): string | null {
  let parsed: unknown
  try {
    parsed = typeof json === 'string' ? JSON.parse(json) : null
  } catch {
    return null
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null
  return Object.entries(parsed as Record<string, Json>)
    .map(([name, value]) => {
      const key = `compliance.parameter.${name}`
      const label = words.te(key) ? words.t(key) : words.t('audit.values.unknown')
      return words.t('audit.pair', { label, value: plain(value, words) ?? '' })
    })
    .join(words.t('audit.values.separator'))
}

function valueWords(entry: AuditEntry, key: string, value: Json, words: Words): string | null {
  if (value === null) return null
  const prefix = CODED_VALUES[key]
  if (prefix) return coded(words, prefix, value)
  switch (key) {
    case 'reason':
      // A seal verification stores a reason code; a put stores the reason its caller wrote.
      // Older entries hold the reason as it was then (hash-failure), newer ones its code.
      return entry.action === 'seals.verify' ? sealReason(words, value) : plain(value, words)
    case 'field':
      return words.t(FIELDS[String(value)] ?? 'audit.values.unknown')
    case 'roles':
      return typeof value === 'string'
        ? value
            .split(',')
            .filter((role) => role !== '')
            .map((role) => coded(words, 'operators.role', role))
            .join(words.t('audit.values.list'))
        : null
    case 'today':
    case 'deadline':
      return typeof value === 'string' ? words.day(value) : null
    case 'parameters':
      return parameterWords(value, words)
    case 'size':
      return typeof value === 'number'
        ? words.t('audit.values.megabytes', { size: (value / 1_048_576).toFixed(2) })
        : null
    case 'added':
      // The trust-store ids of the certificates added: the count is what reads.
      return typeof value === 'string'
        ? words.t('audit.values.certificates', { count: value.split(',').filter(Boolean).length })
        : null
  }
  return plain(value, words)
}

export interface DetailPair {
  key: string
  label: string
  value: string
}

/**
 * The details as label and value pairs, in the order they were written. Keys this version has
 * no label for (an older log) are left to the export, which keeps every detail as stored.
 */
export function detailPairs(entry: AuditEntry, words: Words): DetailPair[] {
  const pairs: DetailPair[] = []
  for (const [key, stored] of Object.entries(entry.details)) {
    const labelKey = `audit.detailKeys.${key}`
    if (HIDDEN_DETAILS.has(key) || !words.te(labelKey)) continue
    const value = valueWords(entry, key, stored, words)
    if (value !== null) pairs.push({ key, label: words.t(labelKey), value })
  }
  return pairs
}

/** The pairs on one line, for the export's words column. */
export function detailsLine(entry: AuditEntry, words: Words): string {
  return detailPairs(entry, words)
    .map((pair) => words.t('audit.pair', { label: pair.label, value: pair.value }))
    .join(words.t('audit.values.separator'))
}
