import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  writeLargeSealedPdf,
  writeSealFixtures,
  type SealFixtures
} from '../unit/main/seals/fixtures'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'
import { dropFiles } from './support/drop'

/**
 * The browser globals the page-side callbacks below use. This file compiles against Node's
 * library, not the DOM's, so they are declared here, for this module only.
 */
interface PageCanvas {
  width: number
  height: number
  toDataURL(): string
  getContext(kind: '2d'): { getImageData(...area: number[]): { data: Uint8ClampedArray } } | null
}
declare const document: { querySelector(selector: string): PageCanvas | null }
declare const indexedDB: {
  open(name: string): {
    result: {
      transaction(store: string): {
        objectStore(store: string): {
          getAll(): {
            result: unknown[]
            onsuccess: () => void
            onerror: () => void
            error: unknown
          }
        }
      }
    }
    onsuccess: () => void
    onerror: () => void
    error: unknown
  }
}

/** The machine may be busy (2 shared cores): waits for what a user would see, up to 20 s. */
const poll: typeof expect.poll = (check, options) =>
  expect.poll(check, { timeout: 20_000, ...options })

/** Screenshots for the README without a toast from the previous step over them. */
async function screenshot(page: Page, name: string): Promise<void> {
  await poll(() => page.locator('.el-message').count(), { timeout: 10_000 }).toBe(0)
  await saveScreenshot(page, name, true)
}

async function openMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name }).click()
}

const documentVerdict = (page: Page) =>
  page.getByTestId('document-verdict').locator('.verdict-tag').textContent()

const firstPageImage = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-testid="pdf-page"] canvas')?.toDataURL() ?? '')

/** How many dark pixels the first page's canvas has: proof pdf.js drew the page. */
async function inkOnFirstPage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="pdf-page"] canvas')
    const context = canvas?.getContext('2d')
    if (!canvas || !context || canvas.width === 0) return 0
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    let dark = 0
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++
    return dark
  })
}

