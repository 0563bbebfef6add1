import { message } from '../../i18n/message'
import { checkCitizenId, isOneCharacterFromCitizenId } from '../codes/citizen-id'
import { checkHolderCode } from '../codes/holder-code'
import { invalid, type CodeReason } from '../codes/result'
import { checkUscc } from '../codes/uscc'
import { holderCodeTypes, type LicenceHolder } from '../licences/holder'
import type { HolderCodeHasher } from './holder-hash'
import { maskDocumentNumber, maskIdNumber } from './mask'

/** 持证主体 as received from a business system or an import file, raw code included. */
export interface RawHolder {
  category: LicenceHolder['category']
  codeType: string
  name: string
  code: string
}

export type StoredHolderResult =
  | { ok: true; holder: LicenceHolder; warnings: CodeReason[] }
  | { ok: false; code: 'codes.holder.invalid'; reasons: CodeReason[] }

/**
 * Whether a code filed as an organisation's is, or may be, a natural person's 公民身份号码, and
 * so must not be stored in clear: a valid 18-digit number (an all-digit USCC with a bad check
 * character is only a warning, so it would pass under 001), a legacy 15-digit one with a possible
 * birth date, or an 18-digit one with one mistyped character. A code that passes both USCC checks
 * is an organisation's even if one character separates it from an ID number; a mistyped ID number
 * that happens to pass both is the one case left.
 */
export function isPersonalIdNumber(code: string, options: { today?: string } = {}): boolean {
  if (checkCitizenId(code, options).status !== 'invalid') return true
  return checkUscc(code).status !== 'valid' && isOneCharacterFromCitizenId(code, options)
}

/**
 * A natural person's code as stored: an ID number (type 111, or any other type whose code is a
 * valid 公民身份号码, e.g. a 军官证 carrying one) under the ID mask, anything else under the
 * document mask.
 */
export function maskHolderCode(code: string, options: { today?: string } = {}): string {
  return code.length === 18 && checkCitizenId(code, options).status !== 'invalid'
    ? maskIdNumber(code)
    : maskDocumentNumber(code)
}

/**
 * Turns a raw holder into what may be stored. A natural person's code is validated, then kept
 * only masked plus its keyed hash (computed by `hash`, main in the app); the raw value never
 * leaves this function. Organisation codes
 * (USCC) are public and stored as they are. The name is kept: notices to the issuer must be able
 * to identify the record, and the UI masks it by default.
 */
export async function toStoredHolder(
  raw: RawHolder,
  hash: HolderCodeHasher,
  options: { today?: string } = {}
): Promise<StoredHolderResult> {
  const checked = checkHolderCode(raw.codeType, raw.code, raw.category, options)
  if (checked.status === 'invalid')
    return { ok: false, code: 'codes.holder.invalid', reasons: checked.reasons }
  if (raw.name.trim() === '') {
    return {
      ok: false,
      code: 'codes.holder.invalid',
      reasons: [invalid(message('codes.holder.name.empty'))]
    }
  }
  // checkHolderCode has rejected code types outside the table.
  const codeType = raw.codeType as LicenceHolder['codeType']
  const organization = holderCodeTypes[codeType].category === 'organization'
  if (organization && isPersonalIdNumber(checked.normalized, options)) {
    return {
      ok: false,
      code: 'codes.holder.invalid',
      reasons: [invalid(message('codes.holder.personalIdAsOrganization'))]
    }
  }
  const base = { category: raw.category, codeType, name: raw.name.trim() }
  if (organization) {
    return {
      ok: true,
      holder: { ...base, code: checked.normalized, codeHash: null },
      warnings: checked.reasons
    }
  }
  const masked =
    codeType === '111'
      ? maskIdNumber(checked.normalized)
      : maskHolderCode(checked.normalized, options)
  const codeHash = await hash(checked.normalized)
  return { ok: true, holder: { ...base, code: masked, codeHash }, warnings: checked.reasons }
}
