import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'
import { rpcCaller, signIn } from './support/operators'

const ADMIN = { name: '王管理', unit: '数据资源科', password: 'admin-password-1' }
const OFFICER = { name: '张合规', unit: '监督科', password: 'officer-password-1' }
const AUDITOR = { name: '李审计', unit: '审计科', password: 'auditor-password-1' }

const noticeRows = (page: Page) =>
  page.locator('[data-testid="notice-table"] tbody tr.el-table__row')
const findingRows = (page: Page) =>
  page.locator('[data-testid="finding-table"] tbody tr.el-table__row')

async function navigation(page: Page): Promise<string> {
  return (await page.locator('nav').first().textContent()) ?? ''
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click()
  await page.getByTestId('sign-in-form').waitFor()
}

/** 新建操作员 on the 操作员管理 page: name, unit, one role, a first password. */
async function createOperator(page: Page, operator: typeof OFFICER, role: string): Promise<void> {
  await page.getByTestId('operator-create').click()
  await page.locator('#operator-name').fill(operator.name)
  await page.locator('#operator-unit').fill(operator.unit)
  await page.getByTestId('operator-roles').getByText(role, { exact: true }).click()
  await page.locator('#operator-password').fill(operator.password)
  await page.getByTestId('operator-save').click()
  await page.getByText(`已创建操作员“${operator.name}”。`).first().waitFor()
}

describe('operators and roles: who may issue a notice, and who did', () => {
  let app: OpenedApp

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    app = await openApp(1500, { signIn: false })
  })
  afterAll(async () => {
    await app?.close()
  })
  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  it('creates the first administrator on the first run', async () => {
    const { page } = app
    await page.getByText('首次使用：创建系统管理员').waitFor({ timeout: 30_000 })
    await page.locator('#sign-in-name').fill(ADMIN.name)
    await page.locator('#sign-in-unit').fill(ADMIN.unit)
    await page.locator('#sign-in-password').fill('too-short')
    await page.locator('#sign-in-confirm').fill('too-short')
    await page.locator('#sign-in-confirm').press('Enter')
    await page.getByText('密码至少需要 10 位。').waitFor()
    await page.locator('#sign-in-password').fill(ADMIN.password)
    await page.locator('#sign-in-confirm').fill(ADMIN.password)
    await page.locator('#sign-in-confirm').press('Enter')
    await expect.poll(() => page.getByTestId('operator-name').textContent()).toBe(ADMIN.name)
    await page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
    expect(await navigation(page)).toContain('操作员管理')
  })

  it('lets the administrator create a 合规专员 and a 审计员', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '操作员管理' }).click()
    await createOperator(page, OFFICER, '合规专员')
    await createOperator(page, AUDITOR, '审计员')
    const table = page.getByTestId('operator-table')
    await expect.poll(() => table.locator('tbody tr.el-table__row').count()).toBe(3)
    const text = (await table.textContent()) ?? ''
    for (const expected of ['王管理', '张合规', '合规专员', '李审计', '审计员', '系统管理员'])
      expect(text).toContain(expected)
    // The confirmations fade out before the picture for the README is taken.
    await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 10_000 })
    await page.locator('.el-message').last().waitFor({ state: 'detached', timeout: 10_000 })
    await saveScreenshot(page, 'operators', true)
  })

  it('hides from the 审计员 what main refuses: operators, settings and issuing a notice', async () => {
    const { page, host } = app
    await signOut(page)
    await signIn(page, AUDITOR)
    const nav = await navigation(page)
    expect(nav).not.toContain('操作员管理')
    expect(nav).not.toContain('设置')

    // The auditor scans and drafts a notice (both open to every role) but is offered no 下发.
    await page.getByRole('menuitem', { name: '合规监测' }).click()
    await page.getByTestId('scan-full').click()
    await page.getByTestId('scan-summary').waitFor({ timeout: 60_000 })
    await findingRows(page).first().locator('.el-checkbox').click()
    await page.getByTestId('open-draft-notice').click()
    await page.getByTestId('draft-submit').click()
    await page.getByText('已生成整改通知草稿').first().waitFor()
    await page.getByRole('menuitem', { name: '整改通知' }).click()
    await expect.poll(() => noticeRows(page).count()).toBe(1)
    expect(await noticeRows(page).first().getByTestId('notice-action-issue').count()).toBe(0)

    // Main decides: the auditor's own session is refused whatever a page would show.
    const tab = await rpcCaller(host)
    expect(
      (await tab.call('operators.signIn', { name: AUDITOR.name, password: AUDITOR.password })).ok
    ).toBe(true)
    expect(await tab.call('operators.authorize', { action: 'notice.issue' })).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.forbidden' }
    })
    expect(await tab.call('operators.list')).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.forbidden' }
    })
    tab.close()
  })

  it('lets the 合规专员 issue the notice', async () => {
    const { page } = app
    await signOut(page)
    await signIn(page, OFFICER)
    await page.getByRole('menuitem', { name: '整改通知' }).click()
    const notice = noticeRows(page).first()
    await notice.getByTestId('notice-action-issue').click()
    await page.getByTestId('issue-submit').click()
    await expect
      .poll(() => notice.getByTestId('notice-number').textContent())
      .toMatch(/^许数管〔\d{4}〕1号$/)
  })

  it('shows in the audit log who did what, with their roles', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '审计日志' }).click()
    await page.getByTestId('audit-table').locator('.el-table__row').first().waitFor()
    const text = (await page.getByTestId('audit-table').textContent()) ?? ''
    expect(text).toContain('张合规（合规专员）')
    expect(text).toContain('李审计（审计员）')
    expect(text).toContain('王管理（系统管理员）')
    expect(text).not.toContain('本机操作员')
  })
})
