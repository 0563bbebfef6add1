/**
 * The grammar of the difference analysis (pdf/diff/roles.ts), one key at a time: the role the
 * value under each key plays, written by hand from ISO 32000-1 (the trailer 7.5.5, the catalog
 * 7.7.2, the page tree and pages 7.7.3, annotations 12.5, the interactive form 12.7, name trees
 * 7.7.4) and from pyHanko's whitelist. The role decides the judgement: a change inside a DSS is
 * validation data, a change inside an unknown catalog entry fails the signature, a back-pointer
 * is compared by what it points at only, and foreign paths (actions, outlines, named
 * destinations) are walked last and only point at pages and fields.
 */
import { describe, expect, it } from 'vitest'
import {
  type Role,
  type Step,
  roleKey,
  stepInto
} from '../../../../src/shared/domain/seals/pdf/diff/roles'

/** The value is part of the structure and judged under `role`. */
const structural = (role: Role): Step => ({ kind: 'descend', role, foreign: false })
/** The value is on a foreign path: walked after the structure, pointing at pages and fields. */
const foreignPath = (role: Role): Step => ({ kind: 'descend', role, foreign: true })
/** A back-pointer, compared by the object it names, never descended into. */
const link: Step = { kind: 'link' }
/** A key that describes the file, not the document. */
const ignored: Step = { kind: 'ignore' }

type Case = [what: string, from: Role, key: string, step: Step]

const check = (from: Role, key: string, step: Step) => expect(stepInto(from, key)).toEqual(step)

