/**
 * The whitelist, one key at a time: after an approval signature on the licence document, each
 * update below changes one entry, and the level and the words the user reads are written here
 * by hand from ISO 32000-1 and pyHanko's rules — validation data, metadata and signing flags are
 * harmless; actions, scripts, attachments, page geometry and form structure are not; form
 * defaults are form filling.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { SignedLicence } from '../../../fixtures/pdf/attacks/scenario'
import { verify } from './helpers'
import { js } from '../../../fixtures/pdf/attacks/updates'
import { streamBody } from '../../../fixtures/pdf/writer'
import {
  edited,
  signedLicence,
  withEntry,
  withNewObject,
  withTrailerEntry
} from './whitelist-cases'
import { zh } from './words'

type Level = 'none' | 'signatures-dss-timestamps' | 'form-filling' | 'annotations' | 'other'
type Case = [name: string, build: (pdf: SignedLicence) => Uint8Array, level: Level, words: string]

let pdf: SignedLicence
// Signing starts the test PKI, which can take a while on a busy machine.
beforeAll(async () => {
  pdf = await signedLicence()
}, 60_000)

const catalogCases: Case[] = [
  [
    'XMP metadata added',
    (p) =>
      withNewObject(p, streamBody('<x:xmpmeta/>'), (n) => [
        p.catalog,
        p.objects.get(p.catalog)!.replace(/>>$/, ` /Metadata ${n} 0 R >>`)
      ]),
    'signatures-dss-timestamps',
    '更新了文档元数据（/Metadata）'
  ],
  [
    '/MarkInfo added',
    (p) => withEntry(p, p.catalog, '/MarkInfo << /Marked true >>'),
    'signatures-dss-timestamps',
    '更新了文档目录的 /MarkInfo'
  ],
  [
    '/Version raised',
    (p) => withEntry(p, p.catalog, '/Version /2.0'),
    'signatures-dss-timestamps',
    '更新了文档目录的 /Version'
  ],
  [
    'developer /Extensions declared',
    (p) =>
      withEntry(p, p.catalog, '/Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel 8 >> >>'),
    'signatures-dss-timestamps',
    '更新了文档目录的 /Extensions'
  ],
  [
    'a DSS added',
    (p) => withEntry(p, p.catalog, '/DSS << /Certs [] >>'),
    'signatures-dss-timestamps',
    '更新了文档安全存储（DSS）中的验证数据'
  ],
  [
    'named destinations added',
    (p) =>
      withEntry(p, p.catalog, `/Names << /Dests << /Names [(a) [${p.pages[0]} 0 R /Fit]] >> >>`),
    'signatures-dss-timestamps',
    '更新了命名目标（/Dests）'
  ],
  [
    'usage rights (/Perms) added',
    (p) => withEntry(p, p.catalog, '/Perms << /UR3 << /Foo 1 >> >>'),
    'other',
    '文档目录的 /Perms 被修改'
  ],
  [
    'an open action running a script',
    (p) => withEntry(p, p.catalog, `/OpenAction ${js}`),
    'other',
    '文档目录的 /OpenAction 被修改'
  ],
  [
    'the page mode changed',
    (p) => withEntry(p, p.catalog, '/PageMode /UseOutlines'),
    'other',
    '文档目录的 /PageMode 被修改'
  ],
  [
    'an attachment added',
    (p) => withEntry(p, p.catalog, '/Names << /EmbeddedFiles << /Names [] >> >>'),
    'other',
    '新增或修改了附件（/Names /EmbeddedFiles）'
  ],
  [
    'a document-level script added',
    (p) => withEntry(p, p.catalog, `/Names << /JavaScript << /Names [(a) ${js}] >> >>`),
    'other',
    '新增或修改了文档级脚本（/Names /JavaScript）'
  ],
  [
    'appearance names added',
    (p) => withEntry(p, p.catalog, '/Names << /AP << /Names [] >> >>'),
    'other',
    '文档目录 /Names 的 /AP 被修改'
  ],
  [
    'a document information dictionary added',
    (p) => withTrailerEntry(p, `/Info ${p.size} 0 R`, [[p.size, '<< /Producer (x) >>']]),
    'signatures-dss-timestamps',
    '更新了文档信息字典（/Info）'
  ]
]

const formCases: Case[] = [
  [
    'the default appearance (/DA)',
    (p) =>
      edited(p, p.acroForm!, (b) => b.replace('/DA (/Helv 0 Tf 0 g)', '/DA (/Helv 10 Tf 0 g)')),
    'form-filling',
    '更新了表单的默认外观设置（/DA）'
  ],
  [
    '/NeedAppearances',
    (p) => withEntry(p, p.acroForm!, '/NeedAppearances true'),
    'form-filling',
    '更新了表单的默认外观设置（/NeedAppearances）'
  ],
  [
    'the default alignment (/Q)',
    (p) => withEntry(p, p.acroForm!, '/Q 1'),
    'form-filling',
    '更新了表单的默认外观设置（/Q）'
  ],
  [
    'default resources (/DR) given to the form',
    (p) => withEntry(p, p.acroForm!, `/DR << /Font << /Helv ${p.font} 0 R >> >>`),
    'form-filling',
    '更新了表单的默认资源（/DR）'
  ],
  [
    '/SigFlags',
    (p) => edited(p, p.acroForm!, (b) => b.replace('/SigFlags 3', '/SigFlags 1')),
    'signatures-dss-timestamps',
    '更新了表单的签名标志（/SigFlags）'
  ],
  [
    'an XFA form added',
    (p) => withEntry(p, p.acroForm!, '/XFA [(x) (y)]'),
    'other',
    '表单字典（/AcroForm）的 /XFA 被修改'
  ],
  [
    'a calculation order added',
    (p) => withEntry(p, p.acroForm!, `/CO [${p.status} 0 R]`),
    'other',
    '表单字典（/AcroForm）的 /CO 被修改'
  ],
  [
    'an unknown form entry',
    (p) => withEntry(p, p.acroForm!, '/Foo 1'),
    'other',
    '表单字典（/AcroForm）的 /Foo 被修改'
  ],
  [
    'every field removed',
    (p) => edited(p, p.acroForm!, (b) => b.replace(/\/Fields \[[^\]]*\]/, '')),
    'other',
    '删除了全部表单域'
  ],
  [
    'a keystroke script on a field (/AA)',
    (p) => withEntry(p, p.remark, `/AA << /K ${js} >>`),
    'other',
    '表单域「remark」的 /AA 被修改'
  ],
  [
    'an action on a field (/A)',
    (p) => withEntry(p, p.remark, `/A ${js}`),
    'other',
    '表单域「remark」的 /A 被修改'
  ],
  [
    'field flags (/Ff)',
    (p) => withEntry(p, p.remark, '/Ff 1'),
    'signatures-dss-timestamps',
    '更新了表单域「remark」的标志（/Ff）'
  ],
  [
    'a field tooltip (/TU)',
    (p) => withEntry(p, p.remark, '/TU (tooltip)'),
    'other',
    '表单域「remark」的 /TU 被修改'
  ],
  [
    'a red background (/MK) without a new value',
    (p) => withEntry(p, p.remark, '/MK << /BG [1 0 0] >>'),
    'other',
    '表单域「remark」的值未变，外观却被修改'
  ],
  [
    'the status field hidden (/F 2) without a new value',
    (p) => withEntry(p, p.status, '/F 2'),
    'other',
    '表单域「status」的值未变，外观却被修改'
  ],
  [
    'the empty signature field switched on (/AS)',
    (p) => withEntry(p, p.approval, '/AS /On'),
    'other',
    '签名域「Approval」的外观被修改，而该签名域未在此次更新中签署'
  ],
  [
    "the signature removed from the signed field's /V",
    (p) => edited(p, p.field, (b) => b.replace(/ \/V \d+ 0 R/, '')),
    'other',
    '签名域「Sig1」的签名被删除'
  ]
]

const pageCases: Case[] = [
  [
    'the first page rotated',
    (p) => withEntry(p, p.pages[0]!, '/Rotate 90'),
    'other',
    '第 1 页的 /Rotate 被修改'
  ],
  [
    'the page count declared as 1',
    (p) => edited(p, 2, (b) => b.replace('/Count 2', '/Count 1')),
    'other',
    '页数声明（/Count）被修改'
  ],
  [
    'resources inherited from the page tree',
    (p) => withEntry(p, 2, '/Resources << >>'),
    'other',
    '页面树的 /Resources 被修改'
  ],
  [
    "the first page's annotations removed",
    (p) => edited(p, p.pages[0]!, (b) => b.replace(/ \/Annots \[[^\]]*\]/, '')),
    'other',
    '删除了第 1 页的全部批注和控件'
  ]
]

describe.each([
  ['the catalog and trailer', catalogCases],
  ['the form', formCases],
  ['the pages', pageCases]
])('after an approval signature, a change of %s', (_, cases) => {
  it.each(cases)('%s: %s — %s', async (_name, build, level, words) => {
    const report = await verify(build(pdf))
    const signature = report.signatures.find((s) => s.fieldName === 'Sig1')!
    expect(signature.modification.level).toBe(level)
    expect(signature.modification.changes.map((change) => zh(change.description))).toEqual([words])
    expect(signature.modification.changes[0]!.level).toBe(level)
    expect(signature.verdict.status).toBe(level === 'other' ? 'failed' : 'passed')
  })
})
