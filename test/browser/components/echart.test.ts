import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { defineComponent, h, ref } from 'vue'
import EChart from '@renderer/components/EChart.vue'
import { clientFor, mountWithApp, scriptedTransport, waitFor } from '../support/mount'

let mounted: { unmount(): void } | undefined
afterEach(() => mounted?.unmount())

describe('EChart', () => {
  it('draws on a canvas and reports which bar the user clicked', async () => {
    const picked = ref<string[]>([])
    const chartRef = ref<{ instance: () => import('echarts/core').ECharts | undefined }>()
    const Harness = defineComponent(
      () => () =>
        h(EChart, {
          ref: chartRef,
          label: '各部门证照数量',
          height: '300px',
          option: {
            animation: false,
            xAxis: { type: 'category', data: ['市市场监管局', '市公安局', '市民政局'] },
            yAxis: { type: 'value' },
            series: [{ type: 'bar', name: '证照数', data: [120, 80, 40] }]
          },
          onSelect: (item: { name: string }) => picked.value.push(item.name)
        })
    )
    const view = mountWithApp(
      Harness,
      clientFor(scriptedTransport(() => ({ ok: true, data: null })))
    )
    mounted = view
    await waitFor(() => !!view.host.querySelector('canvas'))
    expect(view.host.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      '各部门证照数量'
    )

    const chart = chartRef.value!.instance()!
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, ['市公安局', 40]) as [number, number]
    const canvas = view.host.querySelector('canvas')!
    await userEvent.click(canvas, { position: { x: Math.round(x), y: Math.round(y) } })
    await waitFor(() => picked.value.length > 0)
    expect(picked.value).toEqual(['市公安局'])
  })
})
