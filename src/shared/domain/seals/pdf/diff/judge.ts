/**
 * The whitelist (修改白名单): every difference the paired walk found is judged by the role it
 * was found under. Nothing is allowed unless a rule here allows it, and then only at the level
 * the rule names (pyHanko's model); everything else is `other`, which fails the signature.
 * Each judgement says what changed as words (`seals.change.*` of the seals catalog).
 */
import { message, type Message } from '../../../../i18n/message'
import { type PdfDict, isDict, isName } from '../objects'
import type { DocumentChange } from './change'
import type { RevisionFacts } from './facts'
import { pageOfRole, type Role } from './roles'
import { hasActiveAction } from './visibility'
import type { Diff } from './walk'

export type Judgement = Omit<DocumentChange, 'revision'>

const other = (description: Message, page?: number): Judgement => ({
  level: 'other',
  description,
  ...(page !== undefined ? { page } : {})
})

/** The page as people count it (第 1 页), or "a page" when it is not known. */
const pageWords = (page: number | undefined): Message =>
  page === undefined
    ? message('seals.change.page.any')
    : message('seals.change.page.number', { number: page + 1 })

/** The judgement of one difference; undefined when the difference is judged elsewhere. */
export function judge(diff: Diff, facts: RevisionFacts): Judgement | undefined {
  const { role, key } = diff
  switch (role.kind) {
    case 'trailer':
      // The document information dictionary (title, producer, dates) shows on no page; writers
      // add or replace it with every save, signing tools included (pyHanko's DocInfoRule).
      return key === 'Info'
        ? { level: 'signatures-dss-timestamps', description: validationWords('info', key) }
        : other(message('seals.change.trailerEntry', { key }))
    case 'catalog':
      return judgeCatalog(diff)
    case 'page-tree':
      return other(
        key === 'Count'
          ? message('seals.change.pageCount')
          : message('seals.change.pageTreeEntry', { key })
      )
    case 'kids':
      return other(pageCountWords(facts))
    case 'page':
      if (key === 'Annots' && diff.change === 'added') return undefined
      if (key === 'Annots')
        return other(
          message('seals.change.allAnnotationsRemoved', { page: pageWords(role.page) }),
          role.page
        )
      if (key === 'Contents')
        return other(
          message('seals.change.pageContentsReplaced', { page: pageWords(role.page) }),
          role.page
        )
      return other(
        message('seals.change.pageEntry', { page: pageWords(role.page), key }),
        role.page
      )
    case 'page-content':
      return other(contentWords(role), role.page)
    case 'annots':
      if (diff.change === 'added') return judgeNewAnnotation(diff, facts, role.page)
      return other(
        message('seals.change.annotationRemoved', { page: pageWords(role.page) }),
        role.page
      )
    case 'annotation':
      // An action given to an existing comment is judged as a new comment's would be. The
      // changed entry alone is looked at, and only an /A or /AA entry holds actions.
      if (diff.after !== undefined) {
        const changed: PdfDict = { kind: 'dict', entries: new Map([[key, diff.after]]) }
        if (hasActiveAction(facts.document, changed, facts.revision))
          return other(
            message('seals.change.annotationActionAdded', { page: pageWords(role.page) }),
            role.page
          )
      }
      return {
        level: 'annotations',
        description: message('seals.change.annotationChanged', { page: pageWords(role.page) }),
        ...at(role)
      }
    case 'annotation-appearance':
      return {
        level: 'annotations',
        description: message('seals.change.annotationAppearanceChanged', {
          page: pageWords(role.page)
        }),
        ...at(role)
      }
    case 'acroform':
      return judgeAcroForm(diff)
    case 'fields':
      if (diff.change === 'added') return judgeNewField(diff, facts)
      return other(message('seals.change.fieldRemoved', { name: removedFieldName(diff, facts) }))
    case 'field':
      return judgeField(diff, role, facts)
    case 'field-value':
      return judgeValue(role.name, facts)
    case 'field-appearance':
      return judgeAppearance(role.name, role.isSignature, facts)
    case 'form-resources':
      return { level: 'form-filling', description: message('seals.change.formResources') }
    case 'signature-value':
      return other(
        message('seals.change.signatureDictionary', { name: role.name, key: keyWords(key) })
      )
    case 'validation-data':
      return { level: 'signatures-dss-timestamps', description: validationWords(role.what, key) }
    case 'names':
      return key === 'Dests'
        ? {
            level: 'signatures-dss-timestamps',
            description: message('seals.change.namedDestinations')
          }
        : other(namesWords(key))
    case 'named-destinations':
      return {
        level: 'signatures-dss-timestamps',
        description: message('seals.change.namedDestinations')
      }
    case 'foreign':
      return other(foreignWords(role.what, key))
  }
}

