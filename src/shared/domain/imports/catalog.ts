import { message } from '../../i18n/message'
import { checkLicenceTypeCode } from '../codes/licence-type-code'
import { checkUscc } from '../codes/uscc'
import { ValidityRange, type CatalogEntry } from '../licences/catalog-entry'
import { authorityLevelLabels } from '../licences/common'
import type { Department } from '../licences/department'
import { catalogHolderCategoryLabels } from '../licences/holder'
import { RowCheck } from './row-check'
import { openImportTable, type ColumnSpec, type ImportResult, type ImportTable } from './table'
import { parseLabelled, parseYesNo, type CellValue } from './values'

type CatalogColumn =
  | 'name'
  | 'typeCode'
  | 'licenceCategory'
  | 'issuingAuthorityName'
  | 'holderCategory'
  | 'definerName'
  | 'definerCode'
  | 'definerLevel'
  | 'itemName'
  | 'itemCode'
  | 'validityRange'
  | 'issuingAuthorityLevel'
  | 'issuerUscc'
  | 'superiorStandard'

export const CATALOG_COLUMNS: readonly ColumnSpec<CatalogColumn>[] = [
  {
    key: 'name',
    header: '证照名称',
    label: message('imports.header.catalog.name'),
    aliases: ['证照类型名称'],
    required: true
  },
  {
    key: 'typeCode',
    header: '证照类型代码',
    label: message('imports.header.catalog.typeCode'),
    required: true
  },
  {
    key: 'licenceCategory',
    header: '证照类型',
    label: message('imports.header.catalog.licenceCategory'),
    required: false
  },
  {
    key: 'issuingAuthorityName',
    header: '证照颁发机构',
    label: message('imports.header.catalog.issuingAuthorityName'),
    aliases: ['证照颁发机构名称'],
    required: false
  },
  {
    key: 'holderCategory',
    header: '持证主体类别',
    label: message('imports.header.catalog.holderCategory'),
    aliases: ['证照持有主体类型'],
    required: false
  },
  {
    key: 'definerName',
    header: '证照定义机构',
    label: message('imports.header.catalog.definerName'),
    aliases: ['证照定义机构名称'],
    required: true
  },
  {
    key: 'definerCode',
    header: '证照定义机构代码',
    label: message('imports.header.catalog.definerCode'),
    required: true
  },
  {
    key: 'definerLevel',
    header: '证照定义机构级别',
    label: message('imports.header.catalog.definerLevel'),
    required: true
  },
  {
    key: 'itemName',
    header: '关联事项名称',
    label: message('imports.header.catalog.itemName'),
    required: false
  },
  {
    key: 'itemCode',
    header: '关联事项代码',
    label: message('imports.header.catalog.itemCode'),
    required: false
  },
  {
    key: 'validityRange',
    header: '有效期限范围',
    label: message('imports.header.catalog.validityRange'),
    required: false
  },
  {
    key: 'issuingAuthorityLevel',
    header: '证照颁发机构级别',
    label: message('imports.header.catalog.issuingAuthorityLevel'),
    required: false
  },
  {
    key: 'issuerUscc',
    header: '颁发部门统一社会信用代码',
    label: message('imports.header.catalog.issuerUscc'),
    aliases: ['统一社会信用代码'],
    required: true
  },
  {
    key: 'superiorStandard',
    header: '执行国家或省级标准',
    label: message('imports.header.catalog.superiorStandard'),
    required: false
  }
]

export interface CatalogImportContext {
  departmentsByUscc: ReadonlyMap<string, Department>
  /** Entries already stored, by 证照类型代码: a re-import raises their version. */
  existingByTypeCode: ReadonlyMap<string, CatalogEntry>
  actor: string
  now: string
}

const parseValidityRange = (text: string): CellValue<string> => {
  const value = text === '长期' || text === '长期有效' ? '0/L' : text.toUpperCase()
  return ValidityRange.safeParse(value).success
    ? { ok: true, value }
    : { ok: false, reason: message('imports.error.validityRange', { text, permanent: '长期' }) }
}

