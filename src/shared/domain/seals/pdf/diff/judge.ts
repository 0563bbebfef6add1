/**
 * The whitelist (修改白名单): every difference the paired walk found is judged by the role it
 * was found under. Nothing is allowed unless a rule here allows it, and then only at the level
 * the rule names (pyHanko's model); everything else is `other`, which fails the signature.
 */
import { type PdfDict, isDict, isName } from '../objects'
import type { DocumentChange } from './change'
import type { RevisionFacts } from './facts'
import { pageOfRole, type Role } from './roles'
import { hasActiveAction } from './visibility'
import type { Diff } from './walk'

export type Judgement = Omit<DocumentChange, 'revision'>

const other = (description: string, page?: number): Judgement => ({
  level: 'other',
  description,
  ...(page !== undefined ? { page } : {})
})

const pageText = (page: number | undefined): string =>
  page === undefined ? '页面' : `第 ${page + 1} 页`

const fieldText = (isSignature: boolean): string => (isSignature ? '签名域' : '表单域')

/** The judgement of one difference; undefined when the difference is judged elsewhere. */
export function judge(diff: Diff, facts: RevisionFacts): Judgement | undefined {
  const { role, key } = diff
  switch (role.kind) {
    case 'trailer':
      // The document information dictionary (title, producer, dates) shows on no page; writers
      // add or replace it with every save, signing tools included (pyHanko's DocInfoRule).
      return key === 'Info'
        ? { level: 'signatures-dss-timestamps', description: validationText('info', key) }
        : other(`文件尾（trailer）的 /${key} 被修改`)
    case 'catalog':
      return judgeCatalog(diff)
    case 'page-tree':
      return other(key === 'Count' ? '页数声明（/Count）被修改' : `页面树的 /${key} 被修改`)
    case 'kids':
      return other(pageCountText(facts))
    case 'page':
      if (key === 'Annots' && diff.change === 'added') return undefined
      if (key === 'Annots') return other(`删除了${pageText(role.page)}的全部批注和控件`, role.page)
      if (key === 'Contents') return other(`${pageText(role.page)}的内容被替换`, role.page)
      return other(`${pageText(role.page)}的 /${key} 被修改`, role.page)
    case 'page-content':
      return other(contentText(role), role.page)
    case 'annots':
      if (diff.change === 'added') return judgeNewAnnotation(diff, facts, role.page)
      return other(`删除了${pageText(role.page)}的批注或控件`, role.page)
    case 'annotation':
      // An action given to an existing comment is judged as a new comment's would be. The
      // changed entry alone is looked at, and only an /A or /AA entry holds actions.
      if (diff.after !== undefined) {
        const changed: PdfDict = { kind: 'dict', entries: new Map([[key, diff.after]]) }
        if (hasActiveAction(facts.document, changed, facts.revision))
          return other(`${pageText(role.page)}的批注被加上了脚本或其他主动动作`, role.page)
      }
      return {
        level: 'annotations',
        description: `修改了${pageText(role.page)}的批注`,
        ...at(role)
      }
    case 'annotation-appearance':
      return {
        level: 'annotations',
        description: `修改了${pageText(role.page)}批注的外观`,
        ...at(role)
      }
    case 'acroform':
      return judgeAcroForm(diff)
    case 'fields':
      if (diff.change === 'added') return judgeNewField(diff, facts)
      return other(`删除了表单域「${removedFieldName(diff, facts)}」`)
    case 'field':
      return judgeField(diff, role, facts)
    case 'field-value':
      return judgeValue(role.name, facts)
    case 'field-appearance':
      return judgeAppearance(role.name, role.isSignature, facts)
    case 'form-resources':
      return { level: 'form-filling', description: '更新了表单的默认资源（/DR）' }
    case 'signature-value':
      return other(`签名域「${role.name}」的签名字典被修改（${keyText(key)}）`)
    case 'validation-data':
      return { level: 'signatures-dss-timestamps', description: validationText(role.what, key) }
    case 'names':
      return key === 'Dests'
        ? { level: 'signatures-dss-timestamps', description: '更新了命名目标（/Dests）' }
        : other(namesText(key))
    case 'named-destinations':
      return { level: 'signatures-dss-timestamps', description: '更新了命名目标（/Dests）' }
    case 'foreign':
      return other(foreignText(role.what, key))
  }
}

const at = (role: Role): { page?: number } => {
  const page = pageOfRole(role)
  return page !== undefined ? { page } : {}
}

