import { holderCodeTypes, type HolderCategory, type HolderCodeType } from '../licences/holder'
import { checkCitizenId, type CitizenIdOptions } from './citizen-id'
import { invalid, result, warning, type CodeCheckResult, type CodeReason } from './result'
import { checkUscc } from './uscc'

/**
 * Shapes seen for the other document types. They come from practice, not from a standard, so a
 * mismatch is only a warning.
 */
const plausibleShapes: Partial<Record<HolderCodeType, { pattern: RegExp; description: string }>> = {
  '411': { pattern: /^[A-Z0-9]{5,20}$/, description: '5–20位字母或数字' },
  '412': { pattern: /^[A-Z0-9]{5,20}$/, description: '5–20位字母或数字' },
  '413': { pattern: /^[A-Z0-9]{5,20}$/, description: '5–20位字母或数字' },
  '414': { pattern: /^[A-Z0-9]{5,20}$/, description: '5–20位字母或数字' },
  '511': { pattern: /^\d{8}(\d{2})?$/, description: '8位或10位数字' },
  '516': { pattern: /^[HM]\d{8}(\d{2})?$/, description: 'H或M加8位或10位数字' }
}

const MAX_OTHER_CODE_LENGTH = 64

export function isHolderCodeType(codeType: string): codeType is HolderCodeType {
  return Object.hasOwn(holderCodeTypes, codeType)
}

function otherDocumentFindings(codeType: HolderCodeType, code: string): CodeReason[] {
  if (code.length === 0) return [invalid('holder.code.empty', '持证主体代码为空')]
  if (/[\s\p{Cc}]/u.test(code)) {
    return [invalid('holder.code.characters', '持证主体代码含空白或控制字符')]
  }
  if (code.length > MAX_OTHER_CODE_LENGTH) {
    return [invalid('holder.code.length', `持证主体代码超过${MAX_OTHER_CODE_LENGTH}个字符`)]
  }
  const shape = plausibleShapes[codeType]
  if (shape && !shape.pattern.test(code)) {
    const label = holderCodeTypes[codeType].label
    // The code itself stays out of the message: for natural persons it is personal data.
    return [warning('holder.code.shape', `${label}通常为${shape.description}`)]
  }
  // A catch-all type hiding a code that has its own type loses the checksum check.
  if (codeType === '099' && checkUscc(code).status === 'valid') {
    return [warning('holder.codeType.specific', '该代码是统一社会信用代码，代码类型应为001')]
  }
  if (codeType === '999' && checkCitizenId(code).status === 'valid') {
    return [warning('holder.codeType.specific', '该代码是公民身份号码，代码类型应为111')]
  }
  return []
}

/**
 * 持证主体代码 against its 持证主体代码类型代码: 001 must be a USCC, 111 a 公民身份号码, the rest
 * non-empty and plausible. With `category`, also that the code type belongs to it.
 */
export function checkHolderCode(
  codeType: string,
  code: string,
  category?: HolderCategory,
  options: CitizenIdOptions = {}
): CodeCheckResult {
  const normalized = code.trim().toUpperCase()
  if (!isHolderCodeType(codeType)) {
    return result('holderCode', normalized, [
      invalid('holder.codeType', `持证主体代码类型代码“${codeType}”不在 GB/T 36903 代码表中`)
    ])
  }
  const categoryFindings: CodeReason[] = []
  const expectedCategory = holderCodeTypes[codeType].category
  if (category !== undefined && category !== expectedCategory) {
    categoryFindings.push(
      invalid(
        'holder.category',
        `代码类型${codeType}（${holderCodeTypes[codeType].label}）不适用于${category === 'naturalPerson' ? '自然人' : '法人和其他组织'}`
      )
    )
  }
  const base =
    codeType === '001'
      ? checkUscc(normalized)
      : codeType === '111'
        ? checkCitizenId(normalized, options)
        : result('holderCode', normalized, otherDocumentFindings(codeType, normalized))
  return result(base.kind, base.normalized, [...categoryFindings, ...base.reasons])
}
