import { message } from '../../i18n/message'
import { checkLicenceTypeCode } from '../codes/licence-type-code'
import { checkUscc } from '../codes/uscc'
import type { Department } from '../licences/department'
import { PERMANENT } from '../licences/licence'
import { usageAuthorizationId, type UsageAuthorization } from '../licences/usage-authorization'
import { RowCheck } from './row-check'
import { openImportTable, type ColumnSpec, type ImportResult, type ImportTable } from './table'
import { parseDate, parseValidUntil } from './values'

type UsageAuthorizationColumn =
  'typeCode' | 'unitUscc' | 'unitName' | 'validFrom' | 'validUntil' | 'basis'

export const USAGE_AUTHORIZATION_COLUMNS: readonly ColumnSpec<UsageAuthorizationColumn>[] = [
  {
    key: 'typeCode',
    header: '证照类型代码',
    label: message('imports.header.usageAuthorizations.typeCode'),
    required: true
  },
  {
    key: 'unitUscc',
    header: '用证单位统一社会信用代码',
    label: message('imports.header.usageAuthorizations.unitUscc'),
    aliases: ['用证单位代码', '统一社会信用代码'],
    required: true
  },
  {
    key: 'unitName',
    header: '用证单位名称',
    label: message('imports.header.usageAuthorizations.unitName'),
    aliases: ['用证单位'],
    required: false
  },
  {
    key: 'validFrom',
    header: '授权起始日期',
    label: message('imports.header.usageAuthorizations.validFrom'),
    aliases: ['授权开始日期'],
    required: false
  },
  {
    key: 'validUntil',
    header: '授权截止日期',
    label: message('imports.header.usageAuthorizations.validUntil'),
    aliases: ['授权结束日期'],
    required: false
  },
  {
    key: 'basis',
    header: '授权依据',
    label: message('imports.header.usageAuthorizations.basis'),
    aliases: ['授权文号'],
    required: false
  }
]

export interface UsageAuthorizationImportContext {
  /** The using units: only departments already stored may be authorised. */
  departmentsByUscc: ReadonlyMap<string, Department>
  /** 证照类型代码 of the catalog entries not deleted: only catalogued types may be authorised. */
  catalogTypeCodes: ReadonlySet<string>
  /** Authorisations already stored, by id: a re-import updates them. */
  existingById: ReadonlyMap<string, UsageAuthorization>
  now: string
}

/**
 * 用证授权 rows → records, one per using unit and licence type. A blank start sets no lower
 * bound and a blank end (or 长期) no upper one. Every problem of every row is reported; any
 * problem rejects the whole file.
 */
export function validateUsageAuthorizationRows(
  table: ImportTable,
  context: UsageAuthorizationImportContext
): ImportResult<UsageAuthorization> {
  const opened = openImportTable(table, USAGE_AUTHORIZATION_COLUMNS)
  if (!opened.ok) return opened.failure
  const { rows, index } = opened
  const firstRowOf = new Map<string, number>()
  const checks: RowCheck<UsageAuthorizationColumn>[] = []
  const records: UsageAuthorization[] = []
  for (const { rowNumber, cells } of rows) {
    const check = new RowCheck(rowNumber, cells, index, USAGE_AUTHORIZATION_COLUMNS)
    checks.push(check)
    const typeCode = check.required('typeCode')?.toUpperCase()
    if (typeCode && check.codeFindings('typeCode', checkLicenceTypeCode(typeCode).reasons)) {
      if (!context.catalogTypeCodes.has(typeCode))
        check.fail('typeCode', message('imports.error.typeNotInCatalog', { typeCode }))
    }
    const unitUscc = check.required('unitUscc')?.toUpperCase()
    const unit = unitUscc ? context.departmentsByUscc.get(unitUscc) : undefined
    if (unitUscc && check.codeFindings('unitUscc', checkUscc(unitUscc).reasons) && !unit)
      check.fail('unitUscc', message('imports.error.departmentNotFound', { uscc: unitUscc }))
    const unitName = check.text('unitName')
    if (unit && unitName !== '' && unitName !== unit.name)
      check.fail(
        'unitName',
        message('imports.error.unitNameMismatch', { given: unitName, name: unit.name })
      )
    const validFrom = check.parse('validFrom', parseDate, { value: null })
    const validUntil = check.parse('validUntil', parseValidUntil, { value: PERMANENT })
    if (validFrom && validUntil && validUntil !== PERMANENT && validUntil < validFrom)
      check.fail('validUntil', message('imports.error.authorizationEndsBeforeStart'))
    const pair = typeCode && unitUscc ? `${typeCode}|${unitUscc}` : undefined
    if (pair && firstRowOf.has(pair))
      check.fail(
        '',
        message('imports.error.duplicateAuthorization', { row: Number(firstRowOf.get(pair)) })
      )
    else if (pair) firstRowOf.set(pair, rowNumber)
    if (
      check.errors.length > 0 ||
      !typeCode ||
      !unit ||
      validFrom === undefined ||
      validUntil === undefined
    )
      continue
    const id = usageAuthorizationId(typeCode, unit.uscc)
    const existing = context.existingById.get(id)
    records.push({
      id,
      rev: (existing?.rev ?? 0) + 1,
      deleted: false,
      serverSeq: existing?.serverSeq ?? null,
      updatedAt: context.now,
      typeCode,
      unit: { name: unit.name, uscc: unit.uscc },
      validFrom,
      validUntil,
      basis: check.text('basis') || null
    })
  }
  const errors = checks.flatMap((check) => check.errors)
  if (errors.length > 0) return { ok: false, code: 'imports.result.rowsInvalid', errors }
  return { ok: true, records }
}
