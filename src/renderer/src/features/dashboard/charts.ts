import type { MonthlyPushTimeliness } from '@shared/domain/dashboard/push-timeliness'
import type { EChartsOption } from '../../components/echarts'

/** One bar or slice: what it shows, and the filter a click on it applies in 证照查询. */
export interface ChartItem {
  label: string
  value: number
  /** The id behind the label: department id, type code, state key, month. */
  key: string
}

const palette = ['#1f3a60', '#3a6ea5', '#5b9bd5', '#8fbce6', '#c8102e', '#e0a526', '#6aa84f']

export function topItems(
  counts: Map<string, number>,
  label: (key: string) => string,
  limit: number
) {
  return [...counts]
    .filter(([, value]) => value > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, value]): ChartItem => ({ key, value, label: label(key) }))
}

/** Horizontal bars, largest on top (部门、证照类型). */
export function rankedBarOption(items: readonly ChartItem[], seriesName: string): EChartsOption {
  const ordered = [...items].reverse()
  return {
    color: palette,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: ordered.map((item) => item.label),
      axisLabel: { width: 160, overflow: 'truncate' }
    },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: ordered.map((item) => item.value),
        label: { show: true, position: 'right' }
      }
    ]
  }
}

export function pieOption(items: readonly ChartItem[], seriesName: string): EChartsOption {
  return {
    color: palette,
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        name: seriesName,
        radius: ['40%', '68%'],
        data: items.map((item) => ({ name: item.label, value: item.value })),
        label: { formatter: '{b}\n{d}%' }
      }
    ]
  }
}

/** 按月推送及时情况: stacked on time / late / not yet due, with the on-time rate as a line. */
export function pushTimelinessOption(
  months: readonly MonthlyPushTimeliness[],
  labels: { onTime: string; late: string; pending: string; rate: string }
): EChartsOption {
  const rate = months.map((m) => {
    const judged = m.onTime + m.late
    return judged === 0 ? null : Math.round((m.onTime / judged) * 1000) / 10
  })
  return {
    color: ['#5b9bd5', '#c8102e', '#bbbbbb', '#1f3a60'],
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', name: '张' },
      { type: 'value', name: '%', min: 0, max: 100 }
    ],
    series: [
      { type: 'bar', stack: 'push', name: labels.onTime, data: months.map((m) => m.onTime) },
      { type: 'bar', stack: 'push', name: labels.late, data: months.map((m) => m.late) },
      { type: 'bar', stack: 'push', name: labels.pending, data: months.map((m) => m.pending) },
      { type: 'line', yAxisIndex: 1, name: labels.rate, data: rate, smooth: true }
    ]
  }
}

/** The first and last day of a `YYYY-MM` month, for a month bar's click-through. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number)
  const last = new Date(Date.UTC(year ?? 1970, monthNumber ?? 1, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}
