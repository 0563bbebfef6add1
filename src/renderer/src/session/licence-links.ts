import type { LocationQuery, LocationQueryRaw, RouteLocationRaw } from 'vue-router'
import {
  GenerationMode,
  LicenceState,
  type GenerationMode as Mode,
  type LicenceState as State
} from '@shared/domain/licences'
import type { LicenceFilter } from '../db/repositories'

/**
 * The licence browser's filter lives in the URL, so a dashboard chart can link to "this
 * department's licences" and the back button restores the previous filter. The search text never
 * does: it may be a person's ID number, and a URL ends up in the browser's history (浏览器模式)
 * and in screenshots. It stays in the page's session state; a link to one licence carries the
 * licence's record id in the history entry's state (`licenceLink`).
 */
type QueryValue = LocationQuery[string] | undefined

function list(value: QueryValue): string[] {
  const raw = Array.isArray(value) ? value : value ? [value] : []
  return raw.flatMap((item) => (item ? item.split(',') : [])).filter(Boolean)
}

function date(value: QueryValue): string | undefined {
  const text = Array.isArray(value) ? value[0] : value
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined
}

export function filterFromQuery(query: LocationQuery): LicenceFilter {
  const states = list(query['state']).filter((s): s is State => LicenceState.safeParse(s).success)
  const modes = list(query['mode']).filter((m): m is Mode => GenerationMode.safeParse(m).success)
  const filter: LicenceFilter = {}
  const departments = list(query['department'])
  const types = list(query['type'])
  if (departments.length) filter.departmentIds = departments
  if (types.length) filter.typeCodes = types
  if (states.length) filter.states = states
  if (modes.length) filter.generationModes = modes
  const from = date(query['from'])
  const to = date(query['to'])
  if (from) filter.issuedFrom = from
  if (to) filter.issuedTo = to
  return filter
}

export function queryFromFilter(filter: LicenceFilter): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filter.departmentIds?.length) query['department'] = filter.departmentIds.join(',')
  if (filter.typeCodes?.length) query['type'] = filter.typeCodes.join(',')
  if (filter.states?.length) query['state'] = filter.states.join(',')
  if (filter.generationModes?.length) query['mode'] = filter.generationModes.join(',')
  if (filter.issuedFrom) query['from'] = filter.issuedFrom
  if (filter.issuedTo) query['to'] = filter.issuedTo
  return query
}

/** The history state key of a link to one licence (its record id, never its number). */
export const LICENCE_LINK_STATE = 'licenceId'

/** A link that opens one licence in 证照查询: the id travels in history state, not the URL. */
export function licenceLink(licenceId: string): RouteLocationRaw {
  return { path: '/licences', state: { [LICENCE_LINK_STATE]: licenceId } }
}

/** The licence id a link put into the current history entry, if any. */
export function linkedLicenceId(state: unknown): string | null {
  if (state === null || typeof state !== 'object') return null
  const value = (state as Record<string, unknown>)[LICENCE_LINK_STATE]
  return typeof value === 'string' && value !== '' ? value : null
}
