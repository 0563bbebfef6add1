import type { CatalogEntry } from '../licences/catalog-entry'
import type { Department } from '../licences/department'
import type { Finding } from './finding'
import type { RectificationNotice } from './notice'
import type { ScanTotals } from './scan-state'

/** 部门考核: how one department stands, for the dashboard and the Bureau's ranking. */
export interface DepartmentScore {
  departmentId: string
  departmentName: string
  /** Share of its licences with a push deadline not found late (Art. 13); null without any. */
  onTimePushRate: number | null
  /** Share of its catalog entries with no open 目录不全 finding (Art. 11); null without any. */
  catalogCompleteness: number | null
  openFindings: number
  /** Notices past their deadline without a report, or escalated (逾期、通报、移送). */
  overdueNotices: number
  /** 1 = best. */
  rank: number
}

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
 * Scorecards of every department, ranked: fewest overdue notices first (ignoring an order weighs
 * most, Art. 31(七)), then the higher on-time push rate, the more complete catalog, the fewer open
 * findings, then by name. A missing rate (nothing to measure) ranks as perfect.
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
  const scores = input.departments
    .filter((department) => !department.deleted)
    .map((department) => {
      const mine = open.filter((finding) => finding.departmentId === department.id)
      const entries = input.catalog.filter(
        (entry) => !entry.deleted && entry.issuerDepartmentId === department.id
      )
      return {
        departmentId: department.id,
        departmentName: department.name,
        onTimePushRate: rate(
          mine.filter((finding) => PUSH_RULES.has(finding.ruleId)).length,
          input.totals[department.id]?.withPushDeadline ?? 0
        ),
        catalogCompleteness: rate(
          mine.filter((finding) => finding.ruleId === 'catalog.incomplete').length,
          entries.length
        ),
        openFindings: mine.length,
        overdueNotices: input.notices.filter(
          (notice) => notice.departmentId === department.id && isNoticeOverdue(notice, input.today)
        ).length,
        rank: 0
      }
    })
  scores.sort(
    (a, b) =>
      a.overdueNotices - b.overdueNotices ||
      (b.onTimePushRate ?? 1) - (a.onTimePushRate ?? 1) ||
      (b.catalogCompleteness ?? 1) - (a.catalogCompleteness ?? 1) ||
      a.openFindings - b.openFindings ||
      a.departmentName.localeCompare(b.departmentName, 'zh-CN')
  )
  scores.forEach((score, index) => (score.rank = index + 1))
  return scores
}
