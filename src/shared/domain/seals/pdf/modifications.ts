/**
 * Changes since signing (签名后的修改): each incremental update is compared object by object with
 * the revision before it and classified like pyHanko's ModificationLevel, with a list of what
 * changed in words (zh-CN), like Acrobat's "changes made since signing".
 */
import type { PdfDocument } from './document'
import { listPages } from './pages'
import {
  type PdfDict,
  type PdfObject,
  changedKeys,
  isArray,
  isDict,
  isName,
  isRef,
  isStream,
  pdfEquals
} from './objects'
import { type ObjectRole, type RoleMap, buildRoleMap, findReferrers } from './roles'

/** pyHanko's ModificationLevel, least to most severe. */
export type ModificationLevel =
  | 'none'
  /** New signatures, document timestamps, DSS/VRI validation data, metadata. */
  | 'signatures-dss-timestamps'
  /** Field values (/V) and their appearance streams. */
  | 'form-filling'
  /** New or changed annotations (comments). */
  | 'annotations'
  /** Anything else: pages, page content, signature dictionaries, re-pointed fields, deletions. */
  | 'other'

export const MODIFICATION_LEVELS: readonly ModificationLevel[] = [
  'none',
  'signatures-dss-timestamps',
  'form-filling',
  'annotations',
  'other'
]

export function maxLevel(a: ModificationLevel, b: ModificationLevel): ModificationLevel {
  return MODIFICATION_LEVELS.indexOf(a) >= MODIFICATION_LEVELS.indexOf(b) ? a : b
}

export interface DocumentChange {
  /** The revision (0-based) that made the change. */
  revision: number
  level: Exclude<ModificationLevel, 'none'>
  description: string
  /** 0-based page index when the change concerns one page. */
  page?: number
}

export interface RevisionAnalysis {
  revision: number
  level: ModificationLevel
  changes: DocumentChange[]
}

const pageLabel = (page: number | undefined): string =>
  page === undefined ? '' : `第 ${page + 1} 页`

class RevisionComparison {
  readonly changes: DocumentChange[] = []
  private readonly before: RoleMap
  private readonly after: RoleMap
  private readonly signedNow: Set<string>

  constructor(
    private readonly document: PdfDocument,
    private readonly revision: number
  ) {
    this.before = buildRoleMap(document, revision - 1)
    this.after = buildRoleMap(document, revision)
    const signedFields = (map: RoleMap) =>
      new Set(
        [...map.roles.values()]
          .flat()
          .flatMap((role) => (role.kind === 'signature-value' ? [role.fieldName] : []))
      )
    const signedBefore = signedFields(this.before)
    this.signedNow = new Set(
      [...signedFields(this.after)].filter((name) => !signedBefore.has(name))
    )
  }

  record(level: DocumentChange['level'], description: string, page?: number): void {
    if (this.changes.some((change) => change.description === description)) return
    this.changes.push({
      revision: this.revision,
      level,
      description,
      ...(page !== undefined ? { page } : {})
    })
  }

  run(): void {
    const { document, revision } = this
    const previous = revision - 1
    const oldRoot = document.revisions[previous]!.trailer.entries.get('Root')
    const newRoot = document.revisions[revision]!.trailer.entries.get('Root')
    if (!pdfEquals(oldRoot, newRoot)) this.record('other', '文档目录（/Root）被替换为另一个对象')
    for (const [num, entry] of document.revisions[revision]!.entries) {
      document.budget.check()
      const before = document.object(num, previous)
      const after = entry.type === 'free' ? undefined : document.object(num, revision)
      if (isContainer(after?.value) || isContainer(before?.value)) continue
      if (!before) continue // a new object counts through whatever now refers to it
      const roles = this.before.roles.get(num) ?? []
      if (!after) {
        if (roles.length > 0)
          this.record('other', `删除了对象 ${num}（${describeRole(roles[0]!)}）`)
        continue
      }
      if (pdfEquals(before.value, after.value)) continue
      this.classify(num, before.value, after.value, roles)
    }
  }

