import { readTextIfPresent } from '../files/read-if-present'
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { operatorRoles } from '../../../shared/domain/operators'

/** The accounts file in the data folder: main's own, never the renderer's IndexedDB. */
export const OPERATORS_FILE = 'operators.json'

const passwordHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  keyLength: z.number().int().positive(),
  salt: z.string(),
  hash: z.string()
})

export const storedAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  roles: z.array(z.enum(operatorRoles)),
  enabled: z.boolean(),
  createdAt: z.string(),
  password: passwordHashSchema,
  /** Failed sign-ins since the last success or lockout; kept so a restart does not reset it. */
  failedAttempts: z.number().int().nonnegative(),
  lockedUntil: z.string().nullable()
})
export type StoredAccount = z.infer<typeof storedAccountSchema>

const accountFileSchema = z.object({
  version: z.literal(1),
  accounts: z.array(storedAccountSchema)
})

export interface AccountFile {
  readonly path: string
  read(): Promise<StoredAccount[]>
  write(accounts: readonly StoredAccount[]): Promise<void>
}

/**
 * `<dataLocation>/operators.json`, mode 0600, written whole to a temporary file beside it and
 * renamed over it, so a crash leaves the old file or the new one, never half of one.
 * A file that is there but unreadable throws: main must not start afresh (a new first
 * administrator) over accounts it merely failed to read.
 */
export function openAccountFile(dataLocation: string): AccountFile {
  const path = join(dataLocation, OPERATORS_FILE)
  return {
    path,
    async read() {
      const text = await readTextIfPresent(path)
      if (text === undefined) return []
      return accountFileSchema.parse(JSON.parse(text)).accounts
    },
    async write(accounts) {
      await mkdir(dirname(path), { recursive: true })
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
      await writeFile(temporary, JSON.stringify({ version: 1, accounts }, null, 2), {
        mode: 0o600
      })
      // The mode given to writeFile is narrowed by the umask only, never widened; make sure.
      await chmod(temporary, 0o600)
      await rename(temporary, path)
    }
  }
}
