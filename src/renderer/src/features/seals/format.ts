import type { PdfVerificationReport, SignatureReport } from '@shared/domain/seals/report'

export type VerdictStatus = 'passed' | 'failed' | 'indeterminate'

/** Element Plus tag colours for 通过 / 未通过 / 无法确定. */
export const statusTagType: Record<VerdictStatus, 'success' | 'danger' | 'warning'> = {
  passed: 'success',
  failed: 'danger',
  indeterminate: 'warning'
}

/** The file is encrypted and no password (or a wrong one) was given: the user is asked for one. */
export function needsPassword(errorCode: string | null | undefined): boolean {
  return errorCode === 'PDF_PASSWORD_REQUIRED' || errorCode === 'PDF_PASSWORD_WRONG'
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

/** The i18n key of the reason a report or a signature did not pass (null when it passed). */
export function reasonKey(
  verdict: PdfVerificationReport['verdict'] | SignatureReport['verdict']
): string | null {
  return verdict.status === 'passed' ? null : `seals.reasons.${verdict.reason}`
}

/** The signer as people name it: CN, else the full subject, else the unverified /Name. */
export function signerName(signature: SignatureReport): string {
  return (
    signature.signer?.commonName ?? signature.signer?.subject ?? signature.dictionary.name ?? ''
  )
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
