import { randomUUID } from 'node:crypto'

/**
 * Files the user chose (dialog or drop) are known to the renderer only by an opaque id; main
 * keeps the path. So the renderer can never ask for an arbitrary path, only for what it was given.
 */
export interface FileRegistry {
  register(path: string, displayName: string): string
  lookup(id: string): { path: string; displayName: string } | undefined
  release(id: string): void
}

export function createFileRegistry(newId: () => string = randomUUID): FileRegistry {
  const entries = new Map<string, { path: string; displayName: string }>()
  return {
    register(path, displayName) {
      const id = newId()
      entries.set(id, { path, displayName })
      return id
    },
    lookup: (id) => entries.get(id),
    release: (id) => void entries.delete(id)
  }
}