const keyText = (key: string): string =>
  key === 'data' ? '数据' : key.startsWith('[') ? '数组元素' : `/${key}`

function judgeCatalog(diff: Diff): Judgement | undefined {
  const { key, change } = diff
  switch (key) {
    case 'DSS':
      return change === 'removed'
        ? other('删除了文档安全存储（DSS）')
        : { level: 'signatures-dss-timestamps', description: validationText('dss', key) }
    case 'Metadata':
      return { level: 'signatures-dss-timestamps', description: validationText('metadata', key) }
    case 'Extensions':
    case 'MarkInfo':
    case 'Version':
      return {
        level: 'signatures-dss-timestamps',
        description: validationText('catalog-entry', key)
      }
    case 'AcroForm':
      return change === 'added' ? undefined : other('表单字典（/AcroForm）被删除或替换')
    case 'Names':
      return change === 'added' ? undefined : other('文档目录的 /Names 被删除或替换')
    case 'Pages':
      return other('页面树被替换')
    default:
      return other(`文档目录的 /${key} 被修改`)
  }
}

function judgeAcroForm(diff: Diff): Judgement | undefined {
  switch (diff.key) {
    case 'Fields':
      return diff.change === 'added' ? undefined : other('删除了全部表单域')
    case 'DA':
    case 'Q':
    case 'NeedAppearances':
      return { level: 'form-filling', description: `更新了表单的默认外观设置（/${diff.key}）` }
    case 'DR':
      return { level: 'form-filling', description: '更新了表单的默认资源（/DR）' }
    case 'SigFlags':
      return {
        level: 'signatures-dss-timestamps',
        description: '更新了表单的签名标志（/SigFlags）'
      }
    default:
      return other(`表单字典（/AcroForm）的 /${diff.key} 被修改`)
  }
}

/** Keys of a field or widget that change how it looks: allowed only with its value or signature. */
const APPEARANCE_KEYS = new Set(['AP', 'AS', 'MK', 'DA', 'Q', 'F'])
/** Field flags and the type entry: pyHanko's always-modifiable keys. */
const FLAG_KEYS = new Set(['Ff', 'Type'])

function judgeField(
  diff: Diff,
  role: Extract<Role, { kind: 'field' }>,
  facts: RevisionFacts
): Judgement | undefined {
  const { name, isSignature } = role
  const { key, change } = diff
  if (key === 'V') {
    if (!isSignature) return judgeValue(name, facts)
    if (change === 'added' && facts.signedNow(name)) return signing(name, facts)
    if (change === 'added') return other(`签名域「${name}」被指向一个并非本次签署的签名`)
    if (change === 'removed') return other(`签名域「${name}」的签名被删除`)
    return other(`签名域「${name}」的签名被改指向其他签名字典`)
  }
  if (APPEARANCE_KEYS.has(key)) return judgeAppearance(name, isSignature, facts)
  if (FLAG_KEYS.has(key)) {
    return {
      level: 'signatures-dss-timestamps',
      description: `更新了${fieldText(isSignature)}「${name}」的标志（/${key}）`
    }
  }
  if (key === 'StructParent' && isSignature && facts.signedNow(name)) return signing(name, facts)
  return other(`${fieldText(isSignature)}「${name}」的 ${keyText(key)} 被修改`)
}

function signing(name: string, facts: RevisionFacts): Judgement {
  return facts.visibleAfter(name, false)
    ? { level: 'form-filling', description: `签署了签名域「${name}」（可见签章）` }
    : { level: 'signatures-dss-timestamps', description: `签署了签名域「${name}」` }
}

function judgeValue(name: string, facts: RevisionFacts): Judgement {
  return facts.displayedBefore(name)
    ? {
        level: 'form-filling',
        description: `修改了签署时已有内容的表单域「${name}」，请核对其现值`,
        review: true
      }
    : { level: 'form-filling', description: `填写了表单域「${name}」` }
}

function judgeAppearance(name: string, isSignature: boolean, facts: RevisionFacts): Judgement {
  if (isSignature) {
    return facts.signedNow(name)
      ? signing(name, facts)
      : other(`签名域「${name}」的外观被修改，而该签名域未在此次更新中签署`)
  }
  if (!facts.valueChanged(name)) return other(`表单域「${name}」的值未变，外观却被修改`)
  return facts.displayedBefore(name)
    ? judgeValue(name, facts)
    : { level: 'form-filling', description: `更新了表单域「${name}」的外观` }
}

