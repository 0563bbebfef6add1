import { useI18n } from 'vue-i18n'
import { formatDateTime, formatDay, type Locale } from '@shared/i18n'

export { formatDateTime, formatDay }

/** The formatters in the current language, for templates. */
export function useFormat() {
  const { locale } = useI18n()
  const current = () => locale.value as Locale
  return {
    dateTime: (value: string | Date | null | undefined, options?: { seconds?: boolean }) =>
      formatDateTime(value, current(), options),
    day: (value: string | Date | null | undefined) => formatDay(value, current())
  }
}
