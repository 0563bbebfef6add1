/**
 * The festivals of 《全国年节及纪念日放假办法》 as the State Council's notices name them: each reads
 * in the reader's language; a joint holiday (国庆节、中秋节) is a list; a name typed by hand stays.
 */
import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import { holidayName } from '../../../../src/shared/domain/calendar'

describe('holidayName', () => {
  it('names each festival of the 办法 by its message', () => {
    expect(
      ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'].map(holidayName)
    ).toEqual([
      { code: 'calendar.holiday.newYearsDay' },
      { code: 'calendar.holiday.springFestival' },
      { code: 'calendar.holiday.qingming' },
      { code: 'calendar.holiday.labourDay' },
      { code: 'calendar.holiday.dragonBoat' },
      { code: 'calendar.holiday.midAutumn' },
      { code: 'calendar.holiday.nationalDay' }
    ])
  })

  it('lists the festivals of a joint holiday, and keeps names it does not know as typed', () => {
    expect(holidayName('国庆节、中秋节')).toEqual({
      list: [{ code: 'calendar.holiday.nationalDay' }, { code: 'calendar.holiday.midAutumn' }]
    })
    expect(holidayName(' 春节 ')).toEqual({ code: 'calendar.holiday.springFestival' })
    expect(holidayName('元宵')).toBe('元宵')
    expect(holidayName('春节、元宵')).toEqual({
      list: [{ code: 'calendar.holiday.springFestival' }, '元宵']
    })
    for (const name of ['constructor', '__proto__', 'toString'])
      expect(holidayName(name)).toBe(name)
  })

  it('reads in Chinese as the notices write it, and in English', () => {
    const zh = createCliWords('zh-CN')
    const en = createCliWords('en')
    const say = (words: typeof zh, name: string) =>
      words.say({ code: 'calendar.cli.holiday', params: { holiday: holidayName(name) } })
    expect(say(zh, '中秋节、国庆节')).toBe('节假日：中秋节、国庆节')
    expect(say(en, '中秋节、国庆节')).toBe('holiday: Mid-Autumn Festival, National Day')
    expect(
      ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'].map((name) =>
        en.say({ code: 'calendar.cli.holiday', params: { holiday: holidayName(name) } })
      )
    ).toEqual([
      'holiday: New Year’s Day',
      'holiday: Spring Festival',
      'holiday: Qingming Festival',
      'holiday: Labour Day',
      'holiday: Dragon Boat Festival',
      'holiday: Mid-Autumn Festival',
      'holiday: National Day'
    ])
  })
})
