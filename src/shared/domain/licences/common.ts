import { z } from 'zod'
import { message, type Message } from '../../i18n/message'

/**
 * Building blocks shared by the licence-domain schemas. Everything is JSON-safe: dates travel as
 * ISO strings so records cross IPC, Dexie and the sync wire unchanged.
 */

/** An instant, ISO 8601 with `Z` or an offset (business systems send `+08:00`). */
export const IsoDateTime = z.iso.datetime({ offset: true })

/** A calendar date `YYYY-MM-DD`; zod rejects impossible dates such as 02-30. */
export const IsoDate = z.iso.date()

/** Lower-case hex SHA-256 / HMAC-SHA-256 output. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

/** A 6-digit GB/T 2260 行政区划代码; plausibility is checked in `codes/division`. */
export const DivisionCode = z.string().regex(/^\d{6}$/)

/** 18 characters; whether the checksum holds is a data-quality finding, not a schema error. */
export const UsccShape = z.string().regex(/^[0-9A-Z]{18}$/)

/** 证照类型代码: the definer's USCC plus a 3-digit sequence. */
export const LicenceTypeCodeShape = z.string().regex(/^[0-9A-Z]{18}\d{3}$/)

/**
 * An enum whose English keys are the stored values. Its Chinese labels are the words an import
 * file (and the city library) uses for them; screens and the CLI show the `…Names` messages.
 */
export function labelledEnum<const K extends string>(labels: Record<K, string>) {
  return z.enum(Object.keys(labels) as [K, ...K[]])
}

/** 机构级别, used both for departments and for 证照定义/颁发机构级别 in GB/T 36902. */
export const authorityLevelLabels = {
  national: '国家级',
  provincial: '省级',
  municipal: '地市级',
  county: '区县级',
  township: '乡镇级',
  other: '其他'
} as const
export const AuthorityLevel = labelledEnum(authorityLevelLabels)
export type AuthorityLevel = z.infer<typeof AuthorityLevel>

/** 机构级别 in the reader's language. */
export const authorityLevelNames: Record<AuthorityLevel, Message> = {
  national: message('licences.authorityLevel.national'),
  provincial: message('licences.authorityLevel.provincial'),
  municipal: message('licences.authorityLevel.municipal'),
  county: message('licences.authorityLevel.county'),
  township: message('licences.authorityLevel.township'),
  other: message('licences.authorityLevel.other')
}
