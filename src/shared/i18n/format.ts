import type { Locale } from './locale'

/**
 * Times and days as people read them, never raw ISO: `2026年12月2日 14:05` in Chinese,
 * `2026-12-02 14:05` in English. Instants are shown in 北京时间 whatever the workstation's zone,
 * as the 办法's deadlines count Beijing days.
 */
const beijingParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
})

interface Civil {
  year: string
  month: string
  day: string
  time?: string
}

function civilOfInstant(value: string | Date, seconds: boolean): Civil | undefined {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    beijingParts.formatToParts(date).find((entry) => entry.type === type)?.value ?? ''
  const time = `${part('hour')}:${part('minute')}${seconds ? `:${part('second')}` : ''}`
  return { year: part('year'), month: part('month'), day: part('day'), time }
}

function spell(civil: Civil, locale: Locale): string {
  const day =
    locale === 'en'
      ? `${civil.year}-${civil.month}-${civil.day}`
      : `${Number(civil.year)}年${Number(civil.month)}月${Number(civil.day)}日`
  return civil.time ? `${day} ${civil.time}` : day
}

/** An instant (ISO 8601 with an offset, or a Date); '' for none, the input when unreadable. */
export function formatDateTime(
  value: string | Date | null | undefined,
  locale: Locale,
  options: { seconds?: boolean } = {}
): string {
  if (value === null || value === undefined || value === '') return ''
  const civil = civilOfInstant(value, options.seconds ?? false)
  return civil ? spell(civil, locale) : String(value)
}

/**
 * A day: a calendar date `YYYY-MM-DD` as it stands, or the Beijing day of an instant; '' for none.
 */
export function formatDay(value: string | Date | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (match) {
      const [, year = '', month = '', day = ''] = match
      return spell({ year, month, day }, locale)
    }
  }
  const civil = civilOfInstant(value, false)
  return civil ? spell({ ...civil, time: undefined }, locale) : String(value)
}
