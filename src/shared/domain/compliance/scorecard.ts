import type { CatalogEntry } from '../licences/catalog-entry'
import type { Department } from '../licences/department'
import type { Finding } from './finding'
import type { RectificationNotice } from './notice'
import type { ScanTotals } from './scan-state'

/** 部门考核: how one department stands, for the dashboard and the Bureau's ranking. */
export interface DepartmentScore {
  departmentId: string
  departmentName: string
  /** Licences it issued (the scan's count). */
  licences: number
  /** Share of its licences with a push deadline not found late (Art. 13); null without any. */
  onTimePushRate: number | null
  /** Share of its catalog entries with no open 目录不全 finding (Art. 11); null without any. */
  catalogCompleteness: number | null
  /** 1 − open findings per licence issued, at least 0; null for a unit that issues none. */
  rectifiedRate: number | null
  openFindings: number
  /** Notices past their deadline without a report, or escalated (逾期、通报、移送). */
  overdueNotices: number
  /** 0–100 by SCORE_WEIGHTS; null for a unit that issues no licences. */
  score: number | null
  /** 1 = best; null: the unit issues no licences and is listed apart, not ranked. */
  rank: number | null
}

/**
 * 得分 = 推送及时率 × 50 + 目录完整率 × 30 + 问题整改率 × 20: timely data (Art. 13) weighs most,
 * then the catalog every licence rests on (Art. 11), then the open findings per licence issued.
 */
export const SCORE_WEIGHTS = { onTimePush: 50, catalogCompleteness: 30, rectified: 20 } as const

const PUSH_RULES = new Set(['push.online-late', 'push.offline-late', 'push.bulk-late'])
const ESCALATED = new Set(['overdue', 'circular', 'referred'])

export function isNoticeOverdue(notice: RectificationNotice, today: string): boolean {
  if (ESCALATED.has(notice.status)) return true
  return notice.status === 'issued' && notice.deadline !== null && today > notice.deadline.lastDay
}

function rate(bad: number, all: number): number | null {
  return all === 0 ? null : (all - bad) / all
}

/**
 * Scorecards of every department. Only units that issue licences are ranked (a unit that issues
 * none, such as the Bureau itself, has nothing to measure and is listed apart): fewest overdue
 * notices first (ignoring an order weighs most, Art. 31(七)), then the higher 得分, then by name.
 * In the 得分 a unit with no push deadline yet counts as on time, and one that issues licences
 * without any catalog entry as 0 % complete: its catalog is what is missing.
 */
export function departmentScorecards(input: {
  departments: readonly Department[]
  catalog: readonly CatalogEntry[]
  findings: readonly Finding[]
  notices: readonly RectificationNotice[]
  totals: ScanTotals['byDepartment']
  today: string
}): DepartmentScore[] {
  const open = input.findings.filter(
    (finding) => finding.status === 'open' && finding.outcome === 'violation'
  )
  const scores: DepartmentScore[] = input.departments
    .filter((department) => !department.deleted)
    .map((department) => {
      const mine = open.filter((finding) => finding.departmentId === department.id)
      const entries = input.catalog.filter(
        (entry) => !entry.deleted && entry.issuerDepartmentId === department.id
      )
      const licences = input.totals[department.id]?.licences ?? 0
      const onTimePushRate = rate(
        mine.filter((finding) => PUSH_RULES.has(finding.ruleId)).length,
        input.totals[department.id]?.withPushDeadline ?? 0
      )
      const catalogCompleteness = rate(
        mine.filter((finding) => finding.ruleId === 'catalog.incomplete').length,
        entries.length
      )
      const rectifiedRate = licences === 0 ? null : Math.max(0, 1 - mine.length / licences)
      const score =
        rectifiedRate === null
          ? null
          : (onTimePushRate ?? 1) * SCORE_WEIGHTS.onTimePush +
            (catalogCompleteness ?? 0) * SCORE_WEIGHTS.catalogCompleteness +
            rectifiedRate * SCORE_WEIGHTS.rectified
      return {
        departmentId: department.id,
        departmentName: department.name,
        licences,
        onTimePushRate,
        catalogCompleteness,
        rectifiedRate,
        openFindings: mine.length,
        overdueNotices: input.notices.filter(
          (notice) => notice.departmentId === department.id && isNoticeOverdue(notice, input.today)
        ).length,
        score,
        rank: null
      }
    })
  const byName = (a: DepartmentScore, b: DepartmentScore) =>
    a.departmentName.localeCompare(b.departmentName, 'zh-CN')
  const ranked = scores
    .filter((score) => score.score !== null)
    .sort(
      (a, b) =>
        a.overdueNotices - b.overdueNotices || (b.score ?? 0) - (a.score ?? 0) || byName(a, b)
    )
  ranked.forEach((score, index) => (score.rank = index + 1))
  return [...ranked, ...scores.filter((score) => score.score === null).sort(byName)]
}
