import { message, type Message } from '../../i18n/message'
import {
  holderCategoryLabel,
  holderCodeTypeLabel,
  holderCodeTypes,
  type HolderCategory,
  type HolderCodeType
} from '../licences/holder'
import { checkCitizenId, type CitizenIdOptions } from './citizen-id'
import { invalid, result, warning, type CodeCheckResult, type CodeReason } from './result'
import { checkUscc } from './uscc'

/**
 * Shapes seen for the other document types. They come from practice, not from a standard, so a
 * mismatch is only a warning.
 */
const passportShape = {
  pattern: /^[A-Z0-9]{5,20}$/,
  description: message('codes.holder.shape.passport')
}
const plausibleShapes: Partial<Record<HolderCodeType, { pattern: RegExp; description: Message }>> =
  {
    '411': passportShape,
    '412': passportShape,
    '413': passportShape,
    '414': passportShape,
    '511': { pattern: /^\d{8}(\d{2})?$/, description: message('codes.holder.shape.taiwanPermit') },
    '516': {
      pattern: /^[HM]\d{8}(\d{2})?$/,
      description: message('codes.holder.shape.hongKongMacaoPermit')
    }
  }

const MAX_OTHER_CODE_LENGTH = 64

export function isHolderCodeType(codeType: string): codeType is HolderCodeType {
  return Object.hasOwn(holderCodeTypes, codeType)
}

/** 该代码是{kind}，代码类型应为{codeType}: the type the code has, by its number and name. */
function specificType(codeType: '001' | '111'): Message {
  return message('codes.holder.codeTypeSpecific', {
    codeType,
    kind: holderCodeTypeLabel(codeType)
  })
}

function otherDocumentFindings(codeType: HolderCodeType, code: string): CodeReason[] {
  if (code.length === 0) return [invalid(message('codes.holder.code.empty'))]
  if (/[\s\p{Cc}]/u.test(code)) {
    return [invalid(message('codes.holder.code.characters'))]
  }
  if (code.length > MAX_OTHER_CODE_LENGTH) {
    return [invalid(message('codes.holder.code.length', { max: MAX_OTHER_CODE_LENGTH }))]
  }
  const shape = plausibleShapes[codeType]
  if (shape && !shape.pattern.test(code)) {
    // The code itself stays out of the message: for natural persons it is personal data.
    return [
      warning(
        message('codes.holder.code.shape', {
          codeType: holderCodeTypeLabel(codeType),
          shape: shape.description
        })
      )
    ]
  }
  // A catch-all type hiding a code that has its own type loses the checksum check.
  if (codeType === '099' && checkUscc(code).status === 'valid') {
    return [warning(specificType('001'))]
  }
  if (codeType === '999' && checkCitizenId(code).status === 'valid') {
    return [warning(specificType('111'))]
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
      invalid(message('codes.holder.codeType', { codeType }))
    ])
  }
  const categoryFindings: CodeReason[] = []
  const expectedCategory = holderCodeTypes[codeType].category
  if (category !== undefined && category !== expectedCategory) {
    categoryFindings.push(
      invalid(
        message('codes.holder.category', {
          codeType,
          label: holderCodeTypeLabel(codeType),
          category: holderCategoryLabel(category)
        })
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
