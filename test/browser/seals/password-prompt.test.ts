import { type Component, defineComponent, h } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import BatchPane from '@renderer/features/seals/components/BatchPane.vue'
import SingleFilePane from '@renderer/features/seals/components/SingleFilePane.vue'
import { useSealStore } from '@renderer/features/seals/store'
import type { RpcResult } from '@shared/contract'
import {
  REPORT_SCHEMA_VERSION,
  pdfVerificationReportSchema,
  type PdfVerificationReport
} from '@shared/domain/seals/report'
import { clientFor, mountWithApp, scriptedTransport, waitFor } from '../support/mount'

const file = { id: 'f1', name: '营业执照.pdf', size: 2048 }

function report(password: unknown): PdfVerificationReport {
  const base = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    fileName: file.name,
    fileSize: file.size,
    verifiedAt: '2026-11-27T08:00:00.000Z',
    revisions: [],
    signatureFields: 'none',
    unsignedSignatureFields: [],
    stampAnnotationsWithoutSignature: 0,
    signatures: [],
    warnings: []
  }
  if (password === '许昌-2026') {
    return pdfVerificationReportSchema.parse({
      ...base,
      encryption: { method: 'AES-256', passwordUsed: 'user' },
      revisions: [{ index: 0, byteLength: 2048, xref: 'table' }],
      verdict: {
        status: 'indeterminate',
        reason: 'seals.reason.noSignatureFields',
        summary: { code: 'seals.reason.noSignatureFields' }
      }
    })
  }
  const code = password === undefined ? 'seals.error.passwordRequired' : 'seals.error.passwordWrong'
  return pdfVerificationReportSchema.parse({
    ...base,
    error: { code },
    verdict: { status: 'indeterminate', reason: 'seals.reason.unreadable', summary: { code } }
  })
}

const transport = scriptedTransport((channel, payload): RpcResult<unknown> => {
  if (channel !== 'seals.verifyFile') return { ok: false, error: { code: 'errors.rpc.notFound' } }
  return { ok: true, data: { file, report: report((payload as { password?: string }).password) } }
})
const api = clientFor(transport)

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

function mountPane(pane: Component = SingleFilePane) {
  let store: ReturnType<typeof useSealStore> | undefined
  const mounted = mountWithApp(
    defineComponent({
      setup() {
        store = useSealStore()
        store.useAudit({ record: async () => undefined })
        return () => h(pane)
      }
    }),
    api
  )
  unmount = mounted.unmount
  return { store: store!, query: (id: string) => document.querySelector(`[data-testid="${id}"]`) }
}

const visible = (element: Element | null) =>
  element instanceof HTMLElement && element.offsetParent !== null

describe('password prompt on the seal desk', () => {
  it('asks for the password of an encrypted file, says when it is wrong, and verifies with it', async () => {
    const { store, query } = mountPane()
    await store.verify(api, file)
    await waitFor(() => visible(query('password-input')))
    expect(query('password-message')?.textContent).toContain(
      '「营业执照.pdf」已加密，需要打开密码才能核验其中的签章。'
    )
    expect(query('password-dialog')?.textContent).toContain('不会保存或记录')
    expect((query('password-submit') as HTMLButtonElement).disabled).toBe(true)

    await userEvent.type(query('password-input') as HTMLInputElement, 'wrong{Enter}')
    await waitFor(() => store.current?.report.error?.code === 'seals.error.passwordWrong')
    await waitFor(() => query('password-message')?.textContent?.includes('密码不正确') === true)
    expect((query('password-input') as HTMLInputElement).value).toBe('')

    await userEvent.type(query('password-input') as HTMLInputElement, '许昌-2026')
    ;(query('password-submit') as HTMLButtonElement).click()
    await waitFor(() => store.current?.report.encryption !== undefined)
    await waitFor(() => !visible(query('password-input')))
    expect(query('document-encryption')?.textContent).toContain(
      '文件已加密（AES-256），已用打开密码打开'
    )

    const sent = transport.calls
      .filter((call) => call.channel === 'seals.verifyFile')
      .map((call) => call.payload)
    expect(sent).toEqual([
      { fileId: 'f1' },
      { fileId: 'f1', password: 'wrong' },
      { fileId: 'f1', password: '许昌-2026' }
    ])
  })

  it('a cancelled prompt leaves the reason and a button to enter the password later', async () => {
    const { store, query } = mountPane()
    await store.verify(api, file)
    await waitFor(() => visible(query('password-input')))
    ;(query('password-cancel') as HTMLButtonElement).click()
    await waitFor(() => !visible(query('password-input')))
    expect(query('document-reason')?.textContent).toContain('文件已加密，需要打开密码')
    ;(query('enter-password') as HTMLButtonElement).click()
    await waitFor(() => visible(query('password-input')))
  })
})

describe('batch rows of encrypted files', () => {
  it('say 需要密码 with the reason', async () => {
    const { store, query } = mountPane(BatchPane)
    const row = (fileId: string, errorCode: 'seals.error.passwordRequired' | null) => ({
      fileId,
      fileName: `${fileId}.pdf`,
      status: 'indeterminate' as const,
      reason: errorCode ? 'seals.reason.unreadable' : 'seals.reason.noSignatureFields',
      summary: { code: errorCode ?? 'seals.reason.noSignatureFields' },
      errorCode,
      signatureCount: 0,
      signer: null,
      signedAt: null,
      durationMs: 5
    })
    store.batchState = 'finished'
    store.batchTotal = 2
    store.batchRows = [row('locked', 'seals.error.passwordRequired'), row('open', null)]
    await waitFor(() => document.querySelectorAll('[data-testid="batch-row"]').length === 2)
    const [locked, open] = [...document.querySelectorAll('[data-testid="batch-row"]')]
    expect(locked?.querySelector('[data-testid="needs-password"]')?.textContent?.trim()).toBe(
      '需要密码'
    )
    expect(locked?.textContent).toContain('文件已加密，需要打开密码才能核验其中的签章。')
    expect(open?.querySelector('[data-testid="needs-password"]')).toBeNull()
    expect(open?.textContent).toContain('无法确定')
    expect(open?.textContent).toContain('文档中没有数字签名（电子签章）')
    expect(query('batch-summary')?.textContent).toContain('无法确定 2')
  })
})
