/**
 * The whitelist's verdict on one difference (pdf/diff/judge.ts), called directly with the
 * difference the paired walk would record and what is known about the update. Levels follow
 * pyHanko's rules (validation data and new signatures are signatures-dss-timestamps, field values
 * and visible signatures form filling, comments annotations, anything else other) and the words
 * are codes with parameters, written here by hand with the Chinese the user reads for each.
 */
import { describe, expect, it } from 'vitest'
import { createDocument } from '../../../fixtures/pdf'
import { openPdf } from '../../../../src/shared/domain/seals/pdf/document'
import type { RevisionFacts } from '../../../../src/shared/domain/seals/pdf/diff/facts'
import type { FieldNode } from '../../../../src/shared/domain/seals/pdf/diff/form'
import { judge } from '../../../../src/shared/domain/seals/pdf/diff/judge'
import type { Role } from '../../../../src/shared/domain/seals/pdf/diff/roles'
import type { Diff } from '../../../../src/shared/domain/seals/pdf/diff/walk'
import type { PdfDict, PdfObject } from '../../../../src/shared/domain/seals/pdf/objects'
import { message, type Message, type MessageParam } from '../../../../src/shared/i18n'
import { zh } from './words'

/** What the judge may ask about the update, stated per test. */
interface Update {
  pages?: { before: number; after: number }
  /** Field and widget objects by number, before or after the update. */
  nodes?: Array<[number, FieldNode]>
  /** Signature fields that got their signature in this very update. */
  signedNow?: string[]
  /** Fields with a widget that has an area and is not hidden after the update. */
  withArea?: string[]
  /** Of those, the ones whose appearance paints something. */
  painting?: string[]
  /** Fields that showed a value or painted appearance when signed. */
  displayedBefore?: string[]
  valueChanged?: string[]
}

const opened = openPdf(createDocument().bytes)
if (!opened.ok) throw new Error('the one-page fixture does not open')
const document = opened.document

function factsOf(update: Update): RevisionFacts {
  const nodes = new Map(update.nodes ?? [])
  const has = (list: string[] | undefined, name: string) => list?.includes(name) ?? false
  const facts: Pick<
    RevisionFacts,
    | 'document'
    | 'revision'
    | 'pageCountBefore'
    | 'pageCountAfter'
    | 'fieldNode'
    | 'signedNow'
    | 'visibleAfter'
    | 'displayedBefore'
    | 'valueChanged'
  > = {
    document,
    revision: 0,
    pageCountBefore: update.pages?.before ?? 1,
    pageCountAfter: update.pages?.after ?? 1,
    fieldNode: (oldNum, newNum) => nodes.get(newNum ?? oldNum ?? -1),
    signedNow: (name) => has(update.signedNow, name),
    visibleAfter: (name, requireAppearance) =>
      has(update.withArea, name) && (!requireAppearance || has(update.painting, name)),
    displayedBefore: (name) => has(update.displayedBefore, name),
    valueChanged: (name) => has(update.valueChanged, name)
  }
  // The judge reads only these; the rest of RevisionFacts is how the real one finds them out.
  return facts as RevisionFacts
}

const judged = (
  role: Role,
  key: string,
  change: Diff['change'],
  update: Update = {},
  values: Partial<Pick<Diff, 'before' | 'after' | 'itemBefore' | 'itemAfter'>> = {}
) => judge({ role, key, change, before: undefined, after: undefined, ...values }, factsOf(update))

const dict = (entries: Record<string, PdfObject>): PdfDict => ({
  kind: 'dict',
  entries: new Map(Object.entries(entries))
})
const name = (value: string): PdfObject => ({ kind: 'name', value })

const illegal = (description: Message) => ({ level: 'other', description })

/** The page as the user counts it, and a page the judge cannot place. */
const pageNumber = (number: number) => message('seals.change.page.number', { number })
const anyPage = message('seals.change.page.any')
/** An entry by its key (`/Reason`), an array item, or a stream's bytes. */
const entry = (key: string) => message('seals.change.key.entry', { key })
const arrayItem = message('seals.change.key.arrayItem')
const streamData = message('seals.change.key.data')
const subtype = (name: string) => message('seals.change.subtype.named', { name })
const unknownSubtype = message('seals.change.subtype.unknown')

