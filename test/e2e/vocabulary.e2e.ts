import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { writeSealFixtures, type SealFixtures } from '../unit/main/seals/fixtures'
import { dropFiles } from './support/drop'
import { openApp, rendererRoot, screenshotOnFailure, type OpenedApp } from './support/app'
import { E2E_OPERATOR, signIn } from './support/operators'

/**
 * What an auditor must never read on a page, in either language: a developer's code, an internal
 * id, a raw ISO time, or a value the code failed to turn into words. Each pattern names what it
 * catches; the check scans the visible text of every page, open drawers included.
 */
const developerText: { name: string; pattern: RegExp; only?: 'zh-CN' }[] = [
  // `compliance.scan`, `seals.reason.byteRangeGap`: a catalog key shown as is (a missing
  // translation) or a code printed instead of its words. File names are not codes.
  {
    name: 'dotted code',
    pattern:
      /\b[a-z][a-zA-Z]+(?:\.[a-z][a-zA-Z0-9]*)+\b(?<!\.(?:pdf|ofd|xlsx|csv|json|pem|cer|crt|p12|png))/g
  },
  // `signature-digest-mismatch`; not a file name (`changed-after-signing.pdf`) or an address.
  { name: 'kebab code', pattern: /(?<![/\w-])[a-z]+(?:-[a-z0-9]+){2,}\b(?![.\w-])/g },
  { name: 'constant code', pattern: /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g },
  {
    name: 'internal id',
    pattern: /\b(?:lic|dept|cat|obj|use|notice|circular|finding|auth)-[0-9a-f]{3,}/g
  },
  { name: 'ISO time', pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g },
  // In Chinese a day reads 2026年3月5日; English writes 2026-03-05 on purpose.
  { name: 'ISO day', pattern: /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g, only: 'zh-CN' },
  { name: 'unrendered value', pattern: /\bundefined\b|\bNaN\b|\[object Object\]|\{\w+\}/g },
  // 生成方式 as stored; English sentences may say online and offline.
  { name: 'generation mode', pattern: /generationMode|\bonline\b|\boffline\b/g, only: 'zh-CN' }
]

function violations(text: string, locale: 'zh-CN' | 'en'): string[] {
  return developerText.flatMap(({ name, pattern, only }) =>
    only && only !== locale
      ? []
      : [...text.matchAll(pattern)].map(
          (match) =>
            `${name}: “${text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 20)}”`
        )
  )
}

interface PageGlobals {
  document: { body: { innerText: string } }
  location: { hash: string }
}

const visibleText = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as PageGlobals).document.body.innerText)

/** The machine may be busy (2 shared cores): waits for what a user would see, up to 20 s. */
const poll: typeof expect.poll = (check, options) =>
  expect.poll(check, { timeout: 20_000, ...options })

