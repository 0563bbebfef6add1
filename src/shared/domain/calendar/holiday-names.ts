import { list, message, type Message, type MessageParam } from '../../i18n/message'

/**
 * The festivals the State Council's notices name (《全国年节及纪念日放假办法》), as messages, so that
 * a holiday reads 春节 in Chinese and Spring Festival in English. A notice names a joint holiday
 * with 、 (国庆节、中秋节).
 */
const FESTIVALS: Readonly<Record<string, Message>> = {
  元旦: message('calendar.holiday.newYearsDay'),
  春节: message('calendar.holiday.springFestival'),
  清明节: message('calendar.holiday.qingming'),
  劳动节: message('calendar.holiday.labourDay'),
  端午节: message('calendar.holiday.dragonBoat'),
  中秋节: message('calendar.holiday.midAutumn'),
  国庆节: message('calendar.holiday.nationalDay')
}

/**
 * A holiday's name as a message parameter: each festival of a notice in the reader's language;
 * a name an administrator typed that is no festival stays as typed.
 */
export function holidayName(name: string): MessageParam {
  const parts = name.split('、').map((part): MessageParam => {
    const festival = part.trim()
    return Object.hasOwn(FESTIVALS, festival) ? (FESTIVALS[festival] as Message) : part
  })
  return parts.length === 1 ? (parts[0] as MessageParam) : list(parts)
}