describe('the trailer', () => {
  const trailer: Role = { kind: 'trailer' }
  it.each<Case>([
    ['/Root leads to the document catalog', trailer, 'Root', structural({ kind: 'catalog' })],
    [
      '/Info is validation data, not a change of the document',
      trailer,
      'Info',
      structural({ kind: 'validation-data', what: 'info' })
    ],
    [
      'a changed /Encrypt is judged as a foreign change, not skipped like /Size',
      trailer,
      'Encrypt',
      structural({ kind: 'foreign', what: 'Encrypt' })
    ],
    ['/Size describes the file and is skipped', trailer, 'Size', ignored],
    ['/Prev describes the file and is skipped', trailer, 'Prev', ignored],
    ['/ID describes the file and is skipped', trailer, 'ID', ignored]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('the document catalog', () => {
  const catalog: Role = { kind: 'catalog' }
  it.each<Case>([
    ['/Pages leads to the page tree', catalog, 'Pages', structural({ kind: 'page-tree' })],
    [
      '/AcroForm leads to the interactive form',
      catalog,
      'AcroForm',
      structural({ kind: 'acroform' })
    ],
    [
      'a change inside the DSS is validation data, not a foreign catalog entry',
      catalog,
      'DSS',
      structural({ kind: 'validation-data', what: 'dss' })
    ],
    [
      'a change inside the XMP metadata stream is metadata, not a name tree or foreign entry',
      catalog,
      'Metadata',
      structural({ kind: 'validation-data', what: 'metadata' })
    ],
    ['/Names leads to the name dictionary', catalog, 'Names', structural({ kind: 'names' })],
    [
      '/Perms (usage rights) is compared by identity, not walked as a foreign catalog entry',
      catalog,
      'Perms',
      link
    ],
    [
      '/MarkInfo is a catalog flag that signing tools set',
      catalog,
      'MarkInfo',
      structural({ kind: 'validation-data', what: 'catalog-entry' })
    ],
    [
      '/Version is a catalog flag that signing tools set',
      catalog,
      'Version',
      structural({ kind: 'validation-data', what: 'catalog-entry' })
    ],
    [
      '/Extensions is a catalog flag that signing tools set',
      catalog,
      'Extensions',
      structural({ kind: 'validation-data', what: 'catalog-entry' })
    ],
    [
      '/Outlines (bookmarks) is a foreign path, walked last and only pointing at pages',
      catalog,
      'Outlines',
      foreignPath({ kind: 'foreign', what: 'Outlines' })
    ],
    [
      '/OpenAction is a foreign path named after its key',
      catalog,
      'OpenAction',
      foreignPath({ kind: 'foreign', what: 'OpenAction' })
    ]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('the page tree', () => {
  const node: Role = { kind: 'page-tree' }
  it.each<Case>([
    ['/Kids of a node lists its pages and child nodes', node, 'Kids', structural({ kind: 'kids' })],
    ['/Parent of a node points back up the tree, compared by identity', node, 'Parent', link],
    [
      '/Count is a page attribute of no particular page, not a list of kids',
      node,
      'Count',
      structural({ kind: 'page-content', page: undefined, via: 'Count' })
    ],
    [
      'inherited /Resources draw every page below the node',
      node,
      'Resources',
      structural({ kind: 'page-content', page: undefined, via: 'Resources' })
    ]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('a page', () => {
  const page: Role = { kind: 'page', page: 1 }
  it.each<Case>([
    [
      '/Annots of the second page lists its annotations',
      page,
      'Annots',
      structural({ kind: 'annots', page: 1 })
    ],
    ['/Parent points back to the page tree, compared by identity', page, 'Parent', link],
    [
      '/Contents draws the second page',
      page,
      'Contents',
      structural({ kind: 'page-content', page: 1, via: 'Contents' })
    ],
    [
      '/MediaBox is a page attribute of the second page',
      page,
      'MediaBox',
      structural({ kind: 'page-content', page: 1, via: 'MediaBox' })
    ]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('an annotation', () => {
  const annotation: Role = { kind: 'annotation', page: 0 }
  const appearance: Role = { kind: 'annotation-appearance', page: 0 }
  const action = foreignPath({ kind: 'foreign', what: 'action' })
  it.each<Case>([
    ['/P points back to its page, compared by identity', annotation, 'P', link],
    ['/Parent points back to the annotation it pops up from', annotation, 'Parent', link],
    ['/IRT points at the annotation it replies to', annotation, 'IRT', link],
    ['/Popup points at its pop-up window', annotation, 'Popup', link],
    ['/A (its action) is a foreign path', annotation, 'A', action],
    ['/AA (its additional actions) is a foreign path', annotation, 'AA', action],
    [
      '/AP is the appearance of the comment on the first page',
      annotation,
      'AP',
      structural({ kind: 'annotation-appearance', page: 0 })
    ],
    [
      '/Contents (its text) stays the comment itself',
      annotation,
      'Contents',
      structural(annotation)
    ],
    [
      '/Rect stays the comment itself, not its appearance',
      annotation,
      'Rect',
      structural(annotation)
    ],
    ['a back-pointer inside the appearance is still a link', appearance, 'P', link],
    ['an action inside the appearance is still a foreign path', appearance, 'A', action],
    [
      'the normal appearance (/N) stays the appearance of the comment',
      appearance,
      'N',
      structural(appearance)
    ],
    [
      'an /AP nested in the appearance stays the appearance',
      appearance,
      'AP',
      structural(appearance)
    ]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('the interactive form dictionary', () => {
  const acroform: Role = { kind: 'acroform' }
  it.each<Case>([
    ['/Fields lists the top-level fields', acroform, 'Fields', structural({ kind: 'fields' })],
    [
      '/DR holds the resources that draw field values',
      acroform,
      'DR',
      structural({ kind: 'form-resources' })
    ],
    [
      '/XFA is a foreign path named AcroForm/XFA',
      acroform,
      'XFA',
      foreignPath({ kind: 'foreign', what: 'AcroForm/XFA' })
    ],
    [
      '/CO (calculation order) is a foreign path named AcroForm/CO',
      acroform,
      'CO',
      foreignPath({ kind: 'foreign', what: 'AcroForm/CO' })
    ],
    ['/DA (default appearance) is a form entry', acroform, 'DA', structural(acroform)],
    [
      '/SigFlags is a form entry, not a field list or resources',
      acroform,
      'SigFlags',
      structural(acroform)
    ]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('a form field', () => {
  const text: Role = { kind: 'field', name: 'status', isSignature: false }
  const signature: Role = { kind: 'field', name: 'Sig1', isSignature: true }
  const action = foreignPath({ kind: 'foreign', what: 'action' })
  it.each<Case>([
    ['/Kids lists its child fields and widgets', text, 'Kids', structural({ kind: 'fields' })],
    ['/Parent points back to its parent field', text, 'Parent', link],
    ['/P of its widget points back to the page', text, 'P', link],
    [
      "/V of a text field is the field's value",
      text,
      'V',
      structural({ kind: 'field-value', name: 'status' })
    ],
    [
      '/V of a signature field is the signature dictionary',
      signature,
      'V',
      structural({ kind: 'signature-value', name: 'Sig1' })
    ],
    [
      '/AP of a text field is its appearance',
      text,
      'AP',
      structural({ kind: 'field-appearance', name: 'status', isSignature: false })
    ],
    [
      '/MK (appearance characteristics) of a signature field is its appearance',
      signature,
      'MK',
      structural({ kind: 'field-appearance', name: 'Sig1', isSignature: true })
    ],
    ['/A (its action) is a foreign path', text, 'A', action],
    ['/AA (its additional actions) is a foreign path', text, 'AA', action],
    ['/T (its name) stays the field itself, not its appearance', text, 'T', structural(text)],
    ['/Ff (its flags) stays the signature field itself', signature, 'Ff', structural(signature)]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('inside a value, an appearance, resources or page content', () => {
  const value: Role = { kind: 'field-value', name: 'status' }
  const appearance: Role = { kind: 'field-appearance', name: 'status', isSignature: false }
  const resources: Role = { kind: 'form-resources' }
  const content: Role = { kind: 'page-content', page: 0, via: 'Resources' }
  const dss: Role = { kind: 'validation-data', what: 'dss' }
  it.each<Case>([
    ['a rich-text value keeps the role of the value', value, 'RV', structural(value)],
    [
      "an appearance's resources keep the role of the appearance",
      appearance,
      'Resources',
      structural(appearance)
    ],
    [
      'a font in /DR keeps the role of the form resources',
      resources,
      'Font',
      structural(resources)
    ],
    ["a font of the page's resources still draws the page", content, 'Font', structural(content)],
    ['certificates in the DSS keep the role of the DSS', dss, 'Certs', structural(dss)]
  ])('%s, in the structure', (_, from, key, step) => check(from, key, step))
})

describe('the signature dictionary', () => {
  const signature: Role = { kind: 'signature-value', name: 'Sig1' }
  it.each<Case>([
    [
      "a reference's /Data points at what it protects, compared by identity",
      signature,
      'Data',
      link
    ],
    [
      '/Contents (the CMS blob) stays the signature dictionary',
      signature,
      'Contents',
      structural(signature)
    ],
    ['/ByteRange stays the signature dictionary', signature, 'ByteRange', structural(signature)]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('name trees and foreign paths', () => {
  const names: Role = { kind: 'names' }
  const destinations: Role = { kind: 'named-destinations' }
  const outlines: Role = { kind: 'foreign', what: 'Outlines' }
  it.each<Case>([
    [
      '/Dests in /Names holds named destinations, a foreign path',
      names,
      'Dests',
      foreignPath({ kind: 'named-destinations' })
    ],
    [
      '/JavaScript in /Names is a foreign path named Names/JavaScript',
      names,
      'JavaScript',
      foreignPath({ kind: 'foreign', what: 'Names/JavaScript' })
    ],
    [
      '/EmbeddedFiles in /Names is a foreign path named Names/EmbeddedFiles',
      names,
      'EmbeddedFiles',
      foreignPath({ kind: 'foreign', what: 'Names/EmbeddedFiles' })
    ],
    [
      'the leaves of the named destinations stay a foreign path',
      destinations,
      'Names',
      foreignPath(destinations)
    ],
    [
      "a bookmark's /First stays on the foreign path of the outlines",
      outlines,
      'First',
      foreignPath(outlines)
    ],
    [
      "a bookmark's /Dest stays on the foreign path, so a page it names is only pointed at",
      outlines,
      'Dest',
      foreignPath(outlines)
    ]
  ])('%s', (_, from, key, step) => check(from, key, step))
})

describe('an object reached along several paths is compared once per role', () => {
  // Two roles with the same key are compared once; so roles judged differently need their own.
  const distinct: Array<[what: string, roles: Role[]]> = [
    [
      'fields of different names',
      [
        { kind: 'field', name: 'status', isSignature: false },
        { kind: 'field', name: 'remark', isSignature: false }
      ]
    ],
    [
      'appearances of different fields',
      [
        { kind: 'field-appearance', name: 'status', isSignature: false },
        { kind: 'field-appearance', name: 'remark', isSignature: false }
      ]
    ],
    [
      'the appearance of a signature field and of a text field of the same name',
      [
        { kind: 'field-appearance', name: 'x', isSignature: true },
        { kind: 'field-appearance', name: 'x', isSignature: false }
      ]
    ],
    [
      'values of different fields',
      [
        { kind: 'field-value', name: 'status' },
        { kind: 'field-value', name: 'remark' }
      ]
    ],
    [
      'signature dictionaries of different signature fields',
      [
        { kind: 'signature-value', name: 'Sig1' },
        { kind: 'signature-value', name: 'Sig2' }
      ]
    ],
    [
      'the kinds of validation data',
      [
        { kind: 'validation-data', what: 'dss' },
        { kind: 'validation-data', what: 'metadata' },
        { kind: 'validation-data', what: 'info' },
        { kind: 'validation-data', what: 'catalog-entry' }
      ]
    ],
    [
      'a field, its value, its appearance and a signature of the same name',
      [
        { kind: 'field', name: 'x', isSignature: false },
        { kind: 'field-value', name: 'x' },
        { kind: 'field-appearance', name: 'x', isSignature: false },
        { kind: 'signature-value', name: 'x' }
      ]
    ],
    [
      'an appearance shared with page content',
      [
        { kind: 'field-appearance', name: 'status', isSignature: false },
        { kind: 'page-content', page: 0, via: 'Resources' }
      ]
    ]
  ]
  it.each(distinct)('compared once for each of %s', (_, roles) => {
    expect(new Set(roles.map(roleKey)).size).toBe(roles.length)
  })

  it('an image reached through /Contents and through /Resources of one page is compared once', () => {
    expect(roleKey({ kind: 'page-content', page: 0, via: 'Contents' })).toBe(
      roleKey({ kind: 'page-content', page: 0, via: 'Resources' })
    )
  })
})
