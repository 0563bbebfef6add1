import { app, shell, type Session, type WebContents } from 'electron'
import { isTrustedRendererUrl } from './origin'

/** Hosts the app may open in the user's browser; everything else is refused. */
export const EXTERNAL_URL_ALLOWLIST: readonly string[] = [
  'www.xuchang.gov.cn',
  'www.henan.gov.cn',
  'www.gov.cn',
  'std.samr.gov.cn'
]

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      EXTERNAL_URL_ALLOWLIST.includes(parsed.hostname)
    )
  } catch {
    return false
  }
}

/** No camera, microphone, notifications, geolocation, clipboard-read, ...: the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** Navigation stays inside the app; new windows never open; allowed links go to the browser. */
export function lockDownWebContents(
  contents: WebContents,
  trustedOrigins: readonly string[]
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, trustedOrigins)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, trustedOrigins)) event.preventDefault()
  })
  // Subframes (the app has none) never navigate; the main frame only within the app.
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame || !isTrustedRendererUrl(details.url, trustedOrigins))
      details.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export function installSecurityPolicy(session: Session, trustedOrigins: readonly string[]): void {
  denyAllPermissions(session)
  app.on('web-contents-created', (_event, contents) =>
    lockDownWebContents(contents, trustedOrigins)
  )
}