/**
 * 证照目录 rows → entries. Art. 11 items may be blank (an incomplete entry is a compliance
 * finding, not an import error); the 证照底图 cannot travel in a spreadsheet and stays unset.
 */
export function validateCatalogRows(
  table: ImportTable,
  context: CatalogImportContext
): ImportResult<CatalogEntry> {
  const opened = openImportTable(table, CATALOG_COLUMNS)
  if (!opened.ok) return opened.failure
  const { rows, index } = opened
  const firstRowOf = new Map<string, number>()
  const checks: RowCheck<CatalogColumn>[] = []
  const records: CatalogEntry[] = []
  for (const { rowNumber, cells } of rows) {
    const check = new RowCheck(rowNumber, cells, index, CATALOG_COLUMNS)
    checks.push(check)
    const name = check.text('name')
    const typeCode = check.required('typeCode')?.toUpperCase()
    if (typeCode) check.codeFindings('typeCode', checkLicenceTypeCode(typeCode).reasons)
    if (typeCode && firstRowOf.has(typeCode))
      check.fail(
        'typeCode',
        message('imports.error.duplicateTypeCode', { row: Number(firstRowOf.get(typeCode)) })
      )
    else if (typeCode) firstRowOf.set(typeCode, rowNumber)
    const holderCategory = check.parse(
      'holderCategory',
      (t) => parseLabelled(t, catalogHolderCategoryLabels, message('imports.field.holderCategory')),
      { value: null }
    )
    const definerName = check.required('definerName')
    const definerCode = check.required('definerCode')?.toUpperCase()
    if (definerCode) check.codeFindings('definerCode', checkUscc(definerCode).reasons)
    const levels = (t: string) =>
      parseLabelled(t, authorityLevelLabels, message('imports.field.authorityLevel'))
    const definerLevel = check.parse('definerLevel', levels)
    const issuingAuthorityLevel = check.parse('issuingAuthorityLevel', levels, {
      value: 'municipal' as const
    })
    const itemName = check.text('itemName')
    const itemCode = check.text('itemCode')
    if ((itemName === '') !== (itemCode === ''))
      check.fail(itemName === '' ? 'itemName' : 'itemCode', message('imports.error.itemPair'))
    const validityRange = check.parse('validityRange', parseValidityRange, { value: null })
    const issuerUscc = check.required('issuerUscc')?.toUpperCase()
    const issuer = issuerUscc ? context.departmentsByUscc.get(issuerUscc) : undefined
    if (issuerUscc && !issuer)
      check.fail('issuerUscc', message('imports.error.departmentNotFound', { uscc: issuerUscc }))
    const superior = check.parse('superiorStandard', parseYesNo, { value: false })
    if (
      check.errors.length > 0 ||
      !typeCode ||
      holderCategory === undefined ||
      !definerName ||
      !definerCode ||
      !definerLevel ||
      !issuingAuthorityLevel ||
      validityRange === undefined ||
      !issuer ||
      superior === undefined
    )
      continue
    const existing = context.existingByTypeCode.get(typeCode)
    const version = (existing?.version ?? 0) + 1
    records.push({
      id: existing?.id ?? `cat-${typeCode}`,
      rev: (existing?.rev ?? 0) + 1,
      deleted: false,
      serverSeq: existing?.serverSeq ?? null,
      updatedAt: context.now,
      name,
      licenceCategory: check.text('licenceCategory') || null,
      issuingAuthorityName: check.text('issuingAuthorityName') || null,
      holderCategory,
      baseMap: existing?.baseMap ?? null,
      typeCode,
      definingAuthority: { name: definerName, code: definerCode, level: definerLevel },
      item: itemName === '' ? null : { name: itemName, code: itemCode },
      validityRange,
      issuingAuthorityLevel,
      issuerDepartmentId: issuer.id,
      setBySuperiorStandard: superior,
      version,
      changeHistory: [
        ...(existing?.changeHistory ?? []),
        { version, at: context.now, actor: context.actor, changedFields: ['imported'] }
      ]
    })
  }
  const errors = checks.flatMap((check) => check.errors)
  if (errors.length > 0) return { ok: false, code: 'imports.result.rowsInvalid', errors }
  return { ok: true, records }
}
