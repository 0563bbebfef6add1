import { describe, expect, it } from 'vitest'
import {
  filterFromQuery,
  licenceLink,
  linkedLicenceId,
  queryFromFilter
} from '../../../src/renderer/src/session/licence-links'

const ID = '11010519491231002X'

describe('the licence browser’s address', () => {
  it('carries the filters but never the search text, which may be an ID number', () => {
    const query = queryFromFilter({
      departmentIds: ['dep-1', 'dep-2'],
      states: ['valid'],
      issuedFrom: '2026-01-01',
      search: ID
    })
    expect(query).toEqual({ department: 'dep-1,dep-2', state: 'valid', from: '2026-01-01' })
    expect(JSON.stringify(query)).not.toContain(ID)
  })

  it('reads no search from an address, even one written before (`?q=`)', () => {
    expect(filterFromQuery({ q: ID, type: 'T1', mode: 'online,bogus' })).toEqual({
      typeCodes: ['T1'],
      generationModes: ['online']
    })
  })

  it('links to one licence by its record id in history state, not in the URL', () => {
    expect(licenceLink('lic-imp-1')).toEqual({
      path: '/licences',
      state: { licenceId: 'lic-imp-1' }
    })
    expect(linkedLicenceId({ licenceId: 'lic-imp-1', back: '/x' })).toBe('lic-imp-1')
    expect(linkedLicenceId({ licenceId: '' })).toBeNull()
    expect(linkedLicenceId({ licenceId: 7 })).toBeNull()
    expect(linkedLicenceId(null)).toBeNull()
    expect(linkedLicenceId('lic-imp-1')).toBeNull()
  })
})