  private classify(num: number, before: PdfObject, after: PdfObject, roles: ObjectRole[]): void {
    const role = primaryRole(roles)
    const oldDict = asDict(before)
    const newDict = asDict(after)
    switch (role?.kind) {
      case undefined:
        return this.record('other', `修改了签名时已有的对象 ${num}`)
      case 'signature-value':
        return this.record(
          'other',
          `签名域「${role.fieldName}」的签名字典被修改（${keysText(oldDict, newDict)}）`
        )
      case 'field':
      case 'widget':
        return this.classifyField(roles, oldDict, newDict)
      case 'appearance':
        return this.classifyAppearance(num, roles)
      case 'page':
        return this.classifyPage(role.page, oldDict, newDict)
      case 'annots-array':
        return this.compareAnnotations(role.page, before, after)
      case 'content':
        return this.record('other', `${pageLabel(role.page)}的内容流被修改`, role.page)
      case 'pages-node':
        return this.describePageTreeChange()
      case 'catalog':
        return this.classifyCatalog(oldDict, newDict)
      case 'acroform':
        return this.compareAcroForm(oldDict, newDict)
      case 'fields-array':
        return this.compareFields(before, after)
      case 'annotation':
        return this.record('annotations', `修改了${pageLabel(role.page)}的批注`, role.page)
      case 'form-resource':
        return this.classifyFormResource(num)
      case 'dss':
        return this.record('signatures-dss-timestamps', '更新了文档安全存储（DSS）中的验证数据')
      case 'info':
        return this.record('signatures-dss-timestamps', '更新了文档信息字典（/Info）')
      case 'metadata':
        return this.record('signatures-dss-timestamps', '更新了文档元数据（/Metadata）')
    }
  }

  private classifyField(
    roles: ObjectRole[],
    oldDict: PdfDict | undefined,
    newDict: PdfDict | undefined
  ): void {
    const field = roles.find((r) => r.kind === 'field')
    const widget = roles.find((r) => r.kind === 'widget')
    const name =
      field?.kind === 'field' ? field.name : widget?.kind === 'widget' ? widget.fieldName : ''
    const isSignature =
      (field?.kind === 'field' && field.isSignature) ||
      (widget?.kind === 'widget' && widget.isSignature)
    const beingSigned = isSignature && this.signedNow.has(name)
    const kind = isSignature ? '签名域' : '表单域'
    for (const key of oldDict && newDict ? changedKeys(oldDict, newDict) : ['?']) {
      if (key === 'V') {
        if (!isSignature) this.record('form-filling', `填写了表单域「${name}」`)
        else if (beingSigned) this.record('signatures-dss-timestamps', `签署了签名域「${name}」`)
        else this.record('other', `签名域「${name}」的签名被改指向其他签名字典`)
      } else if (key === 'AP' || key === 'AS' || key === 'MK') {
        if (!isSignature) this.record('form-filling', `更新了表单域「${name}」的外观`)
        else if (beingSigned) this.record('signatures-dss-timestamps', `签署了签名域「${name}」`)
        else this.record('other', `已签名的签名域「${name}」的外观被修改`)
      } else if (beingSigned && !STRUCTURAL_FIELD_KEYS.has(key)) {
        this.record('signatures-dss-timestamps', `签署了签名域「${name}」`)
      } else {
        this.record('other', `${kind}「${name}」的 /${key} 被修改`)
      }
    }
  }

  private classifyAppearance(num: number, roles: ObjectRole[]): void {
    const appearances = roles.flatMap((r) => (r.kind === 'appearance' ? [r] : []))
    const owners = new Set(appearances.map((r) => r.ownerNum))
    const allowed = new Set<number>([...owners].filter((n): n is number => n !== undefined))
    for (const [other, otherRoles] of this.before.roles) {
      if (otherRoles.some((r) => r.kind === 'appearance' && owners.has(r.ownerNum)))
        allowed.add(other)
    }
    const referrers = findReferrers(this.document, this.revision - 1, num)
    if ([...referrers].some((referrer) => !allowed.has(referrer))) {
      return this.record(
        'other',
        `覆盖了一个同时被其他内容引用的外观流（对象 ${num}），已签名的内容随之改变`
      )
    }
    for (const appearance of appearances) {
      const name = appearance.fieldName
      if (name === undefined) this.record('annotations', '修改了批注的外观')
      else if (!appearance.isSignature) this.record('form-filling', `更新了表单域「${name}」的外观`)
      else if (this.signedNow.has(name))
        this.record('form-filling', `签署签名域「${name}」时替换了其外观`)
      else this.record('other', `已签名的签名域「${name}」的外观被替换`)
    }
  }

