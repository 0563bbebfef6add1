import { message } from '../../i18n/message'
import { checkCitizenId } from '../codes/citizen-id'
import { checkLicenceTypeCode } from '../codes/licence-type-code'
import { checkCode } from '../codes'
import { reasonMessage } from '../codes/result'
import type { Department } from '../licences/department'
import { holderCodeTypes, type HolderCodeType } from '../licences/holder'
import {
  generationModeLabels,
  licenceStateLabels,
  PERMANENT,
  type Licence
} from '../licences/licence'
import type { HolderCodeHasher } from '../privacy/holder-hash'
import { protectLicenceIds } from '../privacy/personal-ids'
import { toStoredHolder } from '../privacy/stored-holder'
import { RowCheck } from './row-check'
import { openImportTable, type ColumnSpec, type ImportResult, type ImportTable } from './table'
import { parseDate, parseInstant, parseLabelled, parseValidUntil, parseYesNo } from './values'

type LicenceColumn =
  | 'identifier'
  | 'typeCode'
  | 'number'
  | 'holderName'
  | 'holderCodeType'
  | 'holderCode'
  | 'issuerUscc'
  | 'issueDate'
  | 'validFrom'
  | 'validUntil'
  | 'state'
  | 'generationMode'
  | 'completedAt'
  | 'pushedAt'
  | 'sealPresent'
  | 'areaCode'
  | 'version'

export const LICENCE_COLUMNS: readonly ColumnSpec<LicenceColumn>[] = [
  {
    key: 'identifier',
    header: '证照标识',
    label: message('imports.header.licences.identifier'),
    required: true
  },
  {
    key: 'typeCode',
    header: '证照类型代码',
    label: message('imports.header.licences.typeCode'),
    required: true
  },
  {
    key: 'number',
    header: '证照编号',
    label: message('imports.header.licences.number'),
    required: true
  },
  {
    key: 'holderName',
    header: '持证主体',
    label: message('imports.header.licences.holderName'),
    aliases: ['持证主体名称'],
    required: true
  },
  {
    key: 'holderCodeType',
    header: '持证主体代码类型代码',
    label: message('imports.header.licences.holderCodeType'),
    required: false
  },
  {
    key: 'holderCode',
    header: '持证主体代码',
    label: message('imports.header.licences.holderCode'),
    required: true
  },
  {
    key: 'issuerUscc',
    header: '证照颁发机构代码',
    label: message('imports.header.licences.issuerUscc'),
    aliases: ['颁发机构代码', '颁发机构统一社会信用代码', '统一社会信用代码'],
    required: true
  },
  {
    key: 'issueDate',
    header: '颁发日期',
    label: message('imports.header.licences.issueDate'),
    aliases: ['证照颁发日期'],
    required: true
  },
  {
    key: 'validFrom',
    header: '有效期起始日期',
    label: message('imports.header.licences.validFrom'),
    required: false
  },
  {
    key: 'validUntil',
    header: '有效期截止日期',
    label: message('imports.header.licences.validUntil'),
    required: false
  },
  {
    key: 'state',
    header: '证照状态',
    label: message('imports.header.licences.state'),
    required: false
  },
  {
    key: 'generationMode',
    header: '生成方式',
    label: message('imports.header.licences.generationMode'),
    required: false
  },
  {
    key: 'completedAt',
    header: '办结时间',
    label: message('imports.header.licences.completedAt'),
    required: false
  },
  {
    key: 'pushedAt',
    header: '推送时间',
    label: message('imports.header.licences.pushedAt'),
    required: false
  },
  {
    key: 'sealPresent',
    header: '电子印章',
    label: message('imports.header.licences.sealPresent'),
    required: false
  },
  {
    key: 'areaCode',
    header: '所属区划代码',
    label: message('imports.header.licences.areaCode'),
    aliases: ['证照所属管辖属地编码'],
    required: false
  },
  {
    key: 'version',
    header: '版本号',
    label: message('imports.header.licences.version'),
    aliases: ['证照版本号'],
    required: false
  }
]

export interface LicenceImportContext {
  departmentsByUscc: ReadonlyMap<string, Department>
  /** The keyed hash of natural persons' codes (see privacy/): main's, in the app. */
  holderHash: HolderCodeHasher
  now: string
  /** `YYYY-MM-DD`, for birth-date plausibility of 公民身份号码. */
  today: string
}

/** Imported licences are keyed by their 证照标识, so importing a file twice updates, not doubles. */
export function importedLicenceId(identifier: string): string {
  return `lic-imp-${identifier}`
}

/**
 * Without 持证主体代码类型代码: what `checkCode` recognises. An 18-digit string is read as a
 * 公民身份号码 unless it only makes sense as a USCC, because a USCC's bad check character is just a
 * warning and an ID number taken for one would be stored unmasked.
 */
function inferCodeType(code: string): HolderCodeType | undefined {
  const checked = checkCode(code)
  // A mistyped ID number is still one: its row then fails with the ID's own reason.
  if (checked.kind === 'citizenId') return '111'
  return checked.kind === 'uscc' && checked.status !== 'invalid' ? '001' : undefined
}

/** A 公民身份号码 declared as 001 would pass as a USCC with a bad check character, unmasked. */
function personCodeDeclaredAsOrganization(codeType: string, code: string): boolean {
  return codeType === '001' && checkCitizenId(code).status !== 'invalid'
}

