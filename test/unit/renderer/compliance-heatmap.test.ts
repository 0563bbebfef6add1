import { describe, expect, it } from 'vitest'
import { article31Numeral, type Finding } from '@shared/domain/compliance'
import { findingHeatmap } from '@renderer/features/compliance/charts'
import { en, zh } from '../domain/compliance/words'

const longName = '许昌市城市管理综合行政执法局<市容环境卫生管理处>'

function openFinding(id: string, kind: Finding['kind'], departmentId: string): Finding {
  return { id, kind, departmentId, status: 'open' } as Finding
}

describe('合规监测 heat map', () => {
  const { option, departmentIds } = findingHeatmap(
    [openFinding('a', 1, 'dept-long'), openFinding('b', 5, 'dept-long')],
    (id) => (id === 'dept-long' ? longName : id),
    '问题数',
    (kind) => zh(article31Numeral(kind))
  )
  const xAxis = option.xAxis as { position: string; data: string[] }
  const tooltip = option.tooltip as { formatter: (params: unknown) => string }

  it('heads its columns with the kinds of Art. 31 at the top', () => {
    expect(xAxis.position).toBe('top')
    expect(xAxis.data).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
      '（七）',
      '（八）'
    ])
  })

  it('heads them in the reader’s language', () => {
    const english = findingHeatmap(
      [],
      (id) => id,
      'Findings',
      (kind) => en(article31Numeral(kind))
    )
    expect((english.option.xAxis as { data: string[] }).data).toEqual([
      '(1)',
      '(2)',
      '(3)',
      '(4)',
      '(5)',
      '(6)',
      '(7)',
      '(8)'
    ])
  })

  it('names a department cut short on the axis in full in the tooltip', () => {
    expect(departmentIds).toEqual(['dept-long'])
    const text = tooltip.formatter({ data: [4, 0, 1] })
    expect(text).toBe('许昌市城市管理综合行政执法局&lt;市容环境卫生管理处&gt;<br/>（五）：1')
  })
})
