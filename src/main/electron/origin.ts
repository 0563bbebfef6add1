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

const loopbackHosts = ['localhost', '127.0.0.1', '[::1]']

/**
 * The development server's address from ELECTRON_RENDERER_URL, honoured only by a development
 * build that is not packaged, and only on loopback: anywhere else the variable would let whoever
 * sets the environment serve the renderer, and the renderer may call main.
 */
export function developmentRendererUrl(
  value: string | undefined,
  build: { packaged: boolean; development: boolean }
): string | undefined {
  if (value === undefined || build.packaged || !build.development) return undefined
  try {
    const url = new URL(value)
    const web = url.protocol === 'http:' || url.protocol === 'https:'
    const plain = url.username === '' && url.password === ''
    return web && plain && loopbackHosts.includes(url.hostname) ? value : undefined
  } catch {
    return undefined
  }
}
