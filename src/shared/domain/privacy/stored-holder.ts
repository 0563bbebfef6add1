import { checkCitizenId } from '../codes/citizen-id'
import { checkHolderCode } from '../codes/holder-code'
import type { CodeReason } from '../codes/result'
import { holderCodeTypes, type LicenceHolder } from '../licences/holder'
import { holderCodeHash, type HmacKey } from './holder-hash'
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
  | { ok: false; code: 'holder.invalid'; reasons: CodeReason[] }

/**
 * Turns a raw holder into what may be stored. A natural person's code is validated, then kept
 * only masked plus its keyed hash; the raw value never leaves this function. Organisation codes
 * (USCC) are public and stored as they are. The name is kept: notices to the issuer must be able
 * to identify the record, and the UI masks it by default.
 */
export async function toStoredHolder(
  raw: RawHolder,
  key: HmacKey | Uint8Array,
  options: { today?: string } = {}
): Promise<StoredHolderResult> {
  const checked = checkHolderCode(raw.codeType, raw.code, raw.category, options)
  if (checked.status === 'invalid')
    return { ok: false, code: 'holder.invalid', reasons: checked.reasons }
  if (raw.name.trim() === '') {
    return {
      ok: false,
      code: 'holder.invalid',
      reasons: [{ code: 'holder.name.empty', message: '持证主体名称为空', severity: 'invalid' }]
    }
  }
  // An all-digit USCC with a bad check character is only a warning, so a 公民身份号码 filed
  // under 001 would otherwise be stored in clear as an organisation's code.
  if (
    holderCodeTypes[raw.codeType as LicenceHolder['codeType']]?.category === 'organization' &&
    checkCitizenId(checked.normalized).status === 'valid'
  ) {
    return {
      ok: false,
      code: 'holder.invalid',
      reasons: [
        {
          code: 'holder.personalIdAsOrganization',
          message: '持证主体代码是公民身份号码，却登记为法人或其他组织的代码类型',
          severity: 'invalid'
        }
      ]
    }
  }
  // checkHolderCode has rejected code types outside the table.
  const codeType = raw.codeType as LicenceHolder['codeType']
  const base = { category: raw.category, codeType, name: raw.name.trim() }
  if (holderCodeTypes[codeType].category === 'organization') {
    return {
      ok: true,
      holder: { ...base, code: checked.normalized, codeHash: null },
      warnings: checked.reasons
    }
  }
  const masked =
    codeType === '111' ? maskIdNumber(checked.normalized) : maskDocumentNumber(checked.normalized)
  const codeHash = await holderCodeHash(key, checked.normalized)
  return { ok: true, holder: { ...base, code: masked, codeHash }, warnings: checked.reasons }
}