const at = (role: Role): { page?: number } => {
  const page = pageOfRole(role)
  return page !== undefined ? { page } : {}
}

/** A changed entry: `/Key`, an array item, or a stream's data. */
const keyWords = (key: string): Message =>
  key === 'data'
    ? message('seals.change.key.data')
    : key.startsWith('[')
      ? message('seals.change.key.arrayItem')
      : message('seals.change.key.entry', { key })

function judgeCatalog(diff: Diff): Judgement | undefined {
  const { key, change } = diff
  switch (key) {
    case 'DSS':
      return change === 'removed'
        ? other(message('seals.change.dssRemoved'))
        : { level: 'signatures-dss-timestamps', description: validationWords('dss', key) }
    case 'Metadata':
      return { level: 'signatures-dss-timestamps', description: validationWords('metadata', key) }
    case 'Extensions':
    case 'MarkInfo':
    case 'Version':
      return {
        level: 'signatures-dss-timestamps',
        description: validationWords('catalog-entry', key)
      }
    case 'AcroForm':
      return change === 'added' ? undefined : other(message('seals.change.acroFormReplaced'))
    case 'Names':
      return change === 'added' ? undefined : other(message('seals.change.namesReplaced'))
    case 'Pages':
      return other(message('seals.change.pageTreeReplaced'))
    default:
      return other(message('seals.change.catalogEntry', { key }))
  }
}

function judgeAcroForm(diff: Diff): Judgement | undefined {
  switch (diff.key) {
    case 'Fields':
      return diff.change === 'added' ? undefined : other(message('seals.change.allFieldsRemoved'))
    case 'DA':
    case 'Q':
    case 'NeedAppearances':
      return {
        level: 'form-filling',
        description: message('seals.change.formDefaults', { key: diff.key })
      }
    case 'DR':
      return { level: 'form-filling', description: message('seals.change.formResources') }
    case 'SigFlags':
      return { level: 'signatures-dss-timestamps', description: message('seals.change.sigFlags') }
    default:
      return other(message('seals.change.acroFormEntry', { key: diff.key }))
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
    if (change === 'added') return other(message('seals.change.foreignSignature', { name }))
    if (change === 'removed') return other(message('seals.change.signatureRemoved', { name }))
    return other(message('seals.change.signatureReplaced', { name }))
  }
  if (APPEARANCE_KEYS.has(key)) return judgeAppearance(name, isSignature, facts)
  if (FLAG_KEYS.has(key)) {
    return {
      level: 'signatures-dss-timestamps',
      description: isSignature
        ? message('seals.change.signatureFieldFlags', { name, key })
        : message('seals.change.formFieldFlags', { name, key })
    }
  }
  if (key === 'StructParent' && isSignature && facts.signedNow(name)) return signing(name, facts)
  return other(
    isSignature
      ? message('seals.change.signatureFieldEntry', { name, key: keyWords(key) })
      : message('seals.change.formFieldEntry', { name, key: keyWords(key) })
  )
}

function signing(name: string, facts: RevisionFacts): Judgement {
  return facts.visibleAfter(name, false)
    ? { level: 'form-filling', description: message('seals.change.signedVisible', { name }) }
    : { level: 'signatures-dss-timestamps', description: message('seals.change.signed', { name }) }
}

function judgeValue(name: string, facts: RevisionFacts): Judgement {
  return facts.displayedBefore(name)
    ? {
        level: 'form-filling',
        description: message('seals.change.valueRewritten', { name }),
        review: true
      }
    : { level: 'form-filling', description: message('seals.change.valueFilled', { name }) }
}

function judgeAppearance(name: string, isSignature: boolean, facts: RevisionFacts): Judgement {
  if (isSignature) {
    return facts.signedNow(name)
      ? signing(name, facts)
      : other(message('seals.change.unsignedSignatureAppearance', { name }))
  }
  if (!facts.valueChanged(name))
    return other(message('seals.change.appearanceWithoutValue', { name }))
  return facts.displayedBefore(name)
    ? judgeValue(name, facts)
    : { level: 'form-filling', description: message('seals.change.fieldAppearance', { name }) }
}

