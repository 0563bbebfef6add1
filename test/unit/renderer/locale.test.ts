import { describe, expect, it } from 'vitest'
import { LOCALE_STORAGE_KEY, storedLocale } from '@renderer/i18n'

describe('the language chosen last time', () => {
  const storage = (value: string | null) => ({
    getItem: (key: string) => (key === LOCALE_STORAGE_KEY ? value : null)
  })

  it('comes back on the next start', () => {
    expect(storedLocale(storage('en'))).toBe('en')
    expect(storedLocale(storage('zh-CN'))).toBe('zh-CN')
  })

  it('is ignored when it is none the app speaks, or there is no storage', () => {
    expect(storedLocale(storage('fr'))).toBeUndefined()
    expect(storedLocale(storage(null))).toBeUndefined()
    expect(storedLocale(undefined)).toBeUndefined()
  })
})
