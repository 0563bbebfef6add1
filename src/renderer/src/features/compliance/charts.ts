import {
  ARTICLE_31_KINDS,
  type Article31Kind,
  type DepartmentScore,
  type Finding
} from '@shared/domain/compliance'
import type { EChartsOption } from '../../components/echarts'

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
  )
}

/** The heat map's rows: departments with open findings, the most first. */
export interface HeatmapModel {
  option: EChartsOption
  departmentIds: string[]
}

/**
 * Open findings by 第三十一条 kind (columns 一…八) × department (rows). `kindNumeral` gives a
 * column's head in the reader's language (`（五）` / `(5)`).
 */
export function findingHeatmap(
  findings: readonly Finding[],
  departmentName: (id: string) => string,
  seriesName: string,
  kindNumeral: (kind: Article31Kind) => string
): HeatmapModel {
  const counts = new Map<string, number>()
  const perDepartment = new Map<string, number>()
  for (const finding of findings) {
    if (finding.status !== 'open') continue
    const department = finding.departmentId ?? ''
    counts.set(
      `${finding.kind}|${department}`,
      (counts.get(`${finding.kind}|${department}`) ?? 0) + 1
    )
    perDepartment.set(department, (perDepartment.get(department) ?? 0) + 1)
  }
  const departmentIds = [...perDepartment]
    .sort((a, b) => a[1] - b[1] || b[0].localeCompare(a[0]))
    .map(([id]) => id)
  const data: [number, number, number][] = []
  for (const [row, departmentId] of departmentIds.entries()) {
    for (const [column, kind] of ARTICLE_31_KINDS.entries()) {
      const count = counts.get(`${kind}|${departmentId}`) ?? 0
      if (count > 0) data.push([column, row, count])
    }
  }
  const max = Math.max(1, ...data.map(([, , count]) => count))
  const columns = ARTICLE_31_KINDS.map(kindNumeral)
  const rows = departmentIds.map((id) => (id === '' ? '—' : departmentName(id)))
  return {
    departmentIds,
    option: {
      tooltip: {
        position: 'top',
        // Row labels are cut to fit the axis; the tooltip names the department in full.
        formatter: (params: unknown) => {
          const [column, row, count] = (params as { data: [number, number, number] }).data
          return `${escapeHtml(rows[row] ?? '')}<br/>${columns[column] ?? ''}：${count}`
        }
      },
      grid: { left: 8, right: 16, top: 32, bottom: 56, containLabel: true },
      // The kinds head the columns at the top, where a tall map is read from.
      xAxis: {
        type: 'category',
        position: 'top',
        data: columns,
        splitArea: { show: true }
      },
      yAxis: {
        type: 'category',
        data: rows,
        axisLabel: { width: 180, overflow: 'truncate' },
        splitArea: { show: true }
      },
      visualMap: {
        min: 0,
        max,
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#fdf1e1', '#e0a526', '#c8102e'] }
      },
      series: [
        {
          name: seriesName,
          type: 'heatmap',
          data,
          label: { show: true },
          emphasis: { itemStyle: { borderColor: '#1f3a60', borderWidth: 1 } }
        }
      ]
    }
  }
}

/** Each ranked department's 得分, in ranking order (部门评分). */
export function scoreBarOption(
  scores: readonly DepartmentScore[],
  seriesName: string
): EChartsOption {
  const ordered = [...scores].reverse()
  return {
    color: ['#3a6ea5'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: {
      type: 'category',
      data: ordered.map((score) => `${score.rank}. ${score.departmentName}`),
      axisLabel: { width: 200, overflow: 'truncate' }
    },
    series: [
      {
        name: seriesName,
        type: 'bar',
        data: ordered.map((score) => Number((score.score ?? 0).toFixed(1))),
        label: { show: true, position: 'right' }
      }
    ]
  }
}
