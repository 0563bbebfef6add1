import { day, instant, message, type Message, type MessageParam } from '../../i18n/message'
import {
  generationModeNames,
  licenceStateNames,
  statusActionNames,
  type GenerationMode,
  type LicenceState,
  type StatusAction
} from '../licences/licence'
import { objectionOutcomeNames, type ObjectionOutcome } from '../licences/objection'
import { articleLabel, type ArticleKey } from './articles'
import type { Finding, FactValue } from './finding'
import { manualFindingKinds } from './manual-finding'
import {
  noticeStatusLabel,
  NoticeStatus,
  type RectificationNotice,
  type WrittenCircular
} from './notice'
import { complianceRules } from './rules'

/**
 * Findings, notices and circulars stored before explanations became messages carry their words
 * as Chinese text. They are read as they are (an old sentence is shown through
 * `compliance.legacyText`, as written), and what can be put in words again is: a rule's title
 * from its id, an article from its Chinese number, enum facts from their stored values.
 */

/** An old text, shown as it was written. */
export function legacyText(text: string): Message {
  return message('compliance.legacyText', { text })
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).code === 'string'
}

const ARTICLES: Record<string, ArticleKey> = {
  第四条: 'art4',
  第十条: 'art10',
  第十一条: 'art11',
  第十三条: 'art13',
  第十五条: 'art15',
  第十七条: 'art17',
  第十八条: 'art18',
  第二十四条: 'art24',
  第二十八条: 'art28',
  第三十一条: 'art31'
}

function legacyArticle(article: unknown): Message {
  if (isMessage(article)) return article
  const text = String(article)
  const key = Object.hasOwn(ARTICLES, text) ? ARTICLES[text] : undefined
  return key ? articleLabel(key) : legacyText(text)
}

function legacyTitle(ruleId: string, title: unknown): Message {
  if (isMessage(title)) return title
  const rule = complianceRules.find((candidate) => candidate.id === ruleId)
  if (rule) return rule.title
  if (Object.hasOwn(manualFindingKinds, ruleId))
    return manualFindingKinds[ruleId as keyof typeof manualFindingKinds].title
  return legacyText(String(title))
}

function named<K extends string>(names: Record<K, Message>, value: string): MessageParam {
  return Object.hasOwn(names, value) ? names[value as K] : value
}

/** Old facts held stored values (`online`, ISO instants); now they hold words. */
const LEGACY_FACTS: Record<string, (value: string) => MessageParam> = {
  generationMode: (value) => named<GenerationMode>(generationModeNames, value),
  action: (value) => named<StatusAction>(statusActionNames, value),
  state: (value) => named<LicenceState>(licenceStateNames, value),
  outcome: (value) => named<ObjectionOutcome>(objectionOutcomeNames, value),
  noticeStatus: (value) =>
    NoticeStatus.safeParse(value).success ? noticeStatusLabel(value as NoticeStatus) : value,
  completedAt: instant,
  businessTime: instant,
  receivedAt: instant,
  departmentChangedAt: instant,
  entryUpdatedAt: instant,
  validFrom: day,
  validUntil: (value) => (value === '长期' ? message('compliance.permanent') : day(value))
}

/** Facts that only said what a machine needed (the old calendar error code, an index). */
const DROPPED_FACTS = new Set(['calendarError', 'uncoveredYear', 'historyIndex'])

function legacyFacts(facts: Record<string, unknown>): Record<string, FactValue> {
  const read: Record<string, FactValue> = {}
  for (const [name, value] of Object.entries(facts)) {
    if (typeof value === 'string') {
      if (DROPPED_FACTS.has(name)) continue
      const reword = Object.hasOwn(LEGACY_FACTS, name) ? LEGACY_FACTS[name] : undefined
      read[name] = reword ? reword(value) : value
    } else if (typeof value === 'number' && DROPPED_FACTS.has(name)) continue
    else read[name] = value as FactValue
  }
  return read
}

/** A finding as stored by any version: old text fields are read as messages. */
export type StoredFindingValue = Omit<Finding, 'explanation' | 'title' | 'article'> & {
  explanation: Message | string
  title: Message | string
  article: Message | string
}

export function readStoredFinding(stored: StoredFindingValue): Finding {
  if (isMessage(stored.explanation) && isMessage(stored.title) && isMessage(stored.article))
    return stored as Finding
  return {
    ...stored,
    explanation: isMessage(stored.explanation)
      ? stored.explanation
      : legacyText(stored.explanation),
    title: legacyTitle(stored.ruleId, stored.title),
    article: legacyArticle(stored.article),
    evidence: { ...stored.evidence, facts: legacyFacts(stored.evidence.facts) }
  }
}

/** A notice as stored by any version: old correction texts are read as messages. */
export function readStoredNotice(stored: RectificationNotice): RectificationNotice {
  const corrections = stored.corrections as unknown as {
    article: Message | string
    text: Message | string
  }[]
  if (
    corrections.every((correction) => isMessage(correction.text) && isMessage(correction.article))
  )
    return stored
  return {
    ...stored,
    corrections: stored.corrections.map((correction) => ({
      ...correction,
      article: legacyArticle(correction.article),
      text: isMessage(correction.text) ? correction.text : legacyText(String(correction.text))
    }))
  }
}

/** A circular as stored by any version: an old text is read as a message. */
export function readStoredCircular(stored: WrittenCircular): WrittenCircular {
  const text = stored.text as Message | string
  return isMessage(text) ? stored : { ...stored, text: legacyText(text) }
}
