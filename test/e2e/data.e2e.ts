import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'

const DEMO_LICENCES = 3000

/** A licence import whose rows 3 and 5 are wrong in ways a clerk would make them wrong. */
async function writeBrokenLicenceWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('电子证照')
  sheet.addRow([
    '证照标识',
    '证照类型代码',
    '证照编号',
    '持证主体',
    '持证主体代码类型代码',
    '持证主体代码',
    '证照颁发机构代码',
    '颁发日期'
  ])
  const good = [
    '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F',
    '11100000000013338W032',
    '建[2024]0001',
    '许昌市某建筑有限公司',
    '001',
    '91411000MA44ABCD1X',
    '11411000005748382W',
    '2024-03-05'
  ]
  sheet.addRow(good)
  sheet.addRow([...good.slice(0, 5), '91411000MA44ABCD1Y', ...good.slice(6)])
  sheet.addRow(good)
  sheet.addRow([...good.slice(0, 7), '2024-02-30'])
  const path = join(mkdtempSync(join(tmpdir(), 'import-')), '证照导入-有错误.xlsx')
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()))
  return path
}

/** A 用证授权 CSV: the header of the template, then the given rows. */
function writeAuthorizationCsv(name: string, rows: string[][]): string {
  const header = '证照类型代码,用证单位统一社会信用代码,用证单位名称,授权起始日期,授权截止日期'
  const text = [header, ...rows.map((row) => row.join(','))].join('\r\n')
  const path = join(mkdtempSync(join(tmpdir(), 'import-')), name)
  writeFileSync(path, text)
  return path
}

