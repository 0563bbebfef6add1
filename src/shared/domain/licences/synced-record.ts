import { z } from 'zod'
import { IsoDateTime } from './common'

/**
 * Fields every record mirrored from the city e-licence library (市统一电子证照库) carries, so
 * that local edits and pulled pages can be reconciled.
 */
export const SyncedRecord = z.object({
  id: z.string().min(1),
  /** Local revision, bumped on every local write; the outbox pushes the latest one. */
  rev: z.int().min(1),
  /** Tombstone: deletions must sync too, so rows are marked rather than removed. */
  deleted: z.boolean(),
  /** The library's change sequence for this row; null until the library has accepted it. */
  serverSeq: z.int().min(0).nullable(),
  updatedAt: IsoDateTime
})
export type SyncedRecord = z.infer<typeof SyncedRecord>