function judgeNewAnnotation(diff: Diff, facts: RevisionFacts, page: number | undefined): Judgement {
  const annotation = diff.after
  if (!isDict(annotation)) return other(`在${pageText(page)}新增了无法识别的批注`, page)
  const field = facts.fieldNode(undefined, diff.itemAfter)
  if (field) return newFieldJudgement(field.name, field.isSignature, facts, page)
  if (isName(annotation.entries.get('Subtype'), 'Widget'))
    return other(`在${pageText(page)}新增了不属于任何表单域的控件`, page)
  if (hasActiveAction(facts.document, annotation, facts.revision))
    return other(`在${pageText(page)}新增的批注带有脚本或其他主动动作`, page)
  return {
    level: 'annotations',
    description: `在${pageText(page)}新增批注（${subtypeText(annotation)}）`,
    ...(page !== undefined ? { page } : {})
  }
}

function judgeNewField(diff: Diff, facts: RevisionFacts): Judgement {
  const field = facts.fieldNode(undefined, diff.itemAfter)
  if (!field) return other('新增了无法识别的表单域')
  return newFieldJudgement(field.name, field.isSignature, facts, undefined)
}

/**
 * A field this update added. A signature field signed in the same update is a new signature
 * (visible ones may not follow a certification: pyHanko); an unsigned one is allowed only
 * when it shows nothing, or it could paint over signed content (the sneaky-signature attack).
 */
function newFieldJudgement(
  name: string,
  isSignature: boolean,
  facts: RevisionFacts,
  page: number | undefined
): Judgement {
  const where = page !== undefined ? { page } : {}
  if (!isSignature) return other(`新增表单域「${name}」`, page)
  if (facts.signedNow(name)) {
    return facts.visibleAfter(name, false)
      ? {
          level: 'form-filling',
          description: `新增签名域「${name}」并签署（可见签章）`,
          notAfterCertification: true,
          ...where
        }
      : { level: 'signatures-dss-timestamps', description: `新增签名域「${name}」并签署`, ...where }
  }
  if (facts.visibleAfter(name, true)) {
    return other(`新增的签名域「${name}」尚未签名，却带有可见外观，可能遮盖已签名的内容`, page)
  }
  return { level: 'signatures-dss-timestamps', description: `新增空白签名域「${name}」`, ...where }
}

function removedFieldName(diff: Diff, facts: RevisionFacts): string {
  return facts.fieldNode(diff.itemBefore, undefined)?.name ?? String(diff.itemBefore ?? '?')
}

function subtypeText(annotation: PdfDict): string {
  const subtype = annotation.entries.get('Subtype')
  return isName(subtype) ? `/${subtype.value}` : '未知类型'
}

function pageCountText(facts: RevisionFacts): string {
  const { pageCountBefore: before, pageCountAfter: after } = facts
  if (after > before) return `新增了页面（页数 ${before} → ${after}）`
  if (after < before) return `删除了页面（页数 ${before} → ${after}）`
  return '页面树被修改（页面顺序或页面对象被替换）'
}

function contentText(role: Extract<Role, { kind: 'page-content' }>): string {
  const page = pageText(role.page)
  if (role.via === 'Contents') return `${page}的内容流被修改`
  if (role.via === 'Resources') return `${page}的资源（字体、图像或表单对象）被修改`
  return `${page}的 /${role.via} 被修改`
}

function validationText(what: Extract<Role, { kind: 'validation-data' }>['what'], key: string) {
  switch (what) {
    case 'dss':
      return '更新了文档安全存储（DSS）中的验证数据'
    case 'metadata':
      return '更新了文档元数据（/Metadata）'
    case 'info':
      return '更新了文档信息字典（/Info）'
    case 'catalog-entry':
      return `更新了文档目录的 /${key}`
  }
}

function namesText(key: string): string {
  if (key === 'JavaScript') return '新增或修改了文档级脚本（/Names /JavaScript）'
  if (key === 'EmbeddedFiles') return '新增或修改了附件（/Names /EmbeddedFiles）'
  return `文档目录 /Names 的 /${key} 被修改`
}

function foreignText(what: string, key: string): string {
  if (what === 'action') return '动作（/A、/AA）被修改'
  if (what === 'shared') return '一个被许多对象共用的对象被修改'
  if (what === 'field') return '表单域数组中出现了无法识别的对象'
  return `文档的 /${what} 被修改${key.startsWith('[') || key === 'data' ? '' : `（/${key}）`}`
}
