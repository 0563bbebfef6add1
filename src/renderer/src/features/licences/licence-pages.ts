import { ref, shallowRef } from 'vue'
import type { Licence } from '@shared/domain/licences'
import type { LicenceCursor, LicenceFilter, Repositories } from '../../db/repositories'

const PAGE_SIZE = 100

/**
 * The rows the virtualized table shows: the first page on a filter change, more pages as the
 * user scrolls. A newer filter wins over a slower earlier one.
 */
export function useLicencePages(repos: () => Repositories) {
  const rows = shallowRef<Licence[]>([])
  const total = ref<number | null>(null)
  const loading = ref(false)
  const exhausted = ref(false)
  const firstPageMs = ref<number | null>(null)
  let filter: LicenceFilter = {}
  let cursor: { after?: LicenceCursor; offset?: number } = {}
  let generation = 0

  async function fetchPage(current: number): Promise<void> {
    const page = await repos().licences.query(filter, { limit: PAGE_SIZE, ...cursor })
    if (current !== generation) return
    rows.value = [...rows.value, ...page.rows]
    if (page.total !== undefined) total.value = page.total
    if (page.next) cursor = { after: page.next }
    else if (page.nextOffset !== undefined) cursor = { offset: page.nextOffset }
    else exhausted.value = true
  }

  async function reload(next: LicenceFilter): Promise<void> {
    filter = next
    cursor = {}
    const current = ++generation
    rows.value = []
    total.value = null
    exhausted.value = false
    loading.value = true
    const started = performance.now()
    try {
      await fetchPage(current)
      if (current === generation) firstPageMs.value = Math.round(performance.now() - started)
    } finally {
      if (current === generation) loading.value = false
    }
  }

  async function loadMore(): Promise<void> {
    if (loading.value || exhausted.value) return
    const current = generation
    loading.value = true
    try {
      await fetchPage(current)
    } finally {
      if (current === generation) loading.value = false
    }
  }

  /** Every matching row up to `limit`, for export. */
  async function collect(limit: number): Promise<{ rows: Licence[]; truncated: boolean }> {
    const collected: Licence[] = []
    let page: { after?: LicenceCursor; offset?: number } = {}
    while (collected.length < limit) {
      const result = await repos().licences.query(filter, { limit: 1000, ...page })
      collected.push(...result.rows)
      if (result.next) page = { after: result.next }
      else if (result.nextOffset !== undefined) page = { offset: result.nextOffset }
      else return { rows: collected, truncated: false }
    }
    return { rows: collected.slice(0, limit), truncated: true }
  }

  return { rows, total, loading, exhausted, firstPageMs, reload, loadMore, collect }
}
