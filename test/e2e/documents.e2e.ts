import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { nodeHasher } from '../../src/main/services/seals/node-hasher'
import { verifyPdfSignatures } from '../../src/shared/domain/seals/verify'
import { exportPkcs12, getTestPki } from '../fixtures/pki'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'
import { chooseOption, confirmStep, draftFor, noticeRows, pickDate } from './support/compliance'

/**
 * 公文: scan → 整改通知 drafted and issued → its 责令限期改正通知书 drafted from the findings,
 * edited, previewed for print, downloaded as PDF and DOCX → 签发 under the Bureau's seal, which
 * a 系统管理员 imported in 设置; the signed file verifies with the project's own verifier.
 */
describe('documents: the notice as an official document, printed and sealed', () => {
  let app: OpenedApp
  const dir = mkdtempSync(join(tmpdir(), 'documents-e2e-'))
  let firstDepartment = ''
  const pki = getTestPki()
  /** Downloads what the button offers into the test's folder. */
  async function download(page: Page, button: string, name: string): Promise<string> {
    const started = page.waitForEvent('download')
    await page.getByTestId(button).click()
    const file = join(dir, name)
    await (await started).saveAs(file)
    return file
  }
  /** The words as printed, lines joined again. */
  const textOf = (file: string) =>
    execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    app = await openApp(3000)
    await app.page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
  })
  afterAll(async () => {
    await app?.close()
  })
  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  it('has the 系统管理员 import the Bureau’s seal certificate in 设置', async () => {
    const { page } = app
    const p12 = exportPkcs12(pki.rsa, 'bureau-seal', join(dir, 'bureau.p12'), [pki.rsaIntermediate])
    await page.goto(page.url().replace(/#.*$/, '#/settings?tab=official-seal'))
    await page.getByTestId('seal-certificate-file').setInputFiles(p12)
    await page
      .getByTestId('seal-certificate-password')
      .locator('xpath=descendant-or-self::input')
      .fill('bureau-seal')
    await page.getByTestId('seal-certificate-save').click()
    await expect
      .poll(() => page.getByTestId('seal-certificate-status').textContent())
      .toContain('测试 RSA 签章人')
  })

  it('drafts the notice’s document from its findings, edits it and previews it for print', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '合规监测' }).click()
    await page.getByTestId('scan-full').click()
    await page.getByTestId('scan-summary').waitFor({ timeout: 60_000 })
    // A notice goes to one department: its findings first.
    firstDepartment = await chooseOption(page, 'filter-department', /局|委|办|院|会/)
    await draftFor(page, 2)
    await page.getByRole('menuitem', { name: '整改通知' }).click()
    const notice = noticeRows(page).nth(0)
    await notice.getByTestId('notice-action-issue').click()
    await page.getByTestId('issue-submit').click()
    await expect
      .poll(() => notice.getByTestId('notice-number').textContent())
      .toMatch(/^许数管〔\d{4}〕\d+号$/)
    // 签发 waits for the library's number.
    await expect
      .poll(() => notice.getByTestId('notice-number-provisional').count(), { timeout: 30_000 })
      .toBe(0)
    const number = (await notice.getByTestId('notice-number').textContent())?.trim() ?? ''
    expect(number).toMatch(/^许数管〔\d{4}〕\d+号$/)

    await notice.getByTestId('notice-documents').click()
    await page.getByTestId('notice-document-rectificationNotice').click()
    const title = page.getByTestId('document-title').locator('xpath=descendant-or-self::textarea')
    await expect
      .poll(() => title.inputValue())
      .toMatch(/^关于责令.+限期改正电子证照管理问题的通知$/)
    expect(
      await page
        .getByTestId('document-number')
        .locator('xpath=descendant-or-self::input')
        .inputValue()
    ).toBe(number)
    expect(
      await page
        .getByTestId('document-paragraph-0')
        .locator('xpath=descendant-or-self::textarea')
        .inputValue()
    ).toContain('《许昌市电子证照管理暂行办法》')
    await page
      .getByTestId('document-paragraph-0')
      .locator('xpath=descendant-or-self::textarea')
      .fill(
        '根据《许昌市电子证照管理暂行办法》第三十一条，本局于近日对你单位电子证照管理情况进行了检查。经查，存在以下问题：'
      )
    await page.getByTestId('document-preview-button').click()
    await page.getByTestId('document-page-1').waitFor({ timeout: 30_000 })
    await expect
      .poll(() => page.getByTestId('document-fonts').textContent())
      .toContain('FandolFang')
    await page.waitForTimeout(500)
    await saveScreenshot(page, 'document-notice', true)

    const pdf = page.waitForEvent('download')
    await page.getByTestId('document-download-pdf').click()
    const draftFile = join(dir, 'draft.pdf')
    await (await pdf).saveAs(draftFile)
    // The words as printed, lines joined again.
    const text = execFileSync('pdftotext', [draftFile, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ''
    )
    expect(text).toContain(number)
    expect(text).toContain('本局于近日对你单位')

    const docx = page.waitForEvent('download')
    await page.getByTestId('document-download-docx').click()
    const docxFile = join(dir, 'draft.docx')
    await (await docx).saveAs(docxFile)
    expect(readFileSync(docxFile).subarray(0, 2).toString()).toBe('PK')
  })

  it('签发: seals the PDF, which verifies, and offers only a correction afterwards', async () => {
    const { page } = app
    const download = page.waitForEvent('download')
    await page.getByTestId('document-issue').click()
    await page
      .locator('.el-message-box')
      .getByRole('button', { name: '签发（加盖电子印章）' })
      .click()
    const signedFile = join(dir, 'signed.pdf')
    await (await download).saveAs(signedFile)
    const report = await verifyPdfSignatures(new Uint8Array(readFileSync(signedFile)), {
      trustAnchors: { certificates: [pki.rsaRoot.certDer] },
      now: new Date(),
      hasher: nodeHasher
    })
    expect(report.verdict.status).toBe('passed')
    expect(report.signatures[0]?.signer?.commonName).toBe('测试 RSA 签章人')
    await expect
      .poll(() => page.getByTestId('document-issued').textContent())
      .toContain('测试 RSA 签章人')
    expect(await page.getByTestId('document-issue').textContent()).toContain('签发更正版')
    expect(app.consoleErrors).toEqual([])
  })
  it('escalates a lapsed notice and downloads its 书面通报 and 移送函 at each step', async () => {
    const { page } = app
    await page.getByRole('menuitem', { name: '合规监测' }).click()
    await page.getByRole('button', { name: '清除筛选' }).click()
    // Another department: the first one's findings are in its open notice already.
    await page.getByTestId('filter-department').click()
    const other = page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasNotText: firstDepartment })
      .first()
    const department = (await other.textContent())?.trim() ?? ''
    await other.click()
    // Drafted in October: its period has long lapsed.
    await draftFor(page, 1, '2026-10-09')
    await page.getByRole('menuitem', { name: '整改通知' }).click()
    const lapsed = noticeRows(page).filter({ hasText: department })
    await lapsed.getByTestId('notice-action-issue').click()
    await pickDate(page, 'issue-date', '2026-10-09')
    await page.getByTestId('issue-submit').click()
    await expect
      .poll(() => lapsed.getByTestId('notice-number').textContent())
      .toMatch(/^许数管〔2026〕\d+号$/)
    const number = (await lapsed.getByTestId('notice-number').textContent())?.trim() ?? ''
    const row = lapsed
    await row.getByTestId('notice-action-markOverdue').click()
    await confirmStep(page, '认定逾期')
    await row.getByTestId('notice-action-circulate').click()
    await row.getByTestId('notice-action-issueCircular').click()
    await confirmStep(page, '签发书面通报')
    await expect.poll(() => row.getByTestId('notice-status').textContent()).toContain('书面通报')

    // The 书面通报 as a document: its own number, the lapsed notice named in it.
    await row.getByTestId('notice-documents').click()
    await page.getByTestId('notice-document-writtenCircular').click()
    const title = page.getByTestId('document-title').locator('xpath=descendant-or-self::textarea')
    await expect.poll(() => title.inputValue()).toMatch(/逾期未改正电子证照管理问题的通报$/)
    const circularPdf = await download(page, 'document-download-pdf', 'circular.pdf')
    const circularText = textOf(circularPdf)
    expect(circularText).toContain(number)
    expect(circularText).toContain('现予以书面通报')

    // 移送 once the circular is issued; then the referral letter.
    await page.getByTestId('document-back').click()
    await row.getByTestId('notice-action-refer').click()
    await page
      .locator('.el-message-box:visible')
      .last()
      .getByRole('button', { name: '移送处理' })
      .click()
    // Then to whom: the prompt proposes the usual authority.
    const prompt = page.locator('.el-message-box:visible').filter({ has: page.locator('input') })
    await prompt.getByRole('button', { name: /确定|OK/ }).click()
    await expect.poll(() => row.getByTestId('notice-status').textContent()).toContain('移送')
    await row.getByTestId('notice-documents').click()
    await page.getByTestId('notice-document-referralLetter').click()
    const referral = textOf(await download(page, 'document-download-pdf', 'referral.pdf'))
    expect(referral).toContain('移送')
    expect(referral).toContain(number)
    expect(app.consoleErrors).toEqual([])
  })
})
