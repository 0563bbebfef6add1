import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp, h, nextTick } from 'vue'
import { RouterView, createRouter, createWebHashHistory, type Router } from 'vue-router'
import Dexie from 'dexie'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { apiKey } from '@renderer/api'
import { DEFAULT_DB_NAME } from '@renderer/db/database'
import { licenceRoutes } from '@renderer/features/licences/routes'
import { licenceSearchText } from '@renderer/features/licences/licence-search'
import { createAppI18n } from '@renderer/i18n'
import { useOperatorStore } from '@renderer/session/operator-store'
import { useSessionStore } from '@renderer/session/session-store'
import type { RpcResult } from '@shared/contract'
import { computeCitizenIdCheck } from '@shared/domain/codes'
import { keyedHasher, maskIdNumber } from '@shared/domain/privacy'
import { licence } from '../../unit/domain/compliance/fixtures'
import { clientFor, scriptedTransport, waitFor } from '../support/mount'
import { localAuditSeal } from '../support/audit-seal'

const PERSON_ID = `41100219850312124${computeCitizenIdCheck('41100219850312124')}`
const hash = keyedHasher(new Uint8Array(32).fill(4))

let pinia: Pinia
let router: Router
let unmount: (() => void) | undefined
let mayExportUnmasked = false
/** Who main says is signed in: a 合规专员 unless a test says otherwise. */
let signedIn = { id: 'op-1', name: '李合规', unit: '监督科', roles: ['complianceOfficer'] }

/** Main as the page reaches it: hashes codes, seals audit entries, answers export.unmasked. */
const transport = scriptedTransport(async (channel, payload): Promise<RpcResult<unknown>> => {
  const seal = localAuditSeal()
  switch (channel) {
    case 'privacy.hashCodes': {
      const { codes } = payload as { codes: string[] }
      return { ok: true, data: { hashes: await Promise.all(codes.map(hash)) } }
    }
    case 'audit.seal':
      return { ok: true, data: await seal.seal(payload as never) }
    case 'audit.commit':
      return { ok: true, data: { committed: true } }
    case 'operators.status':
      return {
        ok: true,
        data: {
          setupRequired: false,
          idleLockMinutes: 15,
          session: { state: 'active', operator: signedIn }
        }
      }
    case 'operators.authorize':
      return mayExportUnmasked
        ? {
            ok: true,
            data: { id: 'op-1', name: '李合规', unit: '监督科', roles: ['complianceOfficer'] }
          }
        : { ok: false, error: { code: 'errors.auth.forbidden' } }
    default:
      return { ok: true, data: null }
  }
})

async function mountBrowser(state?: Record<string, string>) {
  const host = document.createElement('div')
  document.body.appendChild(host)
  router = createRouter({ history: createWebHashHistory(), routes: licenceRoutes })
  const app = createApp({ render: () => h(RouterView) })
    .use(pinia)
    .use(router)
    .use(createAppI18n('zh-CN'))
    .use(ElementPlus)
  app.provide(apiKey, clientFor(transport))
  await router.push({ path: '/licences', ...(state ? { state } : {}) })
  app.mount(host)
  unmount = () => {
    app.unmount()
    host.remove()
  }
  return host
}

const rows = (host: HTMLElement) => host.querySelectorAll('[data-testid="licence-row"]')

beforeEach(async () => {
  await Dexie.delete(DEFAULT_DB_NAME)
  pinia = createPinia()
  setActivePinia(pinia)
  licenceSearchText.value = ''
  mayExportUnmasked = false
  signedIn = { id: 'op-1', name: '李合规', unit: '监督科', roles: ['complianceOfficer'] }
  await useOperatorStore().connect(clientFor(transport))
  const session = useSessionStore()
  if (!(await session.open(clientFor(transport)))) throw new Error('not opened')
  const person = licence({ id: 'lic-person', number: 'JZK0001' })
  person.holder = {
    category: 'naturalPerson',
    codeType: '111',
    name: '张三丰',
    code: maskIdNumber(PERSON_ID),
    codeHash: await hash(PERSON_ID)
  }
  await session.repos.licences.put(
    [person, licence({ id: 'lic-other', number: 'JZK0002' })],
    '手工录入'
  )
  session.enter('ready')
})

afterEach(() => {
  unmount?.()
  useSessionStore().db?.close()
})

describe('证照查询 and personal data', () => {
  it('searches by a full ID number through main and keeps it out of the address and history', async () => {
    const host = await mountBrowser()
    await waitFor(() => rows(host).length === 2)
    const input = host.querySelector<HTMLInputElement>('input[data-testid="filter-search"]')!
    input.value = PERSON_ID
    input.dispatchEvent(new Event('input'))
    await nextTick()
    host.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }))
    await waitFor(() => rows(host).length === 1)
    expect(rows(host)[0]?.textContent).toContain('JZK0001')
    expect(rows(host)[0]?.textContent).toContain('张**')
    expect(transport.calls.some((call) => call.channel === 'privacy.hashCodes')).toBe(true)
    await nextTick()
    expect(window.location.href).not.toContain(PERSON_ID)
    expect(router.currentRoute.value.fullPath).toBe('/licences')
    expect(JSON.stringify(window.history.state)).not.toContain(PERSON_ID)
  })

  it('opens a licence a link names by record id in history state', async () => {
    // As the evidence drawer's link arrives: the id in history state, nothing in the address.
    await mountBrowser({ licenceId: 'lic-person' })
    await waitFor(
      () =>
        !!document.querySelector('[data-testid="licence-drawer"]')?.textContent?.includes('JZK0001')
    )
    expect(window.location.href).not.toContain('lic-person')
    expect(router.currentRoute.value.fullPath).toBe('/licences')
  })

  it('offers no unmasked export to an operator whose roles do not allow it', async () => {
    signedIn = { id: 'op-2', name: '赵审计', unit: '审计科', roles: ['auditor'] }
    await useOperatorStore().refresh()
    const host = await mountBrowser()
    await waitFor(() => rows(host).length === 2)
    expect(host.querySelector('[data-testid="licence-export"]')).not.toBeNull()
    expect(host.querySelector('[data-testid="licence-export-unmasked"]')).toBeNull()
  })

  it('exports unmasked only when main allows it, and audits that it did', async () => {
    const host = await mountBrowser()
    await waitFor(() => rows(host).length === 2)
    const exports = async () =>
      (await useSessionStore().repos.audit.list({ limit: 20 })).filter(
        (entry) => entry.action === 'export.licences'
      )
    host.querySelector<HTMLButtonElement>('[data-testid="licence-export-unmasked"]')!.click()
    await waitFor(() => transport.calls.some((call) => call.channel === 'operators.authorize'))
    await waitFor(() => !!document.body.textContent?.includes('当前操作员无权进行不脱敏导出'))
    expect(await exports()).toEqual([])

    mayExportUnmasked = true
    host.querySelector<HTMLButtonElement>('[data-testid="licence-export-unmasked"]')!.click()
    let entries: Awaited<ReturnType<typeof exports>> = []
    await waitFor(() => {
      void exports().then((found) => (entries = found))
      return entries.length === 1
    })
    expect(entries[0]?.details).toEqual({ rows: 2, unmasked: true })
    expect(
      transport.calls.filter((call) => call.channel === 'operators.authorize').map((c) => c.payload)
    ).toEqual([{ action: 'export.unmasked' }, { action: 'export.unmasked' }])
  })
})
