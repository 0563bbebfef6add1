/**
 * JSON with object keys sorted recursively (by UTF-16 code unit, as `Array.prototype.sort`
 * orders them), so that the same data hashes the same whatever order its keys were built in.
 * Properties whose value is undefined are left out, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`
      )
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value)
}
