import { readTextIfPresent } from '../files/read-if-present'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { canonicalJson, GENESIS_MAC } from '../../../shared/domain/audit'

/** Main's audit files live here in the data folder, never in the renderer's IndexedDB. */
export const AUDIT_FOLDER = 'audit'
export const HEAD_FILE = 'head.json'

const hex64 = z.string().regex(/^[0-9a-f]{64}$/)

/** The workbench log's anchor (the renderer's IndexedDB log). */
const workbenchHeadSchema = z.object({
  count: z.number().int().nonnegative(),
  mac: hex64,
  /** The first keyed seq; older entries were written before this version (null: none yet). */
  keyedFrom: z.number().int().positive().nullable(),
  /** When that first keyed entry was written. */
  keyedAt: z.string().nullable(),
  /** MACs issued for entry count + 1 not yet known to be written (several writers may race). */
  pending: z.array(hex64).max(16)
})
export type WorkbenchHead = z.infer<typeof workbenchHeadSchema>

/** Main's own log (audit/main-log.jsonl). */
const mainHeadSchema = z.object({ count: z.number().int().nonnegative(), mac: hex64 })
export type MainHead = z.infer<typeof mainHeadSchema>

const headsSchema = z.object({
  workbench: workbenchHeadSchema,
  main: mainHeadSchema,
  /**
   * When main found its head file gone while its key was there (the file deleted): kept for
   * good, so 校验完整性 says from then on that main cannot vouch for what came before.
   */
  lost: z.array(z.string()).default([])
})
export type AuditHeads = z.infer<typeof headsSchema>

const headFileSchema = z.object({ version: z.literal(1), heads: headsSchema, tag: hex64 })

export const EMPTY_HEADS: AuditHeads = {
  workbench: { count: 0, mac: GENESIS_MAC, keyedFrom: null, keyedAt: null, pending: [] },
  main: { count: 0, mac: GENESIS_MAC },
  lost: []
}

export interface HeadFile {
  readonly path: string
  /** The heads; null when there is no file yet (first run, or never written). */
  read(): Promise<AuditHeads | null>
  write(heads: AuditHeads): Promise<void>
}

/**
 * `<dataLocation>/audit/head.json`: the newest entry's seq and MAC of both logs, written whole
 * to a temporary file and renamed over the old one at every append (a crash leaves the old head
 * or the new, never half of one), mode 0600 in a 0700 folder. The file carries its own HMAC
 * (`tag`, with the audit key under a domain of its own), so it cannot be edited to fit a
 * shortened log; a file that is there but fails its tag or schema throws — main never starts a
 * fresh head over one it cannot trust.
 */
export function openHeadFile(dataLocation: string, key: Buffer): HeadFile {
  const folder = join(dataLocation, AUDIT_FOLDER)
  const path = join(folder, HEAD_FILE)
  const tagOf = (heads: AuditHeads) =>
    createHmac('sha256', key)
      .update(`audit.head\n${canonicalJson(heads)}`)
      .digest('hex')
  return {
    path,
    async read() {
      const text = await readTextIfPresent(path)
      if (text === undefined) return null
      const stored = headFileSchema.parse(JSON.parse(text))
      const expected = Buffer.from(tagOf(stored.heads), 'hex')
      if (!timingSafeEqual(expected, Buffer.from(stored.tag, 'hex')))
        throw new Error(`${path} does not carry its own tag: edited outside the workbench`)
      return stored.heads
    },
    async write(heads) {
      await mkdir(folder, { recursive: true, mode: 0o700 })
      await chmod(folder, 0o700)
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
      const body = { version: 1, heads, tag: tagOf(heads) }
      await writeFile(temporary, JSON.stringify(body, null, 2), { mode: 0o600 })
      await chmod(temporary, 0o600)
      await rename(temporary, path)
    }
  }
}
