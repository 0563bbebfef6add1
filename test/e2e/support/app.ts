import { mkdtempSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core'
import type { TestContext } from 'vitest'
import { chromiumArgs, chromiumExecutablePath } from '../../chromium'
import { startHost, type RunningHost } from '../../../src/host/server'
import { createFirstOperator, E2E_OPERATOR, signIn } from './operators'
import { createScriptedDialogPort, type ScriptedDialogPort } from './scripted-dialogs'

export const rendererRoot = resolve(__dirname, '../../../out/renderer')
export const screenshotDir = resolve(__dirname, '../../../docs/screenshots')
export const artifactDir = resolve(__dirname, '../../../reports/e2e')

export interface OpenedApp {
  host: RunningHost<ScriptedDialogPort>
  browser: Browser
  page: Page
  /** Every console error and uncaught page error so far (CSP violations show up here). */
  consoleErrors: string[]
  close(): Promise<void>
}

/**
 * Opens the built renderer in Debian Chromium through the browser-mode host, as a user would,
 * with the 演示库 holding a demo city of `demoLicences` (small by default, so the first sync is
 * quick). Unless `signIn` is false, the first administrator (E2E_OPERATOR, holding every role) is
 * created and signed in on the sign-in screen; the first sync starts once somebody is signed in.
 */
export async function openApp(
  demoLicences = 3000,
  options: { signIn?: boolean } = {}
): Promise<OpenedApp> {
  const host = await startHost({
    rendererRoot,
    dataLocation: mkdtempSync(join(tmpdir(), 'workbench-e2e-')),
    dialogs: createScriptedDialogPort(),
    embeddedLibrary: { licences: demoLicences }
  })
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    args: chromiumArgs,
    headless: true
  })
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  const consoleErrors: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return
    const { url, lineNumber } = message.location()
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()} ${response.url()}`)
  })
  if (options.signIn !== false) await createFirstOperator(host)
  await page.goto(host.url)
  if (options.signIn !== false) await signIn(page, E2E_OPERATOR)
  return {
    host,
    browser,
    page,
    consoleErrors,
    async close() {
      await browser.close()
      await host.close()
    }
  }
}

/** Saves a screenshot for the README (docs/screenshots) or, on failure, for CI artifacts. */
export async function saveScreenshot(
  page: Page,
  name: string,
  forReadme: boolean
): Promise<string> {
  const dir = forReadme ? screenshotDir : artifactDir
  await mkdir(dir, { recursive: true })
  const path = join(dir, `${name}.png`)
  await page.screenshot({ path, fullPage: false })
  return path
}

/** Keeps a screenshot of the page under reports/e2e when the current test fails. */
export function screenshotOnFailure(context: TestContext, getPage: () => Page | undefined): void {
  context.onTestFailed(async ({ task }) => {
    const page = getPage()
    if (page) await saveScreenshot(page, `failed-${task.name.replace(/[^\w一-龥]+/g, '-')}`, false)
  })
}
