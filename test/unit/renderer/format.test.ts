import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDay } from '@renderer/i18n/format'

/** Times as the issue asks users to read them: `2026年12月2日 14:05`, `2026-12-02 14:05` in English. */
describe('times and days on screen', () => {
  it('shows an instant in Beijing time, whatever offset it was written with', () => {
    expect(formatDateTime('2026-12-02T06:05:09Z', 'zh-CN')).toBe('2026年12月2日 14:05')
    expect(formatDateTime('2026-12-02T14:05:09+08:00', 'en')).toBe('2026-12-02 14:05')
    expect(formatDateTime('2026-12-02T06:05:09Z', 'zh-CN', { seconds: true })).toBe(
      '2026年12月2日 14:05:09'
    )
  })

  it('moves an instant late in the UTC evening to the next Beijing day, and midnight to 00', () => {
    expect(formatDateTime('2026-12-31T16:00:00Z', 'zh-CN')).toBe('2027年1月1日 00:00')
    expect(formatDateTime(new Date(Date.UTC(2028, 1, 28, 17, 30)), 'en')).toBe('2028-02-29 01:30')
  })

  it('shows a calendar date as it stands, without moving it across zones', () => {
    expect(formatDay('2026-10-08', 'zh-CN')).toBe('2026年10月8日')
    expect(formatDay('2026-10-08', 'en')).toBe('2026-10-08')
    expect(formatDay('2026-12-31T20:00:00Z', 'zh-CN')).toBe('2027年1月1日')
  })

  it('shows nothing for nothing, and an unreadable value as it came', () => {
    expect(formatDateTime(null, 'zh-CN')).toBe('')
    expect(formatDateTime(undefined, 'en')).toBe('')
    expect(formatDay('', 'zh-CN')).toBe('')
    expect(formatDateTime('长期', 'zh-CN')).toBe('长期')
  })
})
