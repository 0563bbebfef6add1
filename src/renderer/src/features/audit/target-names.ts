import type { AuditEntry } from '@shared/domain/audit'
import { lookedUpTarget, type LookedUpKind, type TargetNames } from './audit-words'

type Read<T> = { get(id: string): Promise<T | undefined> }

/** What the lookup reads: the repositories' `get`s (a test may stand in for one). */
export interface NameSources {
  licences: Read<{ number: string }>
  departments: Read<{ name: string; deleted: boolean }>
  catalog: Read<{ name: string; deleted: boolean }>
  notices: Read<{ documentNumber: string | null }>
  objections: Read<{ licenceId: string }>
}

function add<V>(map: ReadonlyMap<string, V>, found: [string, V | undefined][]): Map<string, V> {
  const next = new Map(map)
  for (const [id, value] of found) if (value !== undefined) next.set(id, value)
  return next
}

/**
 * `known` with the names of the records `entries` target that it lacks, read from the working
 * copy. A record that is gone (or a tombstone) gets no name, so its target reads as deleted.
 */
export async function lookUpTargetNames(
  entries: readonly AuditEntry[],
  known: TargetNames,
  repos: NameSources
): Promise<TargetNames> {
  const wanted = new Map<LookedUpKind, Set<string>>()
  const mapOf: Record<LookedUpKind, ReadonlyMap<string, unknown>> = {
    licence: known.licences,
    department: known.departments,
    catalog: known.catalog,
    notice: known.notices,
    objection: known.objections
  }
  for (const entry of entries) {
    const target = lookedUpTarget(entry.target)
    if (!target || mapOf[target.kind].has(target.id)) continue
    wanted.set(target.kind, (wanted.get(target.kind) ?? new Set()).add(target.id))
  }
  const ids = (kind: LookedUpKind) => [...(wanted.get(kind) ?? [])]
  const each = <V>(kind: LookedUpKind, read: (id: string) => Promise<V | undefined>) =>
    Promise.all(ids(kind).map(async (id): Promise<[string, V | undefined]> => [id, await read(id)]))

  const [licences, departments, catalog, notices, objections] = await Promise.all([
    each('licence', async (id) => (await repos.licences.get(id))?.number),
    each('department', async (id) => {
      const department = await repos.departments.get(id)
      return department && !department.deleted ? department.name : undefined
    }),
    each('catalog', async (id) => {
      const entry = await repos.catalog.get(id)
      return entry && !entry.deleted ? entry.name : undefined
    }),
    each('notice', async (id) => (await repos.notices.get(id))?.documentNumber),
    each('objection', async (id) => {
      const objection = await repos.objections.get(id)
      if (!objection) return undefined
      return (await repos.licences.get(objection.licenceId))?.number ?? null
    })
  ])
  return {
    licences: add(known.licences, licences),
    departments: add(known.departments, departments),
    catalog: add(known.catalog, catalog),
    notices: add(known.notices, notices),
    objections: add(known.objections, objections)
  }
}