/**
 * A description as the judge should write it: its code and parameters, written here from what
 * the difference is, and checked to read as the Chinese a user sees.
 */
function said(code: string, params: Record<string, MessageParam> | undefined, chinese: string) {
  const description = message(code, params)
  expect(zh(description)).toBe(chinese)
  return description
}

describe('entries that show on no page', () => {
  it('a trailer entry other than /Info (here /Encrypt) is an illegal change, on no page', () => {
    expect(judged({ kind: 'trailer' }, 'Encrypt', 'added')).toStrictEqual(
      illegal(
        said('seals.change.trailerEntry', { key: 'Encrypt' }, '文件尾（trailer）的 /Encrypt 被修改')
      )
    )
    expect(judged({ kind: 'trailer' }, 'Info', 'added')).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said('seals.change.infoUpdated', undefined, '更新了文档信息字典（/Info）')
    })
  })

  it('removing the DSS is illegal, while adding one is validation data', () => {
    expect(judged({ kind: 'catalog' }, 'DSS', 'removed')).toStrictEqual(
      illegal(said('seals.change.dssRemoved', undefined, '删除了文档安全存储（DSS）'))
    )
    expect(judged({ kind: 'catalog' }, 'DSS', 'added')).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said(
        'seals.change.dssUpdated',
        undefined,
        '更新了文档安全存储（DSS）中的验证数据'
      )
    })
  })

  it('new data inside the DSS is validation data', () => {
    expect(judged({ kind: 'validation-data', what: 'dss' }, 'Certs', 'changed')).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said(
        'seals.change.dssUpdated',
        undefined,
        '更新了文档安全存储（DSS）中的验证数据'
      )
    })
  })

  it('a new /AcroForm is judged field by field; one removed or replaced is illegal', () => {
    expect(judged({ kind: 'catalog' }, 'AcroForm', 'added')).toBeUndefined()
    for (const change of ['removed', 'changed'] as const)
      expect(judged({ kind: 'catalog' }, 'AcroForm', change)).toStrictEqual(
        illegal(
          said('seals.change.acroFormReplaced', undefined, '表单字典（/AcroForm）被删除或替换')
        )
      )
  })

  it('a new /Names is judged tree by tree; one removed or replaced is illegal', () => {
    expect(judged({ kind: 'catalog' }, 'Names', 'added')).toBeUndefined()
    expect(judged({ kind: 'catalog' }, 'Names', 'changed')).toStrictEqual(
      illegal(said('seals.change.namesReplaced', undefined, '文档目录的 /Names 被删除或替换'))
    )
  })

  it('the catalog pointing at another page tree is illegal and said so', () => {
    expect(judged({ kind: 'catalog' }, 'Pages', 'changed')).toStrictEqual(
      illegal(said('seals.change.pageTreeReplaced', undefined, '页面树被替换'))
    )
  })

  it('a new /Fields array in the form is judged field by field', () => {
    expect(judged({ kind: 'acroform' }, 'Fields', 'added')).toBeUndefined()
  })

  it('a new font in the form resources (/DR) is form filling', () => {
    expect(judged({ kind: 'form-resources' }, 'Font', 'changed')).toStrictEqual({
      level: 'form-filling',
      description: said('seals.change.formResources', undefined, '更新了表单的默认资源（/DR）')
    })
  })

  it('a new named destination inside /Dests is harmless', () => {
    expect(judged({ kind: 'named-destinations' }, 'Names', 'changed')).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said('seals.change.namedDestinations', undefined, '更新了命名目标（/Dests）')
    })
  })
})

