/**
 * The renderer's Content-Security-Policy, sent as a response header by the app:// protocol and
 * the web host on every asset (so worker scripts get it too, which a <meta> tag cannot give
 * them) and repeated in src/renderer/index.html for the development server. The security gate
 * (scripts/csp-policy.mjs) fails on any source weaker than these.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; object-src 'none'; base-uri 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'"

/** A user's file (a PDF to inspect) is data: if a browser ever renders it, nothing in it runs. */
export const USER_FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox"
