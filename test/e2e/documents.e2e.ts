import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { nodeHasher } from '../../src/main/services/seals/node-hasher'
import { verifyPdfSignatures } from '../../src/shared/domain/seals/verify'
import { getTestPki } from '../fixtures/pki'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'
import { chooseOption, draftFor, noticeRows } from './support/compliance'

/**
 * 公文: scan → 整改通知 drafted and issued → its 责令限期改正通知书 drafted from the findings,
 * edited, previewed for print, downloaded as PDF and DOCX → 签发 under the Bureau's seal, which
 * a 系统管理员 imported in 设置; the signed file verifies with the project's own verifier.
 */
describe('documents: the notice as an official document, printed and sealed', () => {
  let app: OpenedApp
  const dir = mkdtempSync(join(tmpdir(), 'documents-e2e-'))
  const pki = getTestPki()

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
    const p12 = join(dir, 'bureau.p12')
    execFileSync('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      pki.rsa.keyPath,
      '-in',
      pki.rsa.certPath,
      '-certfile',
      pki.rsaIntermediate.certPath,
      '-passout',
      'pass:bureau-seal',
      '-out',
      p12
    ])
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
    await chooseOption(page, 'filter-department', /局|委|办|院|会/)
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
})
