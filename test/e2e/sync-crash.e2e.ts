import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumExecutablePath } from '../chromium'
import { startHost, type RunningHost } from '../../src/host/server'
import { createFirstOperator, E2E_OPERATOR, signIn } from './support/operators'
import { rendererRoot, screenshotOnFailure } from './support/app'
import { createScriptedDialogPort, type ScriptedDialogPort } from './support/scripted-dialogs'

/**
 * SYNC.md §4.3 in the browser: the first sync of a real Chromium profile is killed with SIGKILL
 * in the middle of the snapshot, with no chance to close anything. On the next start the app must
 * resume from its last committed transaction to the whole city: every licence counted once (a
 * part applied twice would count its licences twice in the 总览), and the library's digests
 * equal to the working copy's when 同步并核对 compares them.
 */
const LICENCES = 12_000

describe('a first sync killed with its browser', () => {
  let host: RunningHost<ScriptedDialogPort> | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined
  const profile = mkdtempSync(join(tmpdir(), 'e2e-profile-'))

  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await host?.close()
  })
  beforeEach((test) => screenshotOnFailure(test, () => page))

  async function start(): Promise<Page> {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumExecutablePath,
      args: chromiumArgs,
      headless: true,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN'
    })
    const opened = context.pages()[0] ?? (await context.newPage())
    await opened.goto(host!.url)
    await signIn(opened, E2E_OPERATOR)
    return opened
  }

  /** The browser process of this profile (not its renderers or helpers), killed outright. */
  function killBrowser(): void {
    const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    const browser = processes
      .split('\n')
      .find((line) => line.includes(`--user-data-dir=${profile}`) && !line.includes('--type='))
    const pid = Number(browser?.trim().split(/\s+/)[0])
    expect(pid, 'the profile’s browser process').toBeGreaterThan(0)
    process.kill(pid, 'SIGKILL')
  }

  it('resumes on the next start to the whole city, each licence once, digests equal', async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    host = await startHost({
      rendererRoot,
      dataLocation: mkdtempSync(join(tmpdir(), 'workbench-e2e-')),
      dialogs: createScriptedDialogPort(),
      embeddedLibrary: { licences: LICENCES }
    })
    await createFirstOperator(host)
    page = await start()
    const detail = page.getByTestId('data-loading-detail')
    // Killed once at least one snapshot part is committed and more are on their way.
    await expect
      .poll(
        async () =>
          /写入快照（分段）\s*([1-9][\d,]*)\s*\//.test((await detail.textContent()) ?? ''),
        {
          timeout: 120_000,
          interval: 50
        }
      )
      .toBe(true)
    killBrowser()
    await context!.close().catch(() => undefined)

    page = await start()
    await page.waitForSelector('[data-testid="kpi-licences"]', { timeout: 180_000 })
    await expect
      .poll(() => page!.getByTestId('kpi-licences').textContent(), { timeout: 60_000 })
      .toContain(LICENCES.toLocaleString('en-US'))

    // 同步并核对: the library's 256-bucket digests against the working copy's, repaired if not equal.
    await page.goto(page.url().replace(/#.*$/, '#/system/sync'))
    const history = page.getByTestId('sync-history').locator('.el-table__row')
    const runs = await history.count()
    await page.getByRole('button', { name: '同步并核对' }).click()
    await expect.poll(() => history.count(), { timeout: 60_000 }).toBeGreaterThan(runs)
    expect(await history.first().textContent()).toContain('完成')
    expect(await page.getByTestId('sync-error').count()).toBe(0)
    await page.goto(page.url().replace(/#.*$/, '#/overview'))
    await expect
      .poll(() => page!.getByTestId('kpi-licences').textContent(), { timeout: 30_000 })
      .toContain(LICENCES.toLocaleString('en-US'))
  }, 420_000)
})
