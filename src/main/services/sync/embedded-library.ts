import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { dirname } from 'node:path'
import { seedDemoLibrary } from '../../../library/demo-seed'
import { createLibraryServer } from '../../../library/server'
import { openLibraryStore, type LibraryStore } from '../../../library/store'
import type { HolderCodeHasher } from '../../../shared/domain/privacy'

/** The demo city's size when nobody asks for another: the workbench's first run takes seconds. */
export const EMBEDDED_DEMO_LICENCES = 20_000
/** Small parts, so that the first bootstrap's progress moves in steps a user sees. */
const EMBEDDED_ROWS_PER_PART = 5_000

export interface EmbeddedLibraryOptions {
  /** The SQLite file; created and filled with the demo city on the first start. */
  file: string
  licences?: number
  seed?: string
  holderHash?: HolderCodeHasher
  /** Licences written so far while the file is first filled. */
  onProgress?: (done: number, total: number) => void
}

export interface EmbeddedLibrary {
  /** Where the library answers: http on 127.0.0.1 and a port of the system's choosing. */
  url: string
  close(): Promise<void>
}

/**
 * 演示库: the reference city library run inside the workbench on loopback with the demo city,
 * for a first start with no library configured. The workbench still reaches it only over HTTP,
 * through the same client as the city's. The file is filled under another name and renamed when
 * complete, so an interrupted first start never leaves a half city that reads as the whole.
 */
export async function startEmbeddedLibrary(
  options: EmbeddedLibraryOptions
): Promise<EmbeddedLibrary> {
  if (!existsSync(options.file)) await fillLibraryFile(options)
  const store = openLibraryStore({ file: options.file })
  const app = createLibraryServer({ store })
  try {
    await app.listen({ port: 0, host: '127.0.0.1' })
  } catch (error) {
    store.close()
    throw error
  }
  const { port } = app.server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close()
      store.close()
    }
  }
}

async function fillLibraryFile(options: EmbeddedLibraryOptions): Promise<void> {
  await mkdir(dirname(options.file), { recursive: true })
  const filling = `${options.file}.filling`
  await removeDatabase(filling)
  let store: LibraryStore | null = openLibraryStore({ file: filling })
  try {
    await seedDemoLibrary(store, {
      licences: options.licences ?? EMBEDDED_DEMO_LICENCES,
      ...(options.seed ? { seed: options.seed } : {}),
      ...(options.holderHash ? { holderHash: options.holderHash } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      rowsPerPart: EMBEDDED_ROWS_PER_PART
    })
    // Closing checkpoints the write-ahead log into the file, so the file alone is the library.
    store.close()
    store = null
    await rename(filling, options.file)
  } finally {
    store?.close()
    await removeDatabase(filling)
  }
}

async function removeDatabase(file: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })))
}
