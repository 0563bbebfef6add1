import { readTextIfPresent } from '../files/read-if-present'
import { appendFile, chmod, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { AuditEntry } from '../../../shared/domain/audit'
import { AUDIT_FOLDER } from './head-file'

export const MAIN_LOG_FILE = 'main-log.jsonl'

export interface MainLogFile {
  readonly path: string
  /** Every line that parses as an entry, in file order; a damaged line is left out (and found missing by the check). */
  read(): Promise<AuditEntry[]>
  append(entry: AuditEntry): Promise<void>
}

/**
 * Main's own audit log, `<dataLocation>/audit/main-log.jsonl`: one JSON entry per line, appended
 * (never rewritten), mode 0600. It holds what main itself changed on a caller's request (trust
 * store, operators), MAC-chained like the workbench log and anchored in the head file.
 */
export function openMainLog(dataLocation: string): MainLogFile {
  const folder = join(dataLocation, AUDIT_FOLDER)
  const path = join(folder, MAIN_LOG_FILE)
  return {
    path,
    async read() {
      const text = await readTextIfPresent(path)
      if (text === undefined) return []
      const entries: AuditEntry[] = []
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue
        try {
          const parsed = AuditEntry.safeParse(JSON.parse(line))
          if (parsed.success) entries.push(parsed.data)
        } catch {
          // A torn or damaged line: the chain check names the entry it held as missing.
        }
      }
      return entries
    },
    async append(entry) {
      await mkdir(folder, { recursive: true, mode: 0o700 })
      await appendFile(path, `${JSON.stringify(entry)}\n`, { mode: 0o600 })
      await chmod(path, 0o600)
    }
  }
}
