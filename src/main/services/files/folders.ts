import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Files under `folder` (recursively) whose names match `pattern`, sorted, at most `limit`.
 * Symbolic links are not followed, so a folder cannot lead the listing elsewhere or in circles.
 */
export async function listFilesUnder(
  folder: string,
  pattern: RegExp,
  limit: number
): Promise<string[]> {
  const found: string[] = []
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (found.length >= limit) return
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile() && pattern.test(entry.name)) found.push(path)
    }
  }
  const info = await stat(folder).catch(() => null)
  if (info?.isDirectory()) await walk(folder)
  return found
}
