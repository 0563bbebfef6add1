import type { Attempts } from './attempts'
import { readChecked } from './checked'
import { syncFault } from './faults'
import type { SyncLocalStore, SyncTransport } from './ports'
import { ChangesPage } from './protocol'

export const DEFAULT_PAGE_SIZE = 2000

export interface PullProgress {
  cursor: number
  headSeq: number
  items: number
}

/**
 * A page the library may send: items in rising sequence after `since`, `next` the last item's
 * sequence (or `since` when empty). Anything else would move the cursor past rows never applied.
 */
export function checkPage(page: ChangesPage, since: number, epoch: number): ChangesPage {
  if (page.epoch !== epoch) throw syncFault('resync', 'sync.fault.resync', { reason: 'epoch' })
  let previous = since
  for (const item of page.items) {
    if (item.seq <= previous) throw syncFault('corrupt', 'sync.fault.order')
    previous = item.seq
  }
  if (page.next !== previous) throw syncFault('corrupt', 'sync.fault.order')
  // An empty page that claims more would ask for the same page forever.
  if (page.hasMore && page.items.length === 0) throw syncFault('corrupt', 'sync.fault.order')
  return page
}

/**
 * 增量同步: pages from the cursor until the library says there is no more, each applied with
 * its cursor in one local transaction. The next page is fetched while one is applied; a page is
 * fetched again (same `since`) when it arrives damaged.
 */
export async function pull(
  cursor: number,
  epoch: number,
  pageSize: number,
  transport: SyncTransport,
  store: SyncLocalStore,
  attempts: Attempts,
  onProgress: (progress: PullProgress) => void
): Promise<{ cursor: number; headSeq: number; items: number }> {
  const fetchPage = (since: number) =>
    attempts.run(async () =>
      checkPage(
        readChecked(await transport.changes({ since, limit: pageSize, epoch }), ChangesPage),
        since,
        epoch
      )
    )
  let items = 0
  let page = await fetchPage(cursor)
  for (;;) {
    const prefetch = page.hasMore ? fetchPage(page.next) : null
    // A prefetch that fails while this page applies is reported by the await below, not twice.
    prefetch?.catch(() => undefined)
    attempts.throwIfCancelled()
    await store.applyPage(page.items, page.next)
    cursor = page.next
    items += page.items.length
    onProgress({ cursor, headSeq: page.headSeq, items })
    if (!prefetch) return { cursor, headSeq: page.headSeq, items }
    page = await prefetch
  }
}
