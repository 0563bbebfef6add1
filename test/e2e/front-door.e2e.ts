import { existsSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'

/**
 * The page globals the callbacks below read, typed here because the node typecheck has no DOM
 * library (the callbacks run in the page, so each casts `globalThis` itself).
 */
interface PageGlobals {
  location: { hash: string }
  document: {
    activeElement: {
      textContent: string | null
      getAttribute(name: string): string | null
      blur(): void
    } | null
  }
}

/** The navigation's pages, in order, with the heading each page shows. */
const pages = [
  { hash: '#/overview', title: '总览' },
  { hash: '#/licences', title: '证照查询' },
  { hash: '#/compliance/monitor', title: '合规监测' },
  { hash: '#/compliance/scorecards', title: '部门评分' },
  { hash: '#/compliance/notices', title: '整改通知' },
  { hash: '#/seals/inspect', title: '印章核验' }
]

describe('the front door, by keyboard alone', () => {
  let app: OpenedApp

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    app = await openApp()
    await app.page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
  })
  afterAll(async () => {
    await app?.close()
  })
  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  const focusedText = () =>
    app.page.evaluate(() => {
      const focused = (globalThis as unknown as PageGlobals).document.activeElement
      return { role: focused?.getAttribute('role') ?? '', text: focused?.textContent?.trim() ?? '' }
    })
  const hash = () => app.page.evaluate(() => (globalThis as unknown as PageGlobals).location.hash)
  const goTo = (target: string) =>
    app.page.evaluate((h) => ((globalThis as unknown as PageGlobals).location.hash = h), target)

  it('Tab reaches the navigation, on the current page', async () => {
    const { page } = app
    await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.blur())
    for (let presses = 0; presses < 10; presses++) {
      await page.keyboard.press('Tab')
      if ((await focusedText()).role === 'menuitem') break
    }
    expect(await focusedText()).toEqual({ role: 'menuitem', text: '总览' })
  })

  it('arrow keys and Enter reach every page of the navigation', async () => {
    const { page } = app
    const items = await page.getByRole('menuitem').allTextContents()
    expect(items.map((item) => item.trim())).toContain('帮助')
    const reached: string[] = [await hash()]
    for (let i = 1; i < items.length; i++) {
      await page.keyboard.press('ArrowDown')
      expect((await focusedText()).text).toBe(items[i]!.trim())
      await page.keyboard.press('Enter')
      await expect.poll(hash).not.toBe(reached.at(-1))
      reached.push(await hash())
    }
    expect(new Set(reached).size).toBe(items.length)
    for (const { hash: expected } of pages) expect(reached).toContain(expected)
    expect(reached.at(-1)).toBe('#/help')
  })

  it('each page it reaches shows its own heading', async () => {
    const { page } = app
    await page.keyboard.press('Home')
    for (const [index, expected] of pages.entries()) {
      if (index > 0) await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      await expect.poll(hash).toBe(expected.hash)
      await expect
        .poll(() => page.locator('main h2').first().textContent(), { timeout: 20_000 })
        .toContain(expected.title)
    }
  })

  it('帮助 explains the pages and how to import', async () => {
    const { page } = app
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.getByTestId('help-pages').waitFor()
    const text = await page.locator('main').textContent()
    expect(text).toContain('第三十一条')
    expect(text).toContain('填写说明')
    await saveScreenshot(page, 'help', true)
  })

  it('a long cell of 证照查询 carries its full text as a tooltip', async () => {
    const { page } = app
    await goTo('#/licences')
    const cell = page.locator('[data-testid="licence-row"] .cell-text').first()
    await cell.waitFor({ timeout: 20_000 })
    const cells = await page
      .locator('[data-testid="licence-row"] .cell-text')
      .evaluateAll((nodes) => nodes.map((node) => [node.textContent, node.getAttribute('title')]))
    expect(cells.length).toBeGreaterThan(0)
    for (const [text, title] of cells) expect(title).toBe(text)
  })

  it('an unknown address shows 找不到页面, and Enter takes the user back', async () => {
    const { page } = app
    await goTo('#/no/such/page')
    await page.getByTestId('not-found').waitFor()
    expect(await page.getByTestId('not-found').textContent()).toContain('找不到页面')
    expect(await page.getByTestId('not-found').textContent()).toContain('/no/such/page')
    await page.keyboard.press('Enter')
    await expect.poll(hash).toBe('#/overview')
    await page.getByTestId('kpi-licences').waitFor()
  })

  it('logged zero console errors under the production CSP', () => {
    expect(app.consoleErrors).toEqual([])
  })
})
