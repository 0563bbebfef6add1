import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Steps of the 合规监测 and 整改通知 pages that several end-to-end paths take. */

export const findingRows = (page: Page) =>
  page.locator('[data-testid="finding-table"] tbody tr.el-table__row')
export const noticeRows = (page: Page) =>
  page.locator('[data-testid="notice-table"] tbody tr.el-table__row')

export async function chooseOption(page: Page, select: string, name: RegExp): Promise<string> {
  await page.getByTestId(select).click()
  const option = page.locator('.el-select-dropdown__item:visible').filter({ hasText: name }).first()
  const text = (await option.textContent())?.trim() ?? ''
  await option.click()
  return text
}

export async function pickDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.locator(`[data-testid="${testId}"]`).locator('xpath=descendant-or-self::input')
  await input.first().fill(date)
  await input.first().press('Enter')
}

/** Drafts a notice for the first `count` open findings listed (all of one department). */
export async function draftFor(page: Page, count: number, createdOn?: string): Promise<void> {
  for (let index = 0; index < count; index++) {
    await findingRows(page).nth(index).locator('.el-checkbox').click()
  }
  await page.getByTestId('open-draft-notice').click()
  const form = page.getByTestId('draft-notice-form')
  await form.waitFor()
  if (createdOn) await pickDate(page, 'draft-created-on', createdOn)
  await page.getByTestId('draft-submit').click()
  await page.getByText('已生成整改通知草稿').first().waitFor()
  await form.waitFor({ state: 'hidden' })
}

/** Answers yes in the confirmation an irreversible step asks for, and waits for it to close. */
export async function confirmStep(page: Page, button: string): Promise<void> {
  const box = page.locator('.el-message-box:visible').last()
  await box.waitFor()
  await box.getByRole('button', { name: button }).click()
  await expect.poll(() => page.locator('.el-message-box:visible').count()).toBe(0)
}
