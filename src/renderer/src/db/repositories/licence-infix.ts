import type { WorkbenchDb } from '../database'
import { normalizeSearchText } from '../licence-keys'

/** Rows read per request while the name list is built. */
const SCAN_CHUNK = 5000

/**
 * Every licence's 持证主体 name and 证照编号, upper-cased, with its id: what a search for text in
 * the middle of a name is matched against. The lookupKeys index answers prefixes only, and
 * indexing every substring would multiply the cost of each licence write, so this list is built
 * in memory on the first such search and rebuilt after any licence write (a new cube stamp).
 */
export interface InfixIndex {
  stamp: unknown
  ids: string[]
  texts: string[]
}

export async function buildInfixIndex(db: WorkbenchDb, stamp: unknown): Promise<InfixIndex> {
  const ids: string[] = []
  const texts: string[] = []
  let last: string | undefined
  for (;;) {
    const chunk = await (
      last === undefined ? db.licences.orderBy(':id') : db.licences.where(':id').above(last)
    )
      .limit(SCAN_CHUNK)
      .toArray()
    for (const row of chunk) {
      if (row.deleted) continue
      ids.push(row.id)
      // A separator no search text contains, so a match never spans the name and the number.
      texts.push(`${normalizeSearchText(row.holder.name)}\u0000${normalizeSearchText(row.number)}`)
    }
    if (chunk.length < SCAN_CHUNK) break
    last = chunk.at(-1)?.id
  }
  return { stamp, ids, texts }
}

/** Ids of the licences whose name or number contains `text` (upper-cased), in id order. */
export function infixMatches(index: InfixIndex, text: string): string[] {
  const hits: string[] = []
  for (let i = 0; i < index.texts.length; i++) {
    if (index.texts[i]!.includes(text)) hits.push(index.ids[i]!)
  }
  return hits
}
