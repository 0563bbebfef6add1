import { afterEach, describe, expect, it } from 'vitest'
import { createApp, defineComponent, h, nextTick, type Component } from 'vue'
import { createMemoryHistory, type Router } from 'vue-router'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import NavigationMenu from '@renderer/app/NavigationMenu.vue'
import NotFoundView from '@renderer/app/NotFoundView.vue'
import { createAppRouter, featureRoutes } from '@renderer/app/router'
import KpiCard from '@renderer/features/dashboard/KpiCard.vue'
import HelpView from '@renderer/features/help/HelpView.vue'
import { helpMessageKey, helpPageRoutes } from '@renderer/features/help/help-pages'
import { createAppI18n } from '@renderer/i18n'
import { waitFor } from './support/mount'

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

/** Mounts a component with the app's router (in memory, at `path`), i18n and Element Plus. */
async function mountAt(
  component: Component,
  path: string,
  locale: 'zh-CN' | 'en' = 'zh-CN'
): Promise<{ host: HTMLElement; router: Router }> {
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const host = document.createElement('div')
  document.body.appendChild(host)
  const app = createApp(component).use(router).use(createAppI18n(locale)).use(ElementPlus)
  app.mount(host)
  await router.isReady()
  await nextTick()
  unmount = () => {
    app.unmount()
    host.remove()
  }
  return { host, router }
}

function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}

const navPaths = featureRoutes.filter((r) => r.meta?.titleKey).map((r) => r.path)

describe('left navigation by keyboard', () => {
  it('is one tab stop, on the current page', async () => {
    const { host } = await mountAt(NavigationMenu, '/licences')
    const items = [...host.querySelectorAll<HTMLElement>('[role="menuitem"]')]
    expect(items.length).toBe(navPaths.length)
    const stops = items.filter((item) => item.tabIndex === 0)
    expect(stops.map((item) => item.textContent?.trim())).toEqual(['证照查询'])
  })

  it('moves with the arrow keys, Home and End, and opens a page with Enter', async () => {
    const { host, router } = await mountAt(NavigationMenu, '/overview')
    const items = () => [...host.querySelectorAll<HTMLElement>('[role="menuitem"]')]
    items()[0]!.focus()
    press(document.activeElement!, 'ArrowDown')
    expect(document.activeElement?.textContent?.trim()).toBe('证照查询')
    expect(items().filter((item) => item.tabIndex === 0)).toEqual([document.activeElement])
    press(document.activeElement!, 'ArrowUp')
    press(document.activeElement!, 'ArrowUp')
    expect(document.activeElement).toBe(items().at(-1))
    press(document.activeElement!, 'Home')
    expect(document.activeElement).toBe(items()[0])
    press(document.activeElement!, 'End')
    expect(document.activeElement?.textContent?.trim()).toBe('帮助')
    press(document.activeElement!, 'Enter')
    await waitFor(() => router.currentRoute.value.path === '/help')
    press(items()[1]!, ' ')
    await waitFor(() => router.currentRoute.value.path === '/licences')
  })

  it('reaches every page of the navigation', async () => {
    const { host, router } = await mountAt(NavigationMenu, '/overview')
    const visited: string[] = []
    for (let i = 0; i < navPaths.length; i++) {
      const focused = host.querySelector<HTMLElement>('[role="menuitem"][tabindex="0"]')!
      focused.focus()
      if (i > 0) press(focused, 'ArrowDown')
      press(document.activeElement!, 'Enter')
      await waitFor(() => !visited.includes(router.currentRoute.value.path))
      visited.push(router.currentRoute.value.path)
      await nextTick()
    }
    expect([...visited].sort()).toEqual([...navPaths].sort())
  })

  it('shows where the focus is', async () => {
    const { host } = await mountAt(NavigationMenu, '/overview')
    const item = host.querySelectorAll<HTMLElement>('[role="menuitem"]')[2]!
    item.focus()
    press(item, 'ArrowDown')
    const focused = document.activeElement as HTMLElement
    expect(focused.matches(':focus-visible')).toBe(true)
    expect(getComputedStyle(focused).outlineStyle).toBe('solid')
  })
})

