import { readFile } from 'node:fs/promises'

/**
 * A file's text, or undefined when there is no such file. Any other failure (no permission, a
 * disk error) throws: main must not take a file it failed to read for one never written.
 */
export async function readTextIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