async function licenceFromRow(
  check: RowCheck<LicenceColumn>,
  context: LicenceImportContext
): Promise<Licence | undefined> {
  const identifier = check.required('identifier')
  const typeCode = check.required('typeCode')
  if (typeCode) check.codeFindings('typeCode', checkLicenceTypeCode(typeCode).reasons)
  const number = check.required('number')
  const holderName = check.required('holderName')
  const holderCode = check.required('holderCode')
  const givenType = check.text('holderCodeType')
  const codeType = givenType || (holderCode ? inferCodeType(holderCode.toUpperCase()) : undefined)
  if (holderCode && !codeType)
    check.fail('holderCodeType', message('imports.error.holderCodeTypeUnknown'))
  const issuerUscc = check.required('issuerUscc')?.toUpperCase()
  const issuer = issuerUscc ? context.departmentsByUscc.get(issuerUscc) : undefined
  if (issuerUscc && !issuer)
    check.fail('issuerUscc', message('imports.error.issuerNotFound', { uscc: issuerUscc }))
  const issueDate = check.parse('issueDate', parseDate)
  const validFrom = check.parse('validFrom', parseDate, { value: issueDate })
  const validUntil = check.parse('validUntil', parseValidUntil, { value: PERMANENT })
  if (validFrom && validUntil && validUntil !== PERMANENT && validUntil < validFrom)
    check.fail('validUntil', message('imports.error.validUntilBeforeFrom'))
  const state = check.parse(
    'state',
    (t) => parseLabelled(t, licenceStateLabels, message('imports.field.licenceState')),
    { value: 'valid' as const }
  )
  const generationMode = check.parse(
    'generationMode',
    (t) => parseLabelled(t, generationModeLabels, message('imports.field.generationMode')),
    { value: 'offline' as const }
  )
  const completedAt = check.parse('completedAt', parseInstant, {
    value: issueDate && `${issueDate}T00:00:00+08:00`
  })
  const pushedAt = check.parse('pushedAt', parseInstant, { value: null })
  const sealPresent = check.parse('sealPresent', parseYesNo, { value: true })
  const areaCode = check.parse(
    'areaCode',
    (t) =>
      /^\d{6}$/.test(t)
        ? { ok: true, value: t }
        : { ok: false, reason: message('imports.error.areaCode', { text: t }) },
    { value: issuer?.divisionCode ?? '411000' }
  )
  const version = check.parse(
    'version',
    (t) =>
      /^\d{3}$/.test(t)
        ? { ok: true, value: t }
        : { ok: false, reason: message('imports.error.version', { text: t }) },
    { value: identifier?.split('.').at(-2) ?? '001' }
  )
  if (!holderName || !holderCode || !codeType) return undefined
  if (personCodeDeclaredAsOrganization(codeType, holderCode.toUpperCase()))
    return check.fail('holderCodeType', message('imports.error.personalIdAsOrganization'))
  const category = Object.hasOwn(holderCodeTypes, codeType)
    ? holderCodeTypes[codeType as HolderCodeType].category
    : 'naturalPerson'
  const holder = await toStoredHolder(
    { category, codeType, name: holderName, code: holderCode },
    context.holderHash,
    { today: context.today }
  )
  if (!holder.ok)
    holder.reasons.forEach((reason) => check.fail('holderCode', reasonMessage(reason)))
  if (
    check.errors.length > 0 ||
    !holder.ok ||
    !identifier ||
    !typeCode ||
    !number ||
    !issuer ||
    !issueDate ||
    !validFrom ||
    !validUntil ||
    !state ||
    !generationMode ||
    !completedAt ||
    pushedAt === undefined ||
    sealPresent === undefined ||
    !areaCode ||
    !version
  )
    return undefined
  const licence: Licence = {
    id: importedLicenceId(identifier),
    rev: 1,
    deleted: false,
    serverSeq: null,
    updatedAt: context.now,
    identifier,
    typeCode: typeCode.toUpperCase(),
    number,
    holder: holder.holder,
    issuerDepartmentId: issuer.id,
    issuingAuthorityCode: issuer.uscc,
    issueDate,
    validFrom,
    validUntil,
    state,
    generationMode,
    completedAt,
    pushedAt,
    sealPresent,
    qrCode: { present: false, validFrom: null, validUntil: null },
    version,
    areaCode,
    statusHistory: []
  }
  return protectLicenceIds(licence, context.holderHash, { today: context.today })
}

/**
 * 证照 rows → records. A natural person's code, and an ID number in a 证照编号 or a name, is
 * validated and leaves this function only masked and hashed. Every problem of every row is reported; any problem rejects the whole file.
 */
export async function validateLicenceRows(
  table: ImportTable,
  context: LicenceImportContext
): Promise<ImportResult<Licence>> {
  const opened = openImportTable(table, LICENCE_COLUMNS)
  if (!opened.ok) return opened.failure
  const { rows, index } = opened
  const checks = rows.map(
    ({ rowNumber, cells }) => new RowCheck(rowNumber, cells, index, LICENCE_COLUMNS)
  )
  const records = await Promise.all(checks.map((check) => licenceFromRow(check, context)))
  const firstRowOf = new Map<string, number>()
  records.forEach((record, i) => {
    const check = checks[i]
    if (!record || !check) return
    const first = firstRowOf.get(record.identifier)
    if (first !== undefined)
      check.fail('identifier', message('imports.error.duplicateIdentifier', { row: first }))
    else firstRowOf.set(record.identifier, check.rowNumber)
  })
  const errors = checks.flatMap((check) => check.errors)
  if (errors.length > 0) return { ok: false, code: 'imports.result.rowsInvalid', errors }
  return { ok: true, records: records.filter((record) => record !== undefined) }
}