describe('pages', () => {
  it('the page count going up, down or staying while the tree changes, in words', () => {
    const kids = (before: number, after: number) =>
      judged({ kind: 'kids' }, '[]', 'changed', { pages: { before, after } })
    expect(kids(2, 3)).toStrictEqual(
      illegal(said('seals.change.pagesAdded', { before: 2, after: 3 }, '新增了页面（页数 2 → 3）'))
    )
    expect(kids(3, 2)).toStrictEqual(
      illegal(
        said('seals.change.pagesRemoved', { before: 3, after: 2 }, '删除了页面（页数 3 → 2）')
      )
    )
    expect(kids(2, 2)).toStrictEqual(
      illegal(
        said('seals.change.pageTreeChanged', undefined, '页面树被修改（页面顺序或页面对象被替换）')
      )
    )
  })

  it("a page's /Contents pointing elsewhere is its content replaced", () => {
    expect(judged({ kind: 'page', page: 0 }, 'Contents', 'changed')).toStrictEqual({
      level: 'other',
      description: said(
        'seals.change.pageContentsReplaced',
        { page: pageNumber(1) },
        '第 1 页的内容被替换'
      ),
      page: 0
    })
  })

  it('what draws a page is told apart: content stream, resources, other attributes', () => {
    const content = (via: string, page: number | undefined) =>
      judged({ kind: 'page-content', page, via }, 'data', 'changed')
    expect(content('Contents', 1)).toStrictEqual({
      level: 'other',
      description: said(
        'seals.change.contentStream',
        { page: pageNumber(2) },
        '第 2 页的内容流被修改'
      ),
      page: 1
    })
    expect(content('Resources', 0)).toStrictEqual({
      level: 'other',
      description: said(
        'seals.change.pageResources',
        { page: pageNumber(1) },
        '第 1 页的资源（字体、图像或表单对象）被修改'
      ),
      page: 0
    })
    expect(content('MediaBox', 0)).toStrictEqual({
      level: 'other',
      description: said(
        'seals.change.pageEntry',
        { page: pageNumber(1), key: 'MediaBox' },
        '第 1 页的 /MediaBox 被修改'
      ),
      page: 0
    })
  })

  it('resources inherited from the page tree belong to no one page: 页面', () => {
    expect(
      judged({ kind: 'page-content', page: undefined, via: 'Resources' }, 'Font', 'changed')
    ).toStrictEqual(
      illegal(
        said(
          'seals.change.pageResources',
          { page: anyPage },
          '页面的资源（字体、图像或表单对象）被修改'
        )
      )
    )
  })
})

