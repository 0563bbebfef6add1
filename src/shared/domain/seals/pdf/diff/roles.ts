/**
 * The grammar of the difference analysis (修改分析): what an object is for, seen from the path
 * that reaches it from the trailer (its role), and which role each key of a dictionary hands
 * to its value. A change is judged by the role of the dictionary, array or stream it is found
 * in; an object reached along several paths is compared once per role and judged under each,
 * so an appearance stream shared with page content cannot pass as form filling.
 *
 * Keys are structural, links (compared by identity only: back-pointers such as /Parent and /P,
 * which the structure reaches anyway) or foreign (outlines, actions, named destinations, keys
 * no rule knows). Foreign paths are walked after the structure and judged strictly; where they
 * point at a page or a field they only point (PairedWalk.isDestination), so a bookmark to a
 * page never judges that page's legitimate annotations, while an unknown catalog key sharing
 * a field's appearance stream still fails its overwrite (pyHanko's clobbering test).
 */

export type Role =
  | { kind: 'trailer' }
  | { kind: 'catalog' }
  | { kind: 'page-tree' }
  /** /Kids of a page-tree node. */
  | { kind: 'kids' }
  | { kind: 'page'; page: number | undefined }
  /** Anything that draws a page: /Contents, /Resources and what they reach, page attributes. */
  | { kind: 'page-content'; page: number | undefined; via: string }
  | { kind: 'annots'; page: number | undefined }
  | { kind: 'annotation'; page: number | undefined }
  | { kind: 'annotation-appearance'; page: number | undefined }
  | { kind: 'acroform' }
  /** /Fields of the form, or /Kids of a field. */
  | { kind: 'fields' }
  /** A form field, a widget of one, or both merged in one dictionary. */
  | { kind: 'field'; name: string; isSignature: boolean }
  | { kind: 'field-value'; name: string }
  | { kind: 'field-appearance'; name: string; isSignature: boolean }
  /** /AcroForm /DR: fonts and other resources used to draw field values. */
  | { kind: 'form-resources' }
  /** The signature dictionary (/V of a signature field) and what it reaches. */
  | { kind: 'signature-value'; name: string }
  /** Data that does not change what a page shows: DSS, XMP metadata, /Info, catalog flags. */
  | { kind: 'validation-data'; what: 'dss' | 'metadata' | 'info' | 'catalog-entry' }
  | { kind: 'names' }
  | { kind: 'named-destinations' }
  | { kind: 'foreign'; what: string }

export type Step =
  { kind: 'ignore' } | { kind: 'link' } | { kind: 'descend'; role: Role; foreign: boolean }

const structural = (role: Role): Step => ({ kind: 'descend', role, foreign: false })
const foreign = (role: Role): Step => ({ kind: 'descend', role, foreign: true })
const LINK: Step = { kind: 'link' }
const IGNORE: Step = { kind: 'ignore' }

/** Roles whose value, when a key adds it, is compared against an empty one key by key. */
export const JUDGED_WHEN_ADDED: ReadonlySet<Role['kind']> = new Set([
  'annots',
  'acroform',
  'fields',
  'names'
])

/** Identifies a visit: the same object under the same role key is compared once. */
export function roleKey(role: Role): string {
  switch (role.kind) {
    case 'field':
    case 'field-appearance':
      return `${role.kind}:${role.isSignature}:${role.name}`
    case 'field-value':
    case 'signature-value':
      return `${role.kind}:${role.name}`
    case 'validation-data':
      return `${role.kind}:${role.what}`
    default:
      return role.kind
  }
}

/** Catalog keys that change with signing and validation data, never what a page shows. */
const CATALOG_ENTRIES = new Set(['Extensions', 'MarkInfo', 'Version'])
/** Annotation keys that point back into the structure. */
const ANNOTATION_LINKS = new Set(['Parent', 'P', 'IRT', 'Popup'])
/** Field keys whose change is an appearance change. */
const FIELD_APPEARANCE_KEYS = new Set(['AP', 'MK'])

