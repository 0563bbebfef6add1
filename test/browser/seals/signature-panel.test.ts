import { h, nextTick, ref } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import SignaturePanel from '@renderer/features/seals/components/SignaturePanel.vue'
import { clientFor, mountWithApp, scriptedTransport, waitFor } from '../support/mount'
import { PNG_BASE64, sampleReport } from './report-fixture'

const api = clientFor(
  scriptedTransport(() => ({ ok: false, error: { code: 'errors.rpc.notFound' } }))
)
let unmount: (() => void) | undefined
afterEach(() => unmount?.())

function mountPanel(initial: number | null, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const selected = ref<number | null>(initial)
  const events: { select: number[]; viewSigned: number[] } = { select: [], viewSigned: [] }
  const mounted = mountWithApp(
    {
      render: () =>
        h(SignaturePanel, {
          report: sampleReport(),
          selected: selected.value,
          onSelect: (index: number) => {
            events.select.push(index)
            selected.value = index
          },
          onViewSigned: (index: number) => events.viewSigned.push(index)
        })
    },
    api,
    { locale }
  )
  unmount = mounted.unmount
  const query = (testId: string) => mounted.host.querySelector(`[data-testid="${testId}"]`)
  return { host: mounted.host, query, events, selected }
}

describe('signature side panel', () => {
  it('shows the document verdict and, for a sealed signature, signer, seal picture, times and chain', async () => {
    const { host, query } = mountPanel(0)
    await nextTick()
    expect(query('document-verdict')?.textContent).toContain('未通过')
    expect(query('document-reason')?.textContent).toContain('签名后文档被做了不允许的修改')
    const cards = host.querySelectorAll('[data-testid="signature-card"]')
    expect([...cards].map((card) => card.getAttribute('data-status'))).toEqual(['passed', 'failed'])
    expect(cards[0]?.textContent).toContain('通过')

    expect(query('signer-name')?.textContent).toBe('许昌市测试签章人')
    expect(query('signer-uscc')?.textContent).toBe('91411000MA9QXJ2K5Q')
    expect(query('seal-name')?.textContent).toBe('许昌市测试单位电子印章')
    const picture = query('seal-picture') as HTMLImageElement
    expect(picture.src).toBe(`data:image/png;base64,${PNG_BASE64}`)
    await waitFor(() => picture.complete && picture.naturalWidth === 1)

    const times = query('times')?.textContent ?? ''
    expect(times).toContain('可信时间戳证明的时间')
    expect(times).toContain('签名内声明的签署时间')
    expect(times).toContain('签名者电脑时间（/M，未经验证）')
    expect(query('time-timestamped')?.textContent?.trim()).not.toBe(
      query('time-signing')?.textContent?.trim()
    )
    const chain = [...host.querySelectorAll('[data-testid="chain-subject"]')].map(
      (el) => el.textContent
    )
    expect(chain).toEqual(['CN=许昌市测试签章人, O=许昌市测试单位, C=CN', 'CN=测试 SM2 根证书'])
    expect(query('trust')?.textContent).toContain('受信任')
    expect(query('revocation')?.textContent).toContain('未知')
    expect(query('no-changes')?.textContent).toContain('签名后没有任何修改')
    expect(query('view-signed-version')).toBeNull()
  })

  it('for a signature changed after signing: the reason, the changed revision highlighted, 查看签署时版本', async () => {
    const { host, query, events } = mountPanel(0)
    const headers = host.querySelectorAll<HTMLButtonElement>('.signature-header')
    headers[1]!.click()
    await nextTick()
    expect(events.select).toEqual([1])
    expect(query('signature-reason')?.textContent).toContain('签名后文档被做了不允许的修改')
    const revisions = [...host.querySelectorAll('.revisions > li')]
    expect(revisions.map((li) => li.className.trim())).toEqual(['', 'signed', 'changed'])
    const changed = query('changed-revision')
    expect(changed?.textContent).toContain('第 3 版')
    expect(changed?.textContent).toContain('其他修改')
    expect(changed?.textContent).toContain('第 1 页的内容流被修改')
    expect(changed?.textContent).toContain('需人工核对：签署时已显示的内容被改写')
    expect(getComputedStyle(changed!).backgroundColor).not.toBe('rgba(0, 0, 0, 0)')
    ;(query('view-signed-version') as HTMLButtonElement).click()
    expect(events.viewSigned).toEqual([1])
  })

  it('in English: the report’s codes said in words, never a code or an ISO time', async () => {
    const { host, query } = mountPanel(0, 'en')
    await nextTick()
    expect(query('document-reason')?.textContent).toBe(
      'Signature “Seal2” failed: The document was changed after signing in a way that is not allowed'
    )
    expect(query('coverage')?.textContent?.trim()).toBe('The whole file')
    expect(query('trust')?.textContent).toBe(
      'Trusted: the chain ends at a root in Trusted certificates'
    )
    expect(query('revocation')?.textContent).toContain(
      'Unknown (no CRL or OCSP response available)'
    )
    expect(host.textContent).toContain(
      'No revocation data: whether the certificate was revoked is unknown'
    )
    const headers = host.querySelectorAll<HTMLButtonElement>('.signature-header')
    headers[1]!.click()
    await nextTick()
    expect(query('changed-revision')?.textContent).toContain(
      'The content stream of page 1 was changed'
    )
    expect(query('changed-revision')?.textContent).toContain(
      'The form field “status”, which had content when signed, was changed; check its current value'
    )
    expect(host.textContent).not.toMatch(/seals\.|[a-z]+-[a-z]+-[a-z]+|\d{4}-\d\d-\d\dT\d\d:/)
  })

  it('opens a signature from the keyboard', async () => {
    const { host, events } = mountPanel(null)
    expect(host.querySelector('[data-testid="signer"]')).toBeNull()
    const header = host.querySelector<HTMLButtonElement>('.signature-header')!
    header.focus()
    expect(document.activeElement).toBe(header)
    await userEvent.keyboard('{Enter}')
    await nextTick()
    expect(events.select).toEqual([0])
    expect(host.querySelector('[data-testid="signer"]')).not.toBeNull()
  })
})