  /** Form default resources may change with form filling, unless page content shares them. */
  private classifyFormResource(num: number): void {
    const allowed = new Set(
      [...this.before.roles]
        .filter(([, roles]) =>
          roles.some((r) => r.kind === 'acroform' || r.kind === 'form-resource')
        )
        .map(([other]) => other)
    )
    const referrers = findReferrers(this.document, this.revision - 1, num)
    if ([...referrers].some((referrer) => referrer !== -1 && !allowed.has(referrer))) {
      this.record('other', `覆盖了一个同时被其他内容引用的表单资源（对象 ${num}）`)
    } else this.record('form-filling', '更新了表单的默认资源（/DR）')
  }

  private classifyPage(
    page: number,
    oldDict: PdfDict | undefined,
    newDict: PdfDict | undefined
  ): void {
    for (const key of oldDict && newDict ? changedKeys(oldDict, newDict) : ['?']) {
      if (key === 'Annots') {
        this.compareAnnotations(
          page,
          oldDict?.entries.get('Annots'),
          newDict?.entries.get('Annots')
        )
      } else if (key === 'Contents') this.record('other', `${pageLabel(page)}的内容被替换`, page)
      else this.record('other', `${pageLabel(page)}的 /${key} 被修改`, page)
    }
  }

  private compareAnnotations(
    page: number,
    before: PdfObject | undefined,
    after: PdfObject | undefined
  ): void {
    const oldItems = refNums(this.document.resolve(before, this.revision - 1))
    const newItems = refNums(this.document.resolve(after, this.revision))
    if ([...oldItems].some((num) => !newItems.has(num))) {
      this.record('other', `删除了${pageLabel(page)}的批注或控件`, page)
    }
    for (const num of newItems) {
      if (oldItems.has(num)) continue
      const annotation = this.document.dict({ kind: 'ref', num, gen: 0 }, this.revision)
      const widget = this.after.roles.get(num)?.find((r) => r.kind === 'widget')
      if (widget?.kind === 'widget' && widget.isSignature) {
        this.record(
          'signatures-dss-timestamps',
          `在${pageLabel(page)}新增签名域「${widget.fieldName}」`,
          page
        )
      } else if (widget?.kind === 'widget') {
        this.record('other', `在${pageLabel(page)}新增表单域「${widget.fieldName}」`, page)
      } else {
        const subtype = annotation?.entries.get('Subtype')
        const label = isName(subtype) ? `/${subtype.value}` : '未知类型'
        this.record('annotations', `在${pageLabel(page)}新增批注（${label}）`, page)
      }
    }
  }

  private describePageTreeChange(): void {
    const before = this.before.pages.length
    const after = listPages(this.document, this.revision).length
    if (after > before) this.record('other', `新增了页面（页数 ${before} → ${after}）`)
    else if (after < before) this.record('other', `删除了页面（页数 ${before} → ${after}）`)
    else this.record('other', '页面树被修改（页面顺序或继承属性）')
  }

  private classifyCatalog(oldDict: PdfDict | undefined, newDict: PdfDict | undefined): void {
    for (const key of oldDict && newDict ? changedKeys(oldDict, newDict) : ['?']) {
      if (key === 'DSS' || key === 'Extensions') {
        this.record('signatures-dss-timestamps', '更新了文档安全存储（DSS）中的验证数据')
      } else if (key === 'Metadata')
        this.record('signatures-dss-timestamps', '更新了文档元数据（/Metadata）')
      else if (key === 'AcroForm') {
        this.compareAcroForm(
          this.document.dict(oldDict?.entries.get('AcroForm'), this.revision - 1),
          this.document.dict(newDict?.entries.get('AcroForm'), this.revision)
        )
      } else if (key === 'Pages') this.record('other', '页面树被替换')
      else this.record('other', `文档目录的 /${key} 被修改`)
    }
  }

