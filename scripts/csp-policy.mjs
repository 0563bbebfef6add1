// What the workbench's Content-Security-Policy must never allow. The gate reads the policy from
// the renderer's <meta> tag and from the response header main and the web host send, and fails
// on any weakness, whatever electronegativity thinks of it.

/** `default-src 'self'; object-src 'none'` → Map { 'default-src' => ["'self'"], ... } */
export function parsePolicy(policy) {
  const directives = new Map()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

/** Sources each directive may list, beyond which the policy is weaker than the app needs. */
const allowedSources = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'media-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'none'"]
}

/** Every way the policy is weaker than the app's: empty when it is as strict as required. */
export function policyWeaknesses(policy) {
  const directives = parsePolicy(policy)
  const weaknesses = []
  for (const required of ['default-src', 'script-src', 'object-src', 'base-uri'])
    if (!directives.has(required)) weaknesses.push(`${required} is missing`)
  for (const [name, sources] of directives) {
    const allowed = allowedSources[name]
    if (!allowed) {
      weaknesses.push(`${name} is not a directive the app uses`)
      continue
    }
    for (const source of sources)
      if (!allowed.includes(source.toLowerCase())) weaknesses.push(`${name} allows ${source}`)
  }
  return weaknesses
}

/** The policy of the renderer's <meta http-equiv="Content-Security-Policy">, or null. */
export function metaPolicy(html) {
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0]
  return tag ? (/content=(["'])((?:(?!\1).)*)\1/i.exec(tag)?.[2] ?? null) : null
}

/** The policy main and the web host send as a header (the exported constant in csp.ts), or null. */
export function headerPolicy(source) {
  return (
    /export const CONTENT_SECURITY_POLICY\s*=\s*(['"`])((?:(?!\1).)*)\1/.exec(source)?.[2] ?? null
  )
}
