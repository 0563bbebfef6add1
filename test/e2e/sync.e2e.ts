import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { seedDemoLibrary } from '../../src/library/demo-seed'
import { openLibraryStore } from '../../src/library/store'
import { createHttpTransport } from '../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../src/main/services/sync/node-environment'
import { exportSyncPackage } from '../../src/main/services/sync/package-file'
import { openOutboxPackage } from '../../src/shared/domain/sync/outbox-package'
import { startLibrary, type RunningLibrary } from '../unit/library/support'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'

/**
 * 同步 as a new user meets it: the first start fills the working copy from the 演示库 through the
 * sync protocol, with progress that can be paused and resumed; the header says when the last sync
 * was; the 同步 page lists the runs; 设置 diagnoses the road to the library step by step.
 */
const LICENCES = 12_000
const CITY_LICENCES = 1_500

describe('sync with the e-licence library (演示库) in the app', () => {
  let app: OpenedApp
  /** Another city's library, which the administrator points the workstation at in 设置. */
  let city: RunningLibrary

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    const store = openLibraryStore()
    await seedDemoLibrary(store, { licences: CITY_LICENCES, seed: 'another-city' })
    city = await startLibrary({ store })
    app = await openApp(LICENCES)
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await city?.close()
  })
  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  it('pauses the first sync and resumes it to the whole city', async () => {
    const { page } = app
    await page.waitForSelector('[data-testid="data-loading"]', { timeout: 20_000 })
    // The first sync has begun writing (or the 演示库 is still being filled): pause it there.
    await expect
      .poll(() => page.getByTestId('data-loading-detail').textContent(), { timeout: 60_000 })
      .toMatch(/正在准备演示库|写入快照/)
    await page.getByRole('button', { name: '暂停' }).click()
    await page.getByText('首次同步已暂停').waitFor({ timeout: 30_000 })
    await saveScreenshot(page, 'sync-paused', false)
    await page.getByTestId('data-resume').click()
    await page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
    await expect
      .poll(() => page.getByTestId('kpi-licences').textContent(), { timeout: 30_000 })
      .toContain(LICENCES.toLocaleString('en-US'))
  })

  it('says in the header when the last sync was, and lists the runs on the 同步 page', async () => {
    const { page } = app
    const badge = page.getByTestId('sync-badge')
    await expect.poll(() => badge.textContent(), { timeout: 30_000 }).toMatch(/已同步 \d{4}年/)
    await badge.click()
    await page.waitForURL(/#\/system\/sync/)
    const history = page.getByTestId('sync-history')
    await expect.poll(() => history.textContent(), { timeout: 20_000 }).toContain('首次同步，快照')
    expect(await history.textContent()).toContain('已暂停')
    expect(await page.getByTestId('sync-cursor').textContent()).toMatch(/^\d+$/)
    expect(await page.getByTestId('sync-summary').textContent()).toContain('演示库')

    const runs = await history.locator('.el-table__row').count()
    await page.getByTestId('sync-now').click()
    await expect.poll(() => history.locator('.el-table__row').count()).toBe(runs + 1)
    // Nothing new from the library but, at most, the head of this workstation's 审计日志 it sent
    // for the library to witness, which comes back through the change feed.
    expect(await history.locator('.el-table__row').first().textContent()).toMatch(
      /完成变更 [01] 条/
    )
    await saveScreenshot(page, 'sync', true)
  })

  it('re-syncs after confirmation: the library data is fetched again and the 审计日志 says who did it', async () => {
    const { page } = app
    await page.getByTestId('sync-resync').click()
    await page.locator('.el-message-box').getByRole('button', { name: '清空并重新同步' }).click()
    await page.goto(page.url().replace(/#.*$/, '#/overview'))
    await page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
    await expect
      .poll(() => page.getByTestId('kpi-licences').textContent(), { timeout: 30_000 })
      .toContain(LICENCES.toLocaleString('en-US'))
    await page.goto(page.url().replace(/#.*$/, '#/system/audit'))
    const log = page.locator('.el-table').first()
    await expect.poll(() => log.textContent(), { timeout: 20_000 }).toContain('重新同步')
    expect(await log.textContent()).toContain('与电子证照库同步')
  })

  it('tests the connection in 设置 step by step, each step passed or not needed', async () => {
    const { page } = app
    await page.goto(page.url().replace(/#.*$/, '#/settings?tab=library-connection'))
    await page.getByTestId('library-check').click()
    const steps = page.getByTestId('library-diagnosis')
    await expect.poll(() => steps.textContent(), { timeout: 30_000 }).toContain('证照库协议')
    const text = (await steps.textContent()) ?? ''
    expect(text).not.toContain('失败')
    expect(text).toContain('TCP 连接')
    expect(await page.getByTestId('library-connection').textContent()).toContain('127.0.0.1')
    await saveScreenshot(page, 'library-connection', true)
  })

  it('lets the administrator point the workstation at another library: the pages wait for its first sync, and back', async () => {
    const { page } = app
    await page.goto(page.url().replace(/#.*$/, '#/settings?tab=library-connection'))
    await page.getByTestId('library-form').waitFor()
    await page.getByTestId('library-use-city').click()
    await page.getByTestId('library-server').fill('ftp://library.xuchang')
    await page.getByTestId('library-save').click()
    await page.locator('.el-message-box').getByRole('button', { name: '保存' }).click()
    await expect
      .poll(() => page.locator('.el-message--error').last().textContent(), { timeout: 10_000 })
      .toContain('应为 https:// 或 http:// 开头的网址')
    expect(await page.getByTestId('library-connection').textContent()).toContain('演示库')

    await page.getByTestId('library-server').fill(city.url)
    await page.getByTestId('library-save').click()
    await page.locator('.el-message-box').getByRole('button', { name: '保存' }).click()
    await expect
      .poll(() => page.getByTestId('library-connection').textContent(), { timeout: 10_000 })
      .toContain('市统一电子证照库')
    await page.goto(page.url().replace(/#.*$/, '#/overview'))
    await page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 120_000 })
    await expect
      .poll(() => page.getByTestId('kpi-licences').textContent(), { timeout: 60_000 })
      .toContain(CITY_LICENCES.toLocaleString('en-US'))
    await page.goto(page.url().replace(/#.*$/, '#/system/audit'))
    await expect
      .poll(() => page.locator('body').textContent(), { timeout: 20_000 })
      .toContain('配置电子证照库连接')

    await page.goto(page.url().replace(/#.*$/, '#/settings?tab=library-connection'))
    await page.getByTestId('library-use-embedded').click()
    await page.getByTestId('library-save').click()
    await page.locator('.el-message-box').getByRole('button', { name: '保存' }).click()
    await page.goto(page.url().replace(/#.*$/, '#/overview'))
    await expect
      .poll(() => page.getByTestId('kpi-licences').textContent(), { timeout: 120_000 })
      .toContain(LICENCES.toLocaleString('en-US'))
  })

  it('imports an offline package made on a connected workstation: checked, confirmed, applied', async () => {
    const { page } = app
    const file = join(mkdtempSync(join(tmpdir(), 'e2e-package-')), '许昌-离线同步包.gz')
    const transport = createHttpTransport({ server: city.url })
    await exportSyncPackage({
      transport,
      env: nodeSyncEnvironment,
      server: city.url,
      since: null,
      out: file
    })
    await transport.close()
    await page.goto(page.url().replace(/#.*$/, '#/system/sync'))
    await page.getByTestId('sync-package').setInputFiles(file)
    const dialog = page.locator('.el-message-box')
    await expect.poll(() => dialog.textContent(), { timeout: 20_000 }).toContain('含完整快照')
    expect(await dialog.textContent()).toContain('未签名，只核对了校验和')
    await dialog.getByRole('button', { name: '导入' }).click()
    const history = page.getByTestId('sync-history')
    await expect
      .poll(() => history.locator('.el-table__row').first().textContent(), { timeout: 120_000 })
      .toContain('离线同步包 许昌-离线同步包.gz')
    await page.goto(page.url().replace(/#.*$/, '#/overview'))
    await expect
      .poll(() => page.getByTestId('kpi-licences').textContent(), { timeout: 60_000 })
      .toContain(CITY_LICENCES.toLocaleString('en-US'))
  })

  it('exports what waits to be sent as a 待推送包 sealed by main, unsigned without a client certificate', async () => {
    const { page } = app
    await page.goto(page.url().replace(/#.*$/, '#/system/sync'))
    // The package import above is recorded in the 审计日志 after the last head the library
    // witnessed: that head is what waits, and the export queues it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('sync-outbox-export').click()
    ])
    expect(download.suggestedFilename()).toMatch(/^outbox-\d{8}-\d{4}\.ndjson$/)
    const opened = openOutboxPackage(readFileSync((await download.path())!, 'utf8'))
    expect(opened.signature).toBeNull()
    expect(opened.mutations.map((m) => m.table)).toContain('auditHeads')
    await page.getByText('未签名：本机未配置客户端证书').waitFor({ timeout: 10_000 })
  })
})