function judgeNewAnnotation(diff: Diff, facts: RevisionFacts, page: number | undefined): Judgement {
  const annotation = diff.after
  if (!isDict(annotation))
    return other(message('seals.change.unknownAnnotationAdded', { page: pageWords(page) }), page)
  const field = facts.fieldNode(undefined, diff.itemAfter)
  if (field) return newFieldJudgement(field.name, field.isSignature, facts, page)
  if (isName(annotation.entries.get('Subtype'), 'Widget'))
    return other(message('seals.change.orphanWidgetAdded', { page: pageWords(page) }), page)
  if (hasActiveAction(facts.document, annotation, facts.revision))
    return other(message('seals.change.activeAnnotationAdded', { page: pageWords(page) }), page)
  return {
    level: 'annotations',
    description: message('seals.change.annotationAdded', {
      page: pageWords(page),
      subtype: subtypeWords(annotation)
    }),
    ...(page !== undefined ? { page } : {})
  }
}

function judgeNewField(diff: Diff, facts: RevisionFacts): Judgement {
  const field = facts.fieldNode(undefined, diff.itemAfter)
  if (!field) return other(message('seals.change.unknownFieldAdded'))
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
  if (!isSignature) return other(message('seals.change.formFieldAdded', { name }), page)
  if (facts.signedNow(name)) {
    return facts.visibleAfter(name, false)
      ? {
          level: 'form-filling',
          description: message('seals.change.signatureFieldAddedSignedVisible', { name }),
          notAfterCertification: true,
          ...where
        }
      : {
          level: 'signatures-dss-timestamps',
          description: message('seals.change.signatureFieldAddedSigned', { name }),
          ...where
        }
  }
  if (facts.visibleAfter(name, true)) {
    return other(message('seals.change.signatureFieldAddedVisibleUnsigned', { name }), page)
  }
  return {
    level: 'signatures-dss-timestamps',
    description: message('seals.change.signatureFieldAddedBlank', { name }),
    ...where
  }
}

function removedFieldName(diff: Diff, facts: RevisionFacts): string {
  return facts.fieldNode(diff.itemBefore, undefined)?.name ?? String(diff.itemBefore ?? '?')
}

function subtypeWords(annotation: PdfDict): Message {
  const subtype = annotation.entries.get('Subtype')
  return isName(subtype)
    ? message('seals.change.subtype.named', { name: subtype.value })
    : message('seals.change.subtype.unknown')
}

function pageCountWords(facts: RevisionFacts): Message {
  const { pageCountBefore: before, pageCountAfter: after } = facts
  if (after > before) return message('seals.change.pagesAdded', { before, after })
  if (after < before) return message('seals.change.pagesRemoved', { before, after })
  return message('seals.change.pageTreeChanged')
}

function contentWords(role: Extract<Role, { kind: 'page-content' }>): Message {
  if (role.via === 'Contents')
    return message('seals.change.contentStream', { page: pageWords(role.page) })
  if (role.via === 'Resources')
    return message('seals.change.pageResources', { page: pageWords(role.page) })
  return message('seals.change.pageEntry', { page: pageWords(role.page), key: role.via })
}

function validationWords(
  what: Extract<Role, { kind: 'validation-data' }>['what'],
  key: string
): Message {
  switch (what) {
    case 'dss':
      return message('seals.change.dssUpdated')
    case 'metadata':
      return message('seals.change.metadataUpdated')
    case 'info':
      return message('seals.change.infoUpdated')
    case 'catalog-entry':
      return message('seals.change.catalogEntryUpdated', { key })
  }
}

function namesWords(key: string): Message {
  if (key === 'JavaScript') return message('seals.change.documentScript')
  if (key === 'EmbeddedFiles') return message('seals.change.attachments')
  return message('seals.change.namesEntry', { key })
}

function foreignWords(what: string, key: string): Message {
  if (what === 'action') return message('seals.change.action')
  if (what === 'shared') return message('seals.change.sharedObject')
  if (what === 'field') return message('seals.change.unknownFieldObject')
  return key.startsWith('[') || key === 'data'
    ? message('seals.change.documentEntry', { what })
    : message('seals.change.documentEntryKey', { what, key })
}