describe('comments', () => {
  it("a comment's new colour is an annotation change pointing at its page", () => {
    const red: PdfObject = { kind: 'array', items: [1, 0, 0] }
    expect(
      judged({ kind: 'annotation', page: 0 }, 'C', 'changed', {}, { after: red })
    ).toStrictEqual({
      level: 'annotations',
      description: said(
        'seals.change.annotationChanged',
        { page: pageNumber(1) },
        '修改了第 1 页的批注'
      ),
      page: 0
    })
  })

  it('a comment on no known page carries no page number', () => {
    expect(judged({ kind: 'annotation', page: undefined }, 'Contents', 'changed')).toStrictEqual({
      level: 'annotations',
      description: said('seals.change.annotationChanged', { page: anyPage }, '修改了页面的批注')
    })
  })

  it("a comment's new appearance is an annotation change, not a form or page change", () => {
    expect(judged({ kind: 'annotation-appearance', page: 1 }, 'data', 'changed')).toStrictEqual({
      level: 'annotations',
      description: said(
        'seals.change.annotationAppearanceChanged',
        { page: pageNumber(2) },
        '修改了第 2 页批注的外观'
      ),
      page: 1
    })
  })

  // ISO 32000-1 §12.6.4: GoTo, URI, Named and Thread only navigate; anything else acts.
  const script = dict({ S: name('JavaScript') })
  const action = (key: 'A' | 'AA', change: Diff['change'], values: Partial<Diff>) =>
    judged({ kind: 'annotation', page: 0 }, key, change, {}, values)
  const scripted = {
    level: 'other',
    description: said(
      'seals.change.annotationActionAdded',
      { page: pageNumber(1) },
      '第 1 页的批注被加上了脚本或其他主动动作'
    ),
    page: 0
  }
  const edited = {
    level: 'annotations',
    description: said(
      'seals.change.annotationChanged',
      { page: pageNumber(1) },
      '修改了第 1 页的批注'
    ),
    page: 0
  }

  it('a script given to an existing comment, as /A or in /AA, is illegal', () => {
    expect(action('A', 'added', { after: script })).toStrictEqual(scripted)
    expect(action('AA', 'added', { after: dict({ PO: script }) })).toStrictEqual(scripted)
  })

  it('a link to another page given to a comment, or its action removed, is a comment change', () => {
    expect(action('A', 'added', { after: dict({ S: name('GoTo') }) })).toStrictEqual(edited)
    expect(action('A', 'removed', { before: script })).toStrictEqual(edited)
  })

  const added = (annotation: PdfObject, page: number | undefined, update: Update = {}) =>
    judged({ kind: 'annots', page }, '[]', 'added', update, { after: annotation, itemAfter: 40 })

  it('a new sticky note is an annotation change on its page', () => {
    expect(added(dict({ Subtype: name('Text') }), 0)).toStrictEqual({
      level: 'annotations',
      description: said(
        'seals.change.annotationAdded',
        { page: pageNumber(1), subtype: subtype('Text') },
        '在第 1 页新增批注（/Text）'
      ),
      page: 0
    })
    expect(added(dict({ Subtype: name('Text') }), undefined)).toStrictEqual({
      level: 'annotations',
      description: said(
        'seals.change.annotationAdded',
        { page: anyPage, subtype: subtype('Text') },
        '在页面新增批注（/Text）'
      )
    })
  })

  it('a new comment without /Subtype is listed as of unknown type', () => {
    expect(added(dict({ Contents: name('x') }), 0)).toStrictEqual({
      level: 'annotations',
      description: said(
        'seals.change.annotationAdded',
        { page: pageNumber(1), subtype: unknownSubtype },
        '在第 1 页新增批注（未知类型）'
      ),
      page: 0
    })
  })

  it('a new entry in /Annots that is no dictionary is illegal', () => {
    expect(added(7, 0)).toStrictEqual({
      level: 'other',
      description: said(
        'seals.change.unknownAnnotationAdded',
        { page: pageNumber(1) },
        '在第 1 页新增了无法识别的批注'
      ),
      page: 0
    })
  })

  it('a new widget that belongs to no field is illegal', () => {
    expect(added(dict({ Subtype: name('Widget') }), 0)).toStrictEqual({
      level: 'other',
      description: said(
        'seals.change.orphanWidgetAdded',
        { page: pageNumber(1) },
        '在第 1 页新增了不属于任何表单域的控件'
      ),
      page: 0
    })
  })
})

