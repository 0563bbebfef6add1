/** The renderer is served from this origin by the app protocol, never from file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'workbench'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * scheme://host[:port] of a URL. Node's URL reports origin "null" for custom schemes such as
 * app://, so the origin is rebuilt from its parts.
 */
function schemeAndHost(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

/** The origins whose frames may call main: the app protocol, plus the dev server in development. */
export function trustedRendererOrigins(devServerUrl: string | undefined): string[] {
  const devOrigin = devServerUrl ? schemeAndHost(devServerUrl) : null
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN]
}

export function isTrustedRendererUrl(url: string, origins: readonly string[]): boolean {
  const origin = schemeAndHost(url)
  return origin !== null && origins.includes(origin)
}