  private compareAcroForm(oldDict: PdfDict | undefined, newDict: PdfDict | undefined): void {
    const empty: PdfDict = { kind: 'dict', entries: new Map() }
    for (const key of changedKeys(oldDict ?? empty, newDict ?? empty)) {
      if (key === 'Fields')
        this.compareFields(oldDict?.entries.get('Fields'), newDict?.entries.get('Fields'))
      else if (key === 'SigFlags')
        this.record('signatures-dss-timestamps', '更新了表单的签名标志（/SigFlags）')
      else if (key === 'DR' || key === 'DA' || key === 'NeedAppearances') {
        this.record('form-filling', `更新了表单的默认外观设置（/${key}）`)
      } else this.record('other', `表单字典（/AcroForm）的 /${key} 被修改`)
    }
  }

  private compareFields(before: PdfObject | undefined, after: PdfObject | undefined): void {
    const oldItems = refNums(this.document.resolve(before, this.revision - 1))
    const newItems = refNums(this.document.resolve(after, this.revision))
    for (const num of oldItems) {
      if (newItems.has(num)) continue
      const field = this.before.roles.get(num)?.find((r) => r.kind === 'field')
      this.record('other', `删除了表单域「${field?.kind === 'field' ? field.name : num}」`)
    }
    for (const num of newItems) {
      if (oldItems.has(num)) continue
      const field = this.after.roles.get(num)?.find((r) => r.kind === 'field')
      const name = field?.kind === 'field' ? field.name : String(num)
      if (field?.kind === 'field' && field.isSignature) {
        this.record('signatures-dss-timestamps', `新增签名域「${name}」`)
      } else this.record('other', `新增表单域「${name}」`)
    }
  }
}

/** Keys whose change re-points or restructures a field rather than fills or signs it. */
const STRUCTURAL_FIELD_KEYS = new Set(['FT', 'T', 'Parent', 'Kids', 'P', 'Rect', 'Subtype', 'Type'])

/** Which role decides when an object plays several (a merged field/widget, a shared stream). */
const ROLE_PRIORITY: ObjectRole['kind'][] = [
  'signature-value',
  'catalog',
  'pages-node',
  'page',
  'content',
  'field',
  'widget',
  'appearance',
  'annots-array',
  'acroform',
  'fields-array',
  'annotation',
  'form-resource',
  'dss',
  'info',
  'metadata'
]

function primaryRole(roles: ObjectRole[]): ObjectRole | undefined {
  for (const kind of ROLE_PRIORITY) {
    const role = roles.find((r) => r.kind === kind)
    if (role) return role
  }
  return undefined
}

function describeRole(role: ObjectRole): string {
  switch (role.kind) {
    case 'page':
      return pageLabel(role.page)
    case 'content':
      return `${pageLabel(role.page)}的内容`
    case 'field':
      return `表单域「${role.name}」`
    case 'widget':
      return `表单控件「${role.fieldName}」`
    case 'signature-value':
      return `签名域「${role.fieldName}」的签名`
    default:
      return role.kind
  }
}

function isContainer(value: PdfObject | undefined): boolean {
  return (
    isStream(value) &&
    (isName(value.dict.entries.get('Type'), 'XRef') ||
      isName(value.dict.entries.get('Type'), 'ObjStm'))
  )
}

function asDict(value: PdfObject): PdfDict | undefined {
  return isDict(value) ? value : isStream(value) ? value.dict : undefined
}

function keysText(oldDict: PdfDict | undefined, newDict: PdfDict | undefined): string {
  const keys = oldDict && newDict ? changedKeys(oldDict, newDict) : []
  return keys.length > 0 ? keys.map((key) => `/${key}`).join('、') : '整体替换'
}

function refNums(value: PdfObject | undefined): Set<number> {
  return new Set(
    isArray(value) ? value.items.flatMap((item) => (isRef(item) ? [item.num] : [])) : []
  )
}

/** Compares revision `revision` with the one before it. Revision 0 has nothing to compare. */
export function analyzeRevision(document: PdfDocument, revision: number): RevisionAnalysis {
  if (revision <= 0) return { revision, level: 'none', changes: [] }
  const comparison = new RevisionComparison(document, revision)
  comparison.run()
  const level = comparison.changes.reduce<ModificationLevel>(
    (worst, change) => maxLevel(worst, change.level),
    'none'
  )
  return { revision, level, changes: comparison.changes }
}