/** The step from a dictionary with `role` into its value under `key`. */
export function stepInto(role: Role, key: string): Step {
  switch (role.kind) {
    case 'trailer':
      if (key === 'Root') return structural({ kind: 'catalog' })
      if (key === 'Info') return structural({ kind: 'validation-data', what: 'info' })
      if (key === 'Encrypt') return structural({ kind: 'foreign', what: 'Encrypt' })
      // /Size, /Prev, /ID, /XRefStm and an xref stream's own keys describe the file, not it.
      return IGNORE
    case 'catalog':
      return catalogStep(key)
    case 'page-tree':
      if (key === 'Kids') return structural({ kind: 'kids' })
      if (key === 'Parent') return LINK
      return structural({ kind: 'page-content', page: undefined, via: key })
    case 'page':
      if (key === 'Annots') return structural({ kind: 'annots', page: role.page })
      if (key === 'Parent') return LINK
      return structural({ kind: 'page-content', page: role.page, via: key })
    case 'annotation':
    case 'annotation-appearance':
      if (ANNOTATION_LINKS.has(key)) return LINK
      if (key === 'A' || key === 'AA') return foreign({ kind: 'foreign', what: 'action' })
      // An /AP nested in an appearance is still the appearance of the same annotation.
      if (key === 'AP') return structural({ kind: 'annotation-appearance', page: role.page })
      return structural(role)
    case 'acroform':
      if (key === 'Fields') return structural({ kind: 'fields' })
      if (key === 'DR') return structural({ kind: 'form-resources' })
      if (key === 'XFA' || key === 'CO')
        return foreign({ kind: 'foreign', what: `AcroForm/${key}` })
      return structural(role)
    case 'field':
      return fieldStep(role, key)
    case 'field-value':
    case 'field-appearance':
    case 'form-resources':
    case 'page-content':
    case 'validation-data':
    case 'named-destinations':
    case 'foreign':
      return role.kind === 'named-destinations' || role.kind === 'foreign'
        ? foreign(role)
        : structural(role)
    case 'signature-value':
      // A signature reference's /Data points at what it protects (often the catalog).
      return key === 'Data' ? LINK : structural(role)
    case 'names':
      return key === 'Dests'
        ? foreign({ kind: 'named-destinations' })
        : foreign({ kind: 'foreign', what: `Names/${key}` })
    case 'kids':
    case 'annots':
    case 'fields':
      // Arrays: their items get roles from ItemRoles, not from keys.
      return structural(role)
  }
}

function catalogStep(key: string): Step {
  switch (key) {
    case 'Pages':
      return structural({ kind: 'page-tree' })
    case 'AcroForm':
      return structural({ kind: 'acroform' })
    case 'DSS':
      return structural({ kind: 'validation-data', what: 'dss' })
    case 'Metadata':
      return structural({ kind: 'validation-data', what: 'metadata' })
    case 'Names':
      return structural({ kind: 'names' })
    case 'Perms':
      return LINK
    default:
      return CATALOG_ENTRIES.has(key)
        ? structural({ kind: 'validation-data', what: 'catalog-entry' })
        : foreign({ kind: 'foreign', what: key })
  }
}

function fieldStep(role: Extract<Role, { kind: 'field' }>, key: string): Step {
  if (key === 'Kids') return structural({ kind: 'fields' })
  if (key === 'Parent' || key === 'P') return LINK
  if (key === 'V') {
    return structural(
      role.isSignature
        ? { kind: 'signature-value', name: role.name }
        : { kind: 'field-value', name: role.name }
    )
  }
  if (FIELD_APPEARANCE_KEYS.has(key)) {
    return structural({ kind: 'field-appearance', name: role.name, isSignature: role.isSignature })
  }
  if (key === 'A' || key === 'AA') return foreign({ kind: 'foreign', what: 'action' })
  return structural(role)
}

/** Where a description should point: the page of the role, if it has one. */
export function pageOfRole(role: Role): number | undefined {
  return 'page' in role ? role.page : undefined
}
