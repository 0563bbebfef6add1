import type { SignatureReport } from '@shared/domain/seals/report'
import type { VerdictStatus } from '@shared/domain/seals/words'

export type { VerdictStatus } from '@shared/domain/seals/words'
export { signerName } from '@shared/domain/seals/words'

/** Element Plus tag colours for 通过 / 未通过 / 无法确定. */
export const statusTagType: Record<VerdictStatus, 'success' | 'danger' | 'warning'> = {
  passed: 'success',
  failed: 'danger',
  indeterminate: 'warning'
}

/** The file is encrypted and no password (or a wrong one) was given: the user is asked for one. */
export function needsPassword(errorCode: string | null | undefined): boolean {
  return errorCode === 'seals.error.passwordRequired' || errorCode === 'seals.error.passwordWrong'
}

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * Local wall-clock time as `YYYY-MM-DD HH:mm:ss` for exported spreadsheets (a value sorting
 * programs read); the screen uses i18n/format. Empty for a missing or unreadable value.
 */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  )
}

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)
}

/** The seal picture as a data: URL (the CSP allows img data:), when the report carries one. */
export function sealPictureUrl(signature: SignatureReport): string | null {
  const picture = signature.seal?.picture
  if (!picture?.displayable || !picture.dataBase64) return null
  const mime: Record<string, string> = {
    PNG: 'image/png',
    JPG: 'image/jpeg',
    JPEG: 'image/jpeg',
    GIF: 'image/gif',
    BMP: 'image/bmp'
  }
  const type = mime[picture.type.toUpperCase()]
  return type ? `data:${type};base64,${picture.dataBase64}` : null
}