describe('data backbone: first run, dashboard, licence browser, import, audit log', () => {
  let app: OpenedApp

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    app = await openApp(DEMO_LICENCES)
  })
  afterAll(async () => {
    await app?.close()
  })
  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  it('loads the demo city on first start with visible progress, then shows real charts', async () => {
    const { page } = app
    await page.waitForSelector('[data-testid="data-loading"]', { timeout: 20_000 })
    await page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
    await expect
      .poll(() => page.getByTestId('kpi-licences').textContent(), { timeout: 20_000 })
      .toContain(DEMO_LICENCES.toLocaleString('en-US'))
    for (const chart of ['chart-departments', 'chart-types', 'chart-states', 'chart-push']) {
      await page.locator(`[data-testid="${chart}"] canvas`).first().waitFor({ timeout: 30_000 })
    }
    await page.waitForTimeout(800)
    await saveScreenshot(page, 'dashboard', true)
  })

  it('narrows the licence browser to a department when its bar is clicked', async () => {
    const { page } = app
    const canvas = page.locator('[data-testid="chart-departments"] canvas').first()
    const box = (await canvas.boundingBox())!
    // Bars are sorted largest first, so the top band's bar spans most of the plot.
    await page.mouse.click(box.x + box.width * 0.55, box.y + 20)
    await page.waitForURL(/#\/licences\?department=/, { timeout: 10_000 })
    const department = decodeURIComponent(page.url().match(/department=([^&]+)/)![1]!)
    await page.getByTestId('licence-row').first().waitFor({ timeout: 20_000 })
    await expect.poll(() => page.getByTestId('licence-count').textContent()).toMatch(/共 [\d,]+ 张/)
    const issuers = await page
      .locator('[data-testid="licence-row"] .el-table-v2__row-cell:nth-child(4)')
      .allTextContents()
    expect(issuers.length).toBeGreaterThan(0)
    expect(new Set(issuers).size).toBe(1)
    expect(department.length).toBeGreaterThan(0)
    await saveScreenshot(page, 'licence-browser', true)
  })

  it('opens a licence with Enter and shows masked codes and the status-history timeline', async () => {
    const { page } = app
    await page.goto(page.url().replace(/#.*$/, '#/licences?state=revoked'))
    const row = page.getByTestId('licence-row').first()
    await row.waitFor({ timeout: 20_000 })
    await row.focus()
    await page.keyboard.press('Enter')
    const drawer = page.locator('.el-drawer')
    await drawer.waitFor()
    await expect
      .poll(() => drawer.getByTestId('status-timeline').locator('.el-timeline-item').count())
      .toBeGreaterThan(1)
    expect(await drawer.getByTestId('status-timeline').textContent()).toContain('吊销')
    await page.waitForTimeout(600) // the drawer slides in
    await saveScreenshot(page, 'licence-detail', true)
    await page.keyboard.press('Escape')

    await page.goto(page.url().replace(/#.*$/, '#/licences'))
    await page.getByTestId('licence-row').first().waitFor({ timeout: 20_000 })
    const personRows = page.locator('[data-testid="licence-row"]', { hasText: '*' })
    await personRows.first().click()
    const code = await page.getByTestId('drawer-holder-code').textContent()
    // First 4 and last 2 of the ID number (see privacy/mask.ts).
    expect(code).toMatch(/^\d{4}\*{12}[\dX]{2}$/)
    const maskedName = await page.getByTestId('drawer-holder-name').textContent()
    expect(maskedName).toMatch(/\*/)
    await page.getByTestId('unmask-name').click()
    await expect.poll(() => page.getByTestId('drawer-holder-name').textContent()).not.toMatch(/\*/)
    await page.keyboard.press('Escape')
  })

  it('reports every bad row of a broken workbook and writes nothing', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '数据管理' }).click()
    const before = await page.getByTestId('licence-total').textContent()
    await page.getByTestId('import-file').setInputFiles(await writeBrokenLicenceWorkbook())
    const result = page.getByTestId('import-result')
    await result.waitFor({ timeout: 20_000 })
    expect(await result.textContent()).toContain('未写入任何数据')
    const rows = await page
      .locator('[data-testid="import-errors"] .el-table__row')
      .allTextContents()
    expect(rows.some((row) => row.startsWith('3'))).toBe(true)
    expect(rows.some((row) => row.startsWith('5'))).toBe(true)
    expect(await page.getByTestId('licence-total').textContent()).toBe(before)
    await saveScreenshot(page, 'import-errors', true)
  })

  it('imports usage authorisations: every bad row listed, then a good file written and counted', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '数据管理' }).click()
    await page.locator('.el-radio-button', { hasText: '用证授权' }).click()
    const total = page.getByTestId('usage-authorization-total')
    const before = Number((await total.textContent())?.replace(/,/g, ''))
    expect(before).toBeGreaterThan(0)

    // A department and a catalogued type the demo did not authorise together, as a clerk
    // would look them up in the bureau's records.
    const pair = await page.evaluate(async () => {
      // The test's tsconfig has no DOM library: the few IndexedDB calls used, typed here.
      type Request<T> = { result: T; error: unknown; onsuccess: () => void; onerror: () => void }
      type Db = {
        transaction(store: string): { objectStore(store: string): { getAll(): Request<unknown> } }
        close(): void
      }
      const idb = (globalThis as unknown as { indexedDB: { open(name: string): Request<Db> } })
        .indexedDB
      const db = await new Promise<Db>((done, fail) => {
        const request = idb.open('elicense-workbench')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const all = <T>(store: string) =>
        new Promise<T[]>((done) => {
          const request = db.transaction(store).objectStore(store).getAll()
          request.onsuccess = () => done(request.result as T[])
        })
      const departments = await all<{ uscc: string; name: string }>('departments')
      const catalog = await all<{ typeCode: string }>('catalog')
      const held = new Set((await all<{ id: string }>('usageAuthorizations')).map((row) => row.id))
      db.close()
      for (const { typeCode } of catalog)
        for (const { uscc, name } of departments)
          if (!held.has(`auth-${typeCode}-${uscc}`)) return { typeCode, uscc, name }
      return null
    })
    expect(pair).not.toBeNull()
    const { typeCode, uscc, name } = pair!

    await page.getByTestId('import-file').setInputFiles(
      writeAuthorizationCsv('用证授权-有错误.csv', [
        [typeCode, '91411000MA44ABCD1X', '', '2026-01-01', ''],
        [typeCode, uscc, name, '2026-01-01', '2025-12-31'],
        ['11100000000013338W99', uscc, name, '2026-01-01', '']
      ])
    )
    await expect
      .poll(() => page.getByTestId('import-result').textContent(), { timeout: 20_000 })
      .toContain('用证授权-有错误.csv 中有 3 处不合格，未写入任何数据')
    const errors = await page
      .locator('[data-testid="import-errors"] .el-table__row')
      .allTextContents()
    expect(errors.map((row) => row.slice(0, 1))).toEqual(['2', '3', '4'])
    expect(errors[0]).toContain('请先导入部门')
    expect(errors[1]).toContain('授权截止日期早于起始日期')
    expect(errors[2]).toContain('证照类型代码应为21位')
    expect(Number((await total.textContent())?.replace(/,/g, ''))).toBe(before)

    await page
      .getByTestId('import-file')
      .setInputFiles(
        writeAuthorizationCsv('用证授权.csv', [[typeCode, uscc, name, '2026-01-01', '长期']])
      )
    await expect
      .poll(() => page.getByTestId('import-result').textContent(), { timeout: 20_000 })
      .toContain('已从 用证授权.csv 导入 1 条记录')
    await expect
      .poll(async () => Number((await total.textContent())?.replace(/,/g, '')))
      .toBe(before + 1)
  })

  it('verifies the audit log, which recorded the load and the disclosure', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '审计日志' }).click()
    await page.getByTestId('audit-table').locator('.el-table__row').first().waitFor()
    const text = await page.getByTestId('audit-table').textContent()
    expect(text).toContain('查看个人信息')
    await page.getByTestId('audit-verify').click()
    await expect.poll(() => page.getByTestId('audit-verdict').textContent()).toContain('校验通过')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click()
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await download.path())!)
    const sheet = workbook.getWorksheet('审计日志')!
    // Words first (times in Beijing time), then the stored fields with their hashes and MACs.
    expect(sheet.getRow(1).getCell(13).value).toBe('哈希')
    expect(sheet.getRow(1).getCell(15).value).toBe('认证码')
    const actions = sheet.getColumn(9).values.slice(2)
    expect(actions).toContain('privacy.unmask')
    expect(sheet.getRow(2).getCell(2).value).toBe(1)
    expect(String(sheet.getRow(2).getCell(3).value)).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/
    )
    expect(String(sheet.getRow(2).getCell(15).value)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('logged zero console errors under the production CSP', () => {
    expect(app.consoleErrors).toEqual([])
  })
})