describe('form fields', () => {
  const text = (key: string, change: Diff['change'], update: Update = {}) =>
    judged({ kind: 'field', name: 'name', isSignature: false }, key, change, update)
  const signature = (key: string, change: Diff['change'], update: Update = {}) =>
    judged({ kind: 'field', name: 'Sig1', isSignature: true }, key, change, update)

  it("a text field's tooltip (/TU) changed is illegal and names it a 表单域", () => {
    expect(text('TU', 'changed')).toStrictEqual(
      illegal(
        said(
          'seals.change.formFieldEntry',
          { name: 'name', key: entry('TU') },
          '表单域「name」的 /TU 被修改'
        )
      )
    )
  })

  it('a signature removed from its field is illegal', () => {
    expect(signature('V', 'removed', { signedNow: ['Sig1'] })).toStrictEqual(
      illegal(said('seals.change.signatureRemoved', { name: 'Sig1' }, '签名域「Sig1」的签名被删除'))
    )
  })

  it('a field given a signature this update did not make is illegal', () => {
    expect(signature('V', 'added')).toStrictEqual(
      illegal(
        said(
          'seals.change.foreignSignature',
          { name: 'Sig1' },
          '签名域「Sig1」被指向一个并非本次签署的签名'
        )
      )
    )
  })

  it('signing an invisible field is a signature-level change', () => {
    expect(signature('V', 'added', { signedNow: ['Sig1'] })).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said('seals.change.signed', { name: 'Sig1' }, '签署了签名域「Sig1」')
    })
  })

  // pyHanko: a signature widget with an area changes what the page shows, whatever it paints.
  it('signing a field whose widget has an area is form filling, even with an empty appearance', () => {
    expect(signature('V', 'added', { signedNow: ['Sig1'], withArea: ['Sig1'] })).toStrictEqual({
      level: 'form-filling',
      description: said(
        'seals.change.signedVisible',
        { name: 'Sig1' },
        '签署了签名域「Sig1」（可见签章）'
      )
    })
  })

  it('/StructParent written while signing the field belongs to the signing', () => {
    expect(signature('StructParent', 'added', { signedNow: ['Sig1'] })).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said('seals.change.signed', { name: 'Sig1' }, '签署了签名域「Sig1」')
    })
  })

  it('/StructParent written on a signature field not signed now is illegal', () => {
    expect(signature('StructParent', 'added')).toStrictEqual(
      illegal(
        said(
          'seals.change.signatureFieldEntry',
          { name: 'Sig1', key: entry('StructParent') },
          '签名域「Sig1」的 /StructParent 被修改'
        )
      )
    )
  })

  it('signing a field does not license other changes to it, such as its tooltip', () => {
    expect(signature('TU', 'changed', { signedNow: ['Sig1'] })).toStrictEqual(
      illegal(
        said(
          'seals.change.signatureFieldEntry',
          { name: 'Sig1', key: entry('TU') },
          '签名域「Sig1」的 /TU 被修改'
        )
      )
    )
  })

  it('a new appearance for a text field whose empty value was filled is form filling', () => {
    expect(
      judged({ kind: 'field-appearance', name: 'name', isSignature: false }, 'data', 'changed', {
        valueChanged: ['name']
      })
    ).toStrictEqual({
      level: 'form-filling',
      description: said(
        'seals.change.fieldAppearance',
        { name: 'name' },
        '更新了表单域「name」的外观'
      )
    })
  })

  it('a change inside a signature dictionary names what changed: bytes, an item, a key', () => {
    const inSignature = (key: string) =>
      judged({ kind: 'signature-value', name: 'Sig1' }, key, 'changed')
    expect(inSignature('data')).toStrictEqual(
      illegal(
        said(
          'seals.change.signatureDictionary',
          { name: 'Sig1', key: streamData },
          '签名域「Sig1」的签名字典被修改（数据）'
        )
      )
    )
    expect(inSignature('[1]')).toStrictEqual(
      illegal(
        said(
          'seals.change.signatureDictionary',
          { name: 'Sig1', key: arrayItem },
          '签名域「Sig1」的签名字典被修改（数组元素）'
        )
      )
    )
    expect(inSignature('Reason')).toStrictEqual(
      illegal(
        said(
          'seals.change.signatureDictionary',
          { name: 'Sig1', key: entry('Reason') },
          '签名域「Sig1」的签名字典被修改（/Reason）'
        )
      )
    )
  })
})