describe('an unknown address', () => {
  it('shows 找不到页面 with the address and a way back that has the focus', async () => {
    const { host, router } = await mountAt(
      defineComponent(() => () => h('div', [h(NavigationMenu), h(NotFoundView)])),
      '/no/such/page'
    )
    expect(router.currentRoute.value.name).toBe('not-found')
    const page = host.querySelector('[data-testid="not-found"]')!
    expect(page.textContent).toContain('找不到页面')
    expect(page.textContent).toContain('/no/such/page')
    const home = host.querySelector<HTMLElement>('[data-testid="not-found-home"]')!
    expect(document.activeElement).toBe(home)
    home.click()
    await waitFor(() => router.currentRoute.value.path === '/overview')
  })

  it('is in English when the user reads English', async () => {
    const { host } = await mountAt(NotFoundView, '/missing', 'en')
    expect(host.textContent).toContain('Page not found')
    expect(host.textContent).toContain('Back to the overview')
  })
})

describe('总览 KPI card', () => {
  async function card(props: {
    value: number | null
    computing: boolean
    precision?: number
    suffix?: string
  }) {
    const { host } = await mountAt(
      defineComponent(() => () => h(KpiCard, { title: '推送及时率', ...props })),
      '/overview'
    )
    return host
  }

  it('says 计算中 while the figure is not known, never 0.0 %', async () => {
    const host = await card({ value: 0, computing: true, precision: 1, suffix: '%' })
    expect(host.textContent).toContain('计算中')
    expect(host.textContent).not.toMatch(/\d/)
    expect(host.querySelector('[aria-busy="true"]')).not.toBeNull()
  })

  it('shows the figure once computed, zero included', async () => {
    const rate = await card({ value: 87.25, computing: false, precision: 1, suffix: '%' })
    expect(rate.textContent).toContain('87.3%')
    unmount?.()
    const zero = await card({ value: 0, computing: false, precision: 1, suffix: '%' })
    expect(zero.textContent).toContain('0.0%')
    expect(zero.textContent).not.toContain('计算中')
  })

  it('says so when there was nothing to compute a rate from, instead of 0.0 %', async () => {
    const host = await card({ value: null, computing: false, precision: 1, suffix: '%' })
    expect(host.textContent).toContain('无可计算的数据')
    expect(host.textContent).not.toMatch(/\d/)
  })
})

describe('帮助', () => {
  it('explains every page of the navigation, with its articles, in both languages', async () => {
    const navNames = featureRoutes
      .filter((r) => r.meta?.titleKey && r.name !== 'help')
      .map((r) => String(r.name))
    expect([...helpPageRoutes].sort()).toEqual([...navNames].sort())
    for (const locale of ['zh-CN', 'en'] as const) {
      const i18n = createAppI18n(locale)
      for (const name of helpPageRoutes) {
        const key = `help.pages.${helpMessageKey(name)}`
        expect(i18n.global.te(`${key}.purpose`, locale), `${locale} ${key}`).toBe(true)
        expect(i18n.global.te(`${key}.articles`, locale), `${locale} ${key}`).toBe(true)
      }
    }
  })

  it('lists the pages with links and tells how to import', async () => {
    const { host, router } = await mountAt(HelpView, '/help')
    const rows = host.querySelectorAll('[data-testid="help-pages"] tbody tr')
    expect(rows.length).toBe(helpPageRoutes.length)
    const seals = host.querySelector('[data-route="seal-inspection"]')!
    expect(seals.textContent).toContain('印章核验')
    expect(seals.textContent).toContain('第十七条')
    expect(host.querySelector('[data-testid="help-import"]')?.textContent).toContain('填写说明')
    seals.querySelector<HTMLAnchorElement>('a')!.click()
    await waitFor(() => router.currentRoute.value.path === '/seals/inspect')
  })
})
