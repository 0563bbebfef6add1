import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'
import { startHost } from '../../src/host/server'
import { createFirstOperator, E2E_OPERATOR, signIn } from './support/operators'
import { createScriptedDialogPort } from './support/scripted-dialogs'
import {
  chooseOption,
  confirmStep,
  draftFor,
  findingRows,
  noticeRows,
  pickDate
} from './support/compliance'

const DEMO_LICENCES = 3000

describe('compliance: scan, heat map, evidence, rectification notices, escalation', () => {
  let app: OpenedApp

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    app = await openApp(DEMO_LICENCES)
    await app.page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
  })
  afterAll(async () => {
    await app?.close()
  })
  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  it('runs a full scan with progress and shows open findings in the heat map', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '合规监测' }).click()
    await expect.poll(() => page.getByTestId('last-scan').textContent()).toContain('尚未检查')
    await page.getByTestId('scan-full').click()
    await page.getByTestId('scan-progress').waitFor({ timeout: 10_000 })
    const summary = page.getByTestId('scan-summary')
    await summary.waitFor({ timeout: 60_000 })
    const opened = Number(/新发现 (\d+) 项/.exec((await summary.textContent()) ?? '')?.[1])
    expect(opened).toBeGreaterThan(10)
    expect(await page.getByTestId('last-scan').textContent()).toContain('全面检查')
    await expect.poll(() => page.getByTestId('finding-count').textContent()).toBe(`共 ${opened} 项`)
    await page.locator('[data-testid="finding-heatmap"] canvas').first().waitFor()
    await page.waitForTimeout(600)
    await saveScreenshot(page, 'compliance-monitor', true)
  })

  it('filters the list to one kind and department when a heat-map cell is clicked', async () => {
    const { page } = app
    const before = await page.getByTestId('finding-count').textContent()
    const canvas = page.locator('[data-testid="finding-heatmap"] canvas').first()
    const box = (await canvas.boundingBox())!
    // The top row (below the kinds' labels at the top of the map) is the department with the
    // most open findings; try its cells left to right.
    for (let x = 0.1; x < 0.99; x += 0.015) {
      await page.mouse.click(box.x + box.width * x, box.y + 66)
      if ((await page.getByTestId('finding-count').textContent()) !== before) break
    }
    const department = (await page.getByTestId('filter-department').textContent())?.trim() ?? ''
    const kind = (await page.getByTestId('filter-kind').textContent())?.trim() ?? ''
    expect(department.length).toBeGreaterThan(2)
    expect(kind).toMatch(/^（[一二三四五六七八]）/)
    expect(await page.getByTestId('finding-count').textContent()).not.toBe(before)
    const departments = await findingRows(page).locator('td:nth-child(4)').allTextContents()
    expect(departments.length).toBeGreaterThan(0)
    expect(new Set(departments.map((text) => text.trim()))).toEqual(new Set([department]))
  })

  it('opens a finding’s evidence, quoting the article, with a link into 证照查询', async () => {
    const { page } = app
    await page.getByRole('button', { name: '清除筛选' }).click()
    await chooseOption(page, 'filter-kind', /^（五）/)
    await findingRows(page).first().getByTestId('finding-open-evidence').click()
    const drawer = page.getByTestId('finding-evidence')
    await drawer.waitFor()
    expect(await page.getByTestId('evidence-explanation').textContent()).toMatch(
      /《办法》第[一二三四五六七八九十]+条“/
    )
    const link = page.getByTestId('evidence-licence-link').first()
    await link.waitFor()
    const number = (await link.textContent())?.trim() ?? ''
    await page.waitForTimeout(500) // the drawer's slide-in
    await saveScreenshot(page, 'compliance-evidence', true)
    await link.click()
    // The link carries the licence's record id in history state, never its number in the URL.
    await expect.poll(() => page.url()).toMatch(/#\/licences$/)
    await expect
      .poll(() => page.getByTestId('licence-drawer').textContent(), { timeout: 15_000 })
      .toContain(number)
    await page.keyboard.press('Escape')
    await page.getByTestId('licence-drawer').waitFor({ state: 'hidden' })
  })

  it('issues a notice to a department and records its report with a hashed attachment', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '合规监测' }).click()
    const total = Number(
      /共 (\d+) 项/.exec((await page.getByTestId('finding-count').textContent()) ?? '')?.[1]
    )
    // 全选 is this page's 20 until the officer explicitly takes all of them, on every page.
    await page.getByTestId('select-page').click()
    expect(await page.getByTestId('finding-selection').textContent()).toContain('已选择 20 项')
    await page.getByTestId('select-all-filtered').click()
    expect(await page.getByTestId('finding-selection').textContent()).toContain(
      `已选择 ${total} 项`
    )
    await page.getByTestId('clear-selection').click()
    await expect.poll(() => page.getByTestId('finding-selection').count()).toBe(0)
    const first = await chooseOption(page, 'filter-department', /局|委|办|院|会/)
    await draftFor(page, 2)
    // A second department's notice, drafted in October: its period has long lapsed.
    await page.getByRole('button', { name: '清除筛选' }).click()
    await page.getByTestId('filter-department').click()
    const options = page.locator('.el-select-dropdown__item:visible')
    const second = options.filter({ hasNotText: first }).first()
    await second.click()
    await draftFor(page, 1, '2026-10-09')

    await page.getByRole('menuitem', { name: '整改通知' }).click()
    await expect.poll(() => noticeRows(page).count()).toBe(2)
    const current = noticeRows(page).nth(0)
    await current.getByTestId('notice-action-issue').click()
    await page.getByTestId('issue-submit').click()
    await expect
      .poll(() => current.getByTestId('notice-number').textContent())
      .toMatch(/^许数管〔\d{4}〕1号$/)
    // Numbered here for now; the 演示库 gives the number once the notice is pushed.
    await expect
      .poll(() => current.getByTestId('notice-number-provisional').count(), { timeout: 30_000 })
      .toBe(0)
    expect(await current.getByTestId('notice-number').textContent()).toMatch(/^许数管〔\d{4}〕1号$/)
    expect(await current.getByTestId('notice-remaining').textContent()).toMatch(/\d+ 个工作日/)
    // Only the moves the workflow allows: no 办结 or 通报 for a notice under rectification.
    expect(await current.getByTestId('notice-action-close').count()).toBe(0)

    await current.getByTestId('notice-action-report').click()
    await page
      .getByTestId('report-text')
      .locator('xpath=descendant-or-self::textarea')
      .fill('已补正相关证照数据并重新推送。')
    await page.getByTestId('report-files').setInputFiles({
      name: '整改报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('abc')
    })
    await expect
      .poll(() => page.getByTestId('report-sha256').textContent())
      .toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    await page.getByTestId('report-submit').click()
    await expect
      .poll(() => current.getByTestId('notice-status').textContent())
      .toContain('已收到整改报告')
  })

  it('marks the lapsed notice overdue and drafts its 书面通报', async () => {
    const { page } = app
    const lapsed = noticeRows(page).nth(1)
    await lapsed.getByTestId('notice-action-issue').click()
    await pickDate(page, 'issue-date', '2026-10-09')
    await page.getByTestId('issue-submit').click()
    await expect
      .poll(() => lapsed.getByTestId('notice-number').textContent())
      .toMatch(/^许数管〔2026〕\d+号$/)
    const number = (await lapsed.getByTestId('notice-number').textContent()) ?? ''
    const remaining = lapsed.getByTestId('notice-remaining')
    expect(await remaining.textContent()).toMatch(/已逾期 \d+ 个工作日/)
    expect(await remaining.getAttribute('class')).toContain('overdue')
    // 认定逾期 cannot be taken back: it asks first, and a no leaves the notice as it was.
    await lapsed.getByTestId('notice-action-markOverdue').click()
    await page.locator('.el-message-box').getByRole('button', { name: '取消' }).click()
    expect(await lapsed.getByTestId('notice-status').textContent()).toContain('整改中')
    await lapsed.getByTestId('notice-action-markOverdue').click()
    await confirmStep(page, '认定逾期')
    await expect
      .poll(() => lapsed.getByTestId('notice-status').textContent())
      .toContain('逾期未整改')
    await lapsed.getByTestId('notice-action-circulate').click()
    const circular = page.getByTestId('circular-text').first()
    await circular.waitFor()
    expect(await circular.textContent()).toContain(number)
    expect(await circular.textContent()).toContain('逾期未报送整改报告')
    expect(await page.getByTestId('circular-status').first().textContent()).toBe('草稿')
    // A drafted circular does not escalate the notice; its 签发 does.
    expect(await lapsed.getByTestId('notice-status').textContent()).toContain('逾期未整改')
    expect(await lapsed.getByTestId('notice-action-refer').count()).toBe(0)
    await lapsed.getByTestId('notice-action-issueCircular').click()
    await confirmStep(page, '签发书面通报')
    await expect.poll(() => lapsed.getByTestId('notice-status').textContent()).toContain('书面通报')
    await expect
      .poll(() => page.getByTestId('circular-status').first().textContent())
      .toBe('已签发')
    await expect
      .poll(() => page.getByTestId('circular-number').first().textContent())
      .toMatch(/许数管〔2026〕\d+号/)
    await lapsed.getByTestId('notice-action-deliverCircular').click()
    await confirmStep(page, '通报已送达')
    await expect
      .poll(() => page.getByTestId('circular-status').first().textContent())
      .toBe('已送达')
    expect(await lapsed.getByTestId('notice-action-refer').count()).toBe(1)
    await expect.poll(() => page.locator('.el-message').count(), { timeout: 10_000 }).toBe(0)
    await saveScreenshot(page, 'compliance-notices', true)
  })

  it('ranks departments, the escalated one among those with an overdue notice', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '部门评分' }).click()
    await page.locator('[data-testid="scorecard-chart"] canvas').first().waitFor()
    const overdue = await page
      .locator('[data-testid="scorecard-table"] tbody tr td:nth-child(8)')
      .allTextContents()
    expect(overdue.filter((text) => text.trim() === '1')).toHaveLength(1)
    // Ignoring an order weighs most (Art. 31(七)): the escalated department ranks last.
    expect(overdue.at(-1)?.trim()).toBe('1')
    // Only units that issue licences are ranked: the Bureau itself is listed apart.
    const ranked = await page
      .locator('[data-testid="scorecard-table"] tbody tr td:nth-child(2)')
      .allTextContents()
    expect(ranked).not.toContain('许昌市政务服务和大数据管理局')
    expect(await page.getByTestId('scorecard-unranked').textContent()).toContain(
      '许昌市政务服务和大数据管理局'
    )
    expect(await page.getByTestId('scorecard-formula').textContent()).toContain(
      '按时推送率 × 50 + 目录完整率 × 30 + 问题整改率 × 20'
    )
    await page.waitForTimeout(400)
    await saveScreenshot(page, 'compliance-scorecards', true)
    const download = page.waitForEvent('download')
    await page.getByTestId('scorecard-export').click()
    expect((await download).suggestedFilename()).toMatch(/^部门评分-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(app.consoleErrors).toEqual([])
  })

  it('lists the bundled holiday years and refuses an incomplete new year in Chinese', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '设置' }).click()
    await page.getByRole('tab', { name: '合规规则参数' }).click()
    await page.getByTestId('rule-parameters').getByText('异议复核答复逾期').first().waitFor()
    await page.getByRole('tab', { name: '节假日安排' }).click()
    const tab = page.getByTestId('holiday-notices')
    await tab.getByText('国务院办公厅关于2026年部分节假日安排的通知').first().waitFor()
    await page.getByTestId('holiday-save').click()
    const issue = page.getByTestId('holiday-issue').first()
    await issue.waitFor()
    expect(await issue.textContent()).toMatch(/[一-龥]/)
    await saveScreenshot(page, 'compliance-holidays', true)
    expect(app.consoleErrors).toEqual([])
  })

  it('shows a second workstation the notices the first issued, with the numbers the library gave', async () => {
    const { page, browser, host } = app
    await page.getByRole('menuitem', { name: '整改通知' }).click()
    await expect.poll(() => page.getByTestId('notice-number-provisional').count()).toBe(0)
    const issued = new Set(await page.getByTestId('notice-number').allTextContents())
    expect([...issued].filter((number) => /^许数管〔2026〕\d+号$/.test(number))).toHaveLength(2)
    // A second workstation: its own installation (main, keys, audit log) and its own browser
    // profile, configured to sync with the first one's library.
    const library = await host.library
    const dataLocation = mkdtempSync(join(tmpdir(), 'workbench-e2e-second-'))
    mkdirSync(join(dataLocation, 'sync'))
    writeFileSync(
      join(dataLocation, 'sync', 'library.json'),
      JSON.stringify({ server: library?.url, proxy: null, ca: null, certificate: null })
    )
    const secondHost = await startHost({
      rendererRoot,
      dataLocation,
      dialogs: createScriptedDialogPort()
    })
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN'
    })
    try {
      await createFirstOperator(secondHost)
      const second = await context.newPage()
      await second.goto(secondHost.url)
      await signIn(second, E2E_OPERATOR)
      await second.getByRole('menuitem', { name: '整改通知' }).click()
      await expect
        .poll(async () => new Set(await second.getByTestId('notice-number').allTextContents()), {
          timeout: 120_000
        })
        .toEqual(issued)
      expect(await second.getByTestId('notice-number-provisional').count()).toBe(0)
    } finally {
      await context.close()
      await secondHost.close()
    }
  }, 180_000)
})