describe('印章核验 in browser mode', () => {
  let app: OpenedApp
  let fixtures: SealFixtures
  let batchDir: string
  const batchSize = 60

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    fixtures = await writeSealFixtures()
    batchDir = join(mkdtempSync(join(tmpdir(), 'seal-batch-')), '2026年11月证照')
    mkdirSync(join(batchDir, '退回'), { recursive: true })
    const sources = [fixtures.sealed, fixtures.changedAfterSigning, fixtures.tampered]
    for (let i = 0; i < batchSize - 1; i++) {
      const source = sources[i % sources.length]!
      copyFileSync(source, join(batchDir, `${String(i + 1).padStart(3, '0')}-${basename(source)}`))
    }
    copyFileSync(fixtures.notPdf, join(batchDir, '退回', 'not-a-pdf.pdf'))
    app = await openApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  it('drops a sealed PDF: untrusted at first, 通过 with seal, signer and chain once the root is imported', async () => {
    const { page } = app
    await openMenu(page, '印章核验')
    await dropFiles(page, [fixtures.sealed])
    await poll(() => documentVerdict(page)).toBe('无法确定')
    expect(await page.getByTestId('document-reason').textContent()).toContain(
      '找不到签名证书的签发者'
    )
    expect(await page.getByTestId('trust').getAttribute('data-trusted')).toBe('false')
    await page.getByTestId('signature-outline').first().waitFor()
    await poll(() => inkOnFirstPage(page)).toBeGreaterThan(100)
    await screenshot(page, 'seals-untrusted')

    await openMenu(page, '设置')
    await page.getByRole('tab', { name: '信任证书' }).waitFor()
    await poll(() => page.getByTestId('trust-table').textContent()).toContain('尚未导入任何证书')
    await dropFiles(page, [fixtures.sm2RootPem])
    await poll(() => page.getByTestId('trust-subject').count()).toBe(1)
    expect(await page.getByTestId('trust-table').textContent()).toContain('sm2-root.pem')
    await screenshot(page, 'seals-trust-store')

    await openMenu(page, '印章核验')
    await page.getByTestId('reverify').click()
    await poll(() => documentVerdict(page)).toBe('通过')
    expect(await page.getByTestId('trust').getAttribute('data-trusted')).toBe('true')
    expect(await page.getByTestId('signer-name').textContent()).toBe('测试 SM2 签章人')
    expect(await page.getByTestId('signer-uscc').textContent()).toMatch(/^[0-9A-Z]{18}$/)
    expect(await page.getByTestId('chain-subject').count()).toBe(2)
    expect(await page.getByTestId('time-claimed').textContent()).toMatch(
      /^2026年1月1日 \d\d:00:00$/
    )
    expect(await page.getByTestId('time-timestamped').textContent()).toBe('无可信时间戳')
    const picture = page.getByTestId('seal-picture')
    expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    await poll(() =>
      picture.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)
    ).toBeGreaterThan(0)
    expect(await page.getByTestId('signature-outline').getAttribute('class')).toContain(
      'status-passed'
    )
    await screenshot(page, 'seals-passed')
  })

  it('drops a document changed after signing: 未通过, the changed revision highlighted, and the signed version', async () => {
    const { page } = app
    await dropFiles(page, [fixtures.changedAfterSigning])
    await poll(() => page.getByTestId('current-file').textContent()).toBe(
      'changed-after-signing.pdf'
    )
    await poll(() => documentVerdict(page)).toBe('未通过')
    expect(await page.getByTestId('signature-reason').textContent()).toContain(
      '签名后文档被做了不允许的修改'
    )
    const changed = page.getByTestId('changed-revision')
    expect(await changed.count()).toBe(1)
    expect(await changed.textContent()).toContain('第 3 版')
    expect(await changed.textContent()).toContain('其他修改')
    await page.getByTestId('signature-outline').first().waitFor()
    await changed.scrollIntoViewIfNeeded()
    await screenshot(page, 'seals-changed')

    await poll(() => inkOnFirstPage(page)).toBeGreaterThan(100)
    const asChanged = await firstPageImage(page)
    await page.getByTestId('view-signed-version').click()
    const banner = page.getByTestId('signed-version-banner')
    await banner.waitFor()
    expect(await banner.textContent()).toContain('签署时版本')
    expect(await banner.textContent()).toContain('XuchangSeal1')
    await poll(() => page.getByTestId('pdf-page').count()).toBe(2)
    // The page as signed differs from the page as changed afterwards.
    await poll(() => inkOnFirstPage(page)).toBeGreaterThan(100)
    await poll(() => firstPageImage(page).then((image) => image !== asChanged)).toBe(true)
    await screenshot(page, 'seals-signed-version')
    await page.getByTestId('back-to-current').click()
    await poll(() => banner.count()).toBe(0)

    await dropFiles(page, [fixtures.tampered])
    await poll(() => page.getByTestId('current-file').textContent()).toBe('tampered.pdf')
    await poll(() => documentVerdict(page)).toBe('未通过')
    expect(await page.getByTestId('integrity').textContent()).toContain('摘要不一致')
  })

  it('takes a 100 MB file: progress while it uploads and verifies, the page stays usable, then 通过', async () => {
    const { page } = app
    const large = await writeLargeSealedPdf(100 * 1024 * 1024)
    await page.setInputFiles('[data-testid="file-input"]', large)
    await poll(() => page.getByTestId('upload-status').count(), { interval: 20 }).toBe(1)
    expect(await page.getByTestId('upload-status').textContent()).toContain(
      '正在上传 1/1：large.pdf'
    )
    await poll(() => page.getByTestId('verify-progress').count(), {
      interval: 50,
      timeout: 60_000
    }).toBe(1)
    expect(await page.getByTestId('verify-progress').textContent()).toContain('正在核验签章')
    // The page answers while main verifies: switching tabs works.
    await page.getByRole('tab', { name: '批量核验' }).click()
    await page.getByTestId('batch-pane').waitFor()
    await page.getByRole('tab', { name: '单个文件' }).click()
    await poll(() => page.getByTestId('current-file').textContent(), { timeout: 60_000 }).toBe(
      'large.pdf'
    )
    expect(await documentVerdict(page)).toBe('通过')
    await page.getByTestId('signature-outline').first().waitFor({ timeout: 30_000 })
    await poll(() => inkOnFirstPage(page), { timeout: 30_000 }).toBeGreaterThan(100)
  })

  it.each([
    ['notPdf', '这不是 PDF 文件'],
    ['truncated', '文件不完整']
  ] as const)('explains a bad file (%s) in Chinese and shows no pages', async (name, message) => {
    const { page } = app
    await dropFiles(page, [fixtures[name]])
    await poll(() => page.getByTestId('current-file').textContent()).toBe(basename(fixtures[name]))
    expect(await page.getByTestId('document-reason').textContent()).toContain(message)
    expect(await documentVerdict(page)).toBe('无法确定')
    expect(await page.getByTestId('pdf-viewer').count()).toBe(0)
  })

  it('asks for the password of an encrypted file; cancelled, it says why and shows no pages', async () => {
    const { page } = app
    await dropFiles(page, [fixtures.encrypted])
    const dialog = page.getByRole('dialog', { name: '需要密码' })
    await dialog.waitFor()
    expect(await page.getByTestId('password-message').textContent()).toContain('encrypted.pdf')
    await page.getByTestId('password-cancel').click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.getByTestId('document-reason').textContent()).toContain('文件已加密')
    expect(await documentVerdict(page)).toBe('无法确定')
    expect(await page.getByTestId('pdf-viewer').count()).toBe(0)
  })

  it('runs a folder batch: progress, cancel keeps finished rows, resume, export to Excel and CSV', async () => {
    const { page, host } = app
    host.dialogs.answerNext({ outcome: 'picked', paths: [batchDir] })
    await page.getByTestId('choose-folder').click()
    const rows = page.getByTestId('batch-row')
    await poll(() => rows.count(), { interval: 20 }).toBeGreaterThan(0)
    await page.getByTestId('batch-cancel').click()
    const state = page.getByTestId('batch-state')
    await poll(() => state.getAttribute('data-state')).toBe('canceled')
    const kept = await rows.count()
    expect(kept).toBeLessThan(batchSize)
    expect(await state.textContent()).toContain('已完成的结果保留')
    await page.waitForTimeout(800)
    expect(await rows.count()).toBe(kept)

    await page.getByTestId('batch-resume').click()
    await poll(() => state.getAttribute('data-state'), { timeout: 60_000 }).toBe('finished')
    expect(await rows.count()).toBe(batchSize)
    const names = await rows.locator('td.file-cell').allTextContents()
    expect(new Set(names).size).toBe(batchSize)
    expect(await page.getByTestId('batch-progress-text').textContent()).toContain(
      `已核验 ${batchSize} / ${batchSize}`
    )
    expect(await page.getByTestId('batch-summary').textContent()).toBe(
      '通过 20，未通过 39，无法确定 1'
    )
    await screenshot(page, 'seals-batch')

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click()
    ])
    expect(xlsx.suggestedFilename()).toMatch(/^印章核验结果-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await xlsx.path())!)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '文件',
      '结论',
      '原因',
      '签名者',
      '签署时间',
      '签名数'
    ])
    expect(sheet.rowCount).toBe(batchSize + 1)
    const exported = sheet.getRows(2, batchSize)!.map((row) => row.values as unknown[])
    const notPdf = exported.find((values) => values[1] === 'not-a-pdf.pdf')
    expect(notPdf?.[2]).toBe('无法确定')
    expect(String(notPdf?.[3])).toContain('这不是 PDF 文件')
    expect(exported.filter((values) => values[2] === '未通过')).toHaveLength(39)

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click()
    ])
    const text = readFileSync((await csv.path())!, 'utf8')
    expect(text.startsWith('\ufeff"文件","结论","原因","签名者","签署时间","签名数"')).toBe(true)
    expect(text.trim().split('\r\n')).toHaveLength(batchSize + 1)

    // Keyboard: rows are focusable and Enter opens the file on the desk.
    const tampered = rows.filter({ hasText: '003-tampered.pdf' })
    await tampered.focus()
    await page.keyboard.press('Enter')
    await poll(() => page.getByTestId('current-file').textContent()).toBe('003-tampered.pdf')
    await poll(() => documentVerdict(page)).toBe('未通过')
  })

  it('removes the root after confirmation: the same seal is untrusted again', async () => {
    const { page } = app
    await openMenu(page, '设置')
    await poll(() => page.getByTestId('trust-subject').count()).toBe(1)
    await page.getByTestId('trust-remove').click()
    const dialog = page.getByRole('dialog', { name: '移除信任证书' })
    expect(await dialog.textContent()).toContain('Test SM2 Root CA')
    await dialog.getByRole('button', { name: '取消' }).click()
    expect(await page.getByTestId('trust-subject').count()).toBe(1)
    await page.getByTestId('trust-remove').click()
    await page
      .getByRole('dialog', { name: '移除信任证书' })
      .getByRole('button', { name: '移除' })
      .click()
    await poll(() => page.getByTestId('trust-subject').count()).toBe(0)

    await openMenu(page, '印章核验')
    await dropFiles(page, [fixtures.sealed])
    await poll(() => page.getByTestId('current-file').textContent()).toBe('sealed.pdf')
    await poll(() => documentVerdict(page)).toBe('无法确定')
  })

  it('wrote every verification to the keyed audit log, and main every trust-store change to its own', async () => {
    const actions = await app.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('elicense-workbench')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const read = request.result.transaction('auditLog').objectStore('auditLog').getAll()
            read.onsuccess = () =>
              resolve((read.result as { action: string }[]).map((entry) => entry.action))
            read.onerror = () => reject(read.error)
          }
        })
    )
    const count = (action: string) => actions.filter((entry) => entry === action).length
    // Main records trust-store changes itself (whoever calls it); the page shows them with its own.
    expect(count('seals.trustStore.import')).toBe(0)
    expect(count('seals.trustStore.remove')).toBe(0)
    // sealed ×3, changed, tampered, 100 MB, three bad files, the batch row opened from the keyboard
    expect(count('seals.verify')).toBe(10)
    expect(count('seals.batch')).toBe(2) // cancelled, then finished
    await openMenu(app.page, '审计日志')
    await poll(
      async () => (await app.page.getByTestId('audit-table').textContent()) ?? ''
    ).toContain('移除信任证书')
    const table = (await app.page.getByTestId('audit-table').textContent()) ?? ''
    expect(table).toContain('导入信任证书')
    expect(table).toContain('主进程')
  })

  it('logged zero console errors under the production CSP', () => {
    expect(app.consoleErrors).toEqual([])
  })
})