describe('fields added or removed', () => {
  const sig2: [number, FieldNode] = [40, { name: 'Sig2', isSignature: true }]
  const inAnnots = (update: Update) =>
    judged({ kind: 'annots', page: 1 }, '[]', 'added', update, {
      after: dict({ Subtype: name('Widget') }),
      itemAfter: 40
    })
  const inFields = (update: Update) =>
    judged({ kind: 'fields' }, '[]', 'added', update, { after: dict({}), itemAfter: 40 })

  it('a new signature field signed now: the widget in /Annots points at its page', () => {
    expect(inAnnots({ nodes: [sig2], signedNow: ['Sig2'] })).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said(
        'seals.change.signatureFieldAddedSigned',
        { name: 'Sig2' },
        '新增签名域「Sig2」并签署'
      ),
      page: 1
    })
  })

  it('the same field in /Fields concerns no one page', () => {
    expect(inFields({ nodes: [sig2], signedNow: ['Sig2'] })).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said(
        'seals.change.signatureFieldAddedSigned',
        { name: 'Sig2' },
        '新增签名域「Sig2」并签署'
      )
    })
  })

  it('a new signature whose widget has an area is visible, even with an empty appearance', () => {
    expect(inAnnots({ nodes: [sig2], signedNow: ['Sig2'], withArea: ['Sig2'] })).toStrictEqual({
      level: 'form-filling',
      description: said(
        'seals.change.signatureFieldAddedSignedVisible',
        { name: 'Sig2' },
        '新增签名域「Sig2」并签署（可见签章）'
      ),
      notAfterCertification: true,
      page: 1
    })
  })

  it('an unsigned new signature field that paints nothing is allowed', () => {
    expect(inFields({ nodes: [sig2], withArea: ['Sig2'] })).toStrictEqual({
      level: 'signatures-dss-timestamps',
      description: said(
        'seals.change.signatureFieldAddedBlank',
        { name: 'Sig2' },
        '新增空白签名域「Sig2」'
      )
    })
  })

  it('a new text field is illegal, shown on the page of its widget', () => {
    expect(inAnnots({ nodes: [[40, { name: 'note', isSignature: false }]] })).toStrictEqual({
      level: 'other',
      description: said('seals.change.formFieldAdded', { name: 'note' }, '新增表单域「note」'),
      page: 1
    })
  })

  it('a new entry in /Fields that is no field is illegal', () => {
    expect(inFields({})).toStrictEqual(
      illegal(said('seals.change.unknownFieldAdded', undefined, '新增了无法识别的表单域'))
    )
  })

  it('a removed field is named; one that cannot be read by its object number, or by ?', () => {
    const removed = (itemBefore: number | undefined, nodes: Update['nodes'] = []) =>
      judged({ kind: 'fields' }, '[]', 'removed', { nodes }, { itemBefore })
    expect(removed(12, [[12, { name: 'name', isSignature: false }]])).toStrictEqual(
      illegal(said('seals.change.fieldRemoved', { name: 'name' }, '删除了表单域「name」'))
    )
    expect(removed(12)).toStrictEqual(
      illegal(said('seals.change.fieldRemoved', { name: '12' }, '删除了表单域「12」'))
    )
    expect(removed(undefined)).toStrictEqual(
      illegal(said('seals.change.fieldRemoved', { name: '?' }, '删除了表单域「?」'))
    )
  })
})

describe('what no rule knows', () => {
  const foreign = (what: string, key: string) => judged({ kind: 'foreign', what }, key, 'changed')

  it('actions, shared objects and stray /Fields entries each have their own words', () => {
    expect(foreign('action', 'S')).toStrictEqual(
      illegal(said('seals.change.action', undefined, '动作（/A、/AA）被修改'))
    )
    expect(foreign('shared', 'data')).toStrictEqual(
      illegal(said('seals.change.sharedObject', undefined, '一个被许多对象共用的对象被修改'))
    )
    expect(foreign('field', 'T')).toStrictEqual(
      illegal(
        said('seals.change.unknownFieldObject', undefined, '表单域数组中出现了无法识别的对象')
      )
    )
  })

  it('elsewhere the entry is named, but not an array item or stream bytes', () => {
    expect(foreign('Outlines', 'Title')).toStrictEqual(
      illegal(
        said(
          'seals.change.documentEntryKey',
          { what: 'Outlines', key: 'Title' },
          '文档的 /Outlines 被修改（/Title）'
        )
      )
    )
    expect(foreign('Outlines', '[0]')).toStrictEqual(
      illegal(said('seals.change.documentEntry', { what: 'Outlines' }, '文档的 /Outlines 被修改'))
    )
    expect(foreign('Outlines', 'data')).toStrictEqual(
      illegal(said('seals.change.documentEntry', { what: 'Outlines' }, '文档的 /Outlines 被修改'))
    )
  })
})