/** Every page and drawer a user can reach, each opened the way a user would. */
const views: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: '总览', open: (page) => goTo(page, '#/overview', '[data-testid="kpi-licences"]') },
  {
    name: '证照查询 and a licence',
    open: async (page) => {
      await goTo(page, '#/licences', '[data-testid="licence-row"]')
      await page.getByTestId('licence-row').first().click()
      await page.locator('.el-drawer').first().waitFor()
    }
  },
  {
    name: '合规监测 and the evidence of a finding',
    open: async (page) => {
      await goTo(page, '#/compliance/monitor', '[data-testid="finding-open-evidence"]')
      await page.getByTestId('finding-open-evidence').first().click()
      await page.getByTestId('evidence-explanation').waitFor()
    }
  },
  { name: '部门评分', open: (page) => goTo(page, '#/compliance/scorecards', 'canvas') },
  {
    name: '整改通知',
    open: (page) => goTo(page, '#/compliance/notices', '[data-testid="notice-table"]')
  },
  {
    name: '印章核验 with a document altered after signing',
    open: async (page) => {
      await goTo(page, '#/seals/inspect', '[data-testid="drop-zone"]')
      await dropFiles(page, [fixtures.changedAfterSigning])
      await page.getByTestId('signature-reason').first().waitFor({ timeout: 120_000 })
    }
  },
  {
    name: '设置: trust store',
    open: (page) => goTo(page, '#/settings?tab=trust-store', '.el-tabs')
  },
  {
    name: '设置: rules',
    open: (page) => goTo(page, '#/settings?tab=compliance-rules', '.el-tabs')
  },
  { name: '设置: holidays', open: (page) => goTo(page, '#/settings?tab=holidays', '.el-tabs') },
  {
    name: '设置: the e-licence library and its diagnosis',
    open: async (page) => {
      await goTo(page, '#/settings?tab=library-connection', '[data-testid="library-check"]')
      await page.getByTestId('library-check').click()
      await page.getByTestId('library-diagnosis').waitFor()
    }
  },
  { name: '同步', open: (page) => goTo(page, '#/system/sync', '[data-testid="sync-history"]') },
  { name: '审计日志', open: (page) => goTo(page, '#/system/audit', '.el-table__row') },
  { name: '数据管理', open: (page) => goTo(page, '#/system/data', '.el-card') },
  { name: '系统信息', open: (page) => goTo(page, '#/system/info', '.el-descriptions') },
  { name: '帮助', open: (page) => goTo(page, '#/help', 'h2') },
  { name: 'an unknown page', open: (page) => goTo(page, '#/no-such-page', 'a, button') }
]

let fixtures: SealFixtures

async function goTo(page: Page, hash: string, ready: string): Promise<void> {
  await page.keyboard.press('Escape')
  await page.evaluate(
    (target) => ((globalThis as unknown as PageGlobals).location.hash = target),
    hash
  )
  await page.locator(ready).first().waitFor({ timeout: 30_000 })
  // Let late data (charts, counts, lists) arrive before reading the page.
  await page.waitForTimeout(500)
}

async function chooseLanguage(page: Page, label: string): Promise<void> {
  await page.locator('.locale-select').click()
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: label }).click()
}

describe('no developer text on any page, in Chinese or in English', () => {
  let app: OpenedApp

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    fixtures = await writeSealFixtures()
    app = await openApp(1500)
    const { page } = app
    await page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
    // Findings, a notice and audit entries exist once a scan has run and a notice is drafted.
    await goTo(page, '#/compliance/monitor', '[data-testid="scan-full"]')
    await page.getByTestId('scan-full').click()
    await page.getByTestId('scan-summary').waitFor({ timeout: 90_000 })
    await page
      .locator('[data-testid="finding-table"] tbody tr.el-table__row .el-checkbox')
      .first()
      .click()
    await page.getByTestId('open-draft-notice').click()
    await page.getByTestId('draft-submit').click()
    await page.getByTestId('draft-notice-form').waitFor({ state: 'hidden' })
  }, 300_000)
  afterAll(async () => {
    await app?.close()
  })
  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  for (const [locale, label] of [
    ['zh-CN', '中文'],
    ['en', 'English']
  ] as const) {
    it(`reads as words on every page in ${locale}`, async () => {
      const { page } = app
      await chooseLanguage(page, label)
      const found: string[] = []
      for (const view of views) {
        await view.open(page)
        found.push(
          ...violations(await visibleText(page), locale).map((hit) => `${view.name}: ${hit}`)
        )
      }
      expect(found).toEqual([])
    }, 600_000)
  }

  it('keeps the language chosen after a reload', async () => {
    const { page } = app
    await goTo(page, '#/overview', '[data-testid="kpi-licences"]')
    await page.reload()
    // A browser tab is a new caller after a reload: its operator signs in again.
    await signIn(page, E2E_OPERATOR)
    await page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 60_000 })
    await poll(() => page.getByRole('menuitem').first().textContent()).toMatch(/Overview/)
  })
})
