import type { Message } from '../../i18n/message'
import { authorityLevelLabels } from '../licences/common'
import { catalogHolderCategoryLabels, holderCodeTypes } from '../licences/holder'
import { generationModeLabels, licenceStateLabels } from '../licences/licence'
import { CATALOG_COLUMNS } from './catalog'
import { DEPARTMENT_COLUMNS } from './departments'
import { LICENCE_COLUMNS } from './licences'
import { dataRows, mapColumns, type ColumnSpec, type ImportTable } from './table'
import { USAGE_AUTHORIZATION_COLUMNS } from './usage-authorizations'

export type ImportKind = 'departments' | 'catalog' | 'licences' | 'usageAuthorizations'

export const IMPORT_KINDS = [
  'departments',
  'catalog',
  'licences',
  'usageAuthorizations'
] as const satisfies readonly ImportKind[]

/** One column of an import template: what the importer reads, an example value, its choices. */
export interface TemplateColumn {
  key: string
  /** The header the importer reads, in Chinese whatever the reader's language. */
  header: string
  /** The column's name in the reader's language. */
  label: Message
  required: boolean
  /** The example row's value: consistent across kinds, and valid, so it shows a correct row. */
  example: string
  /** The values a coded column accepts (offered as a dropdown); absent for free text. */
  options?: readonly string[]
}

const yesNo = ['是', '否'] as const
const levels = Object.values(authorityLevelLabels)

/*
 * One fictional department, its licence type and one licence it issued, so that a user who reads
 * the examples of all four templates sees how they refer to each other (USCC → 颁发部门, 证照类型代码
 * → 目录). The codes carry correct check characters.
 */
const EXAMPLE_DEPARTMENT = { name: '许昌市示例局', uscc: '11411000MB1234562L' }
const EXAMPLE_TYPE_CODE = `${EXAMPLE_DEPARTMENT.uscc}001`

const examples: Record<ImportKind, Record<string, string>> = {
  departments: {
    name: EXAMPLE_DEPARTMENT.name,
    uscc: EXAMPLE_DEPARTMENT.uscc,
    divisionCode: '411000',
    level: authorityLevelLabels.municipal,
    parentUscc: ''
  },
  catalog: {
    name: '示例经营许可证',
    typeCode: EXAMPLE_TYPE_CODE,
    licenceCategory: '许可证',
    issuingAuthorityName: EXAMPLE_DEPARTMENT.name,
    holderCategory: catalogHolderCategoryLabels.organization,
    definerName: EXAMPLE_DEPARTMENT.name,
    definerCode: EXAMPLE_DEPARTMENT.uscc,
    definerLevel: authorityLevelLabels.municipal,
    itemName: '示例经营许可',
    itemCode: '114110000000000001',
    validityRange: '5/Y',
    issuingAuthorityLevel: authorityLevelLabels.municipal,
    issuerUscc: EXAMPLE_DEPARTMENT.uscc,
    superiorStandard: '否'
  },
  licences: {
    identifier: `1.2.156.3005.2.${EXAMPLE_TYPE_CODE}.${EXAMPLE_DEPARTMENT.uscc}.2026000001.001.0`,
    typeCode: EXAMPLE_TYPE_CODE,
    number: '许示经〔2026〕0001号',
    holderName: '许昌示例商贸有限公司',
    holderCodeType: '001',
    holderCode: '91411002MA45K8R365',
    issuerUscc: EXAMPLE_DEPARTMENT.uscc,
    issueDate: '2026-01-05',
    validFrom: '2026-01-05',
    validUntil: '2031-01-04',
    state: licenceStateLabels.valid,
    generationMode: generationModeLabels.online,
    completedAt: '2026-01-05 09:30',
    pushedAt: '2026-01-05 10:00',
    sealPresent: '是',
    areaCode: '411000',
    version: '001'
  },
  usageAuthorizations: {
    typeCode: EXAMPLE_TYPE_CODE,
    unitUscc: EXAMPLE_DEPARTMENT.uscc,
    unitName: EXAMPLE_DEPARTMENT.name,
    validFrom: '2026-01-01',
    validUntil: '长期',
    basis: '许示〔2026〕1号'
  }
}

const options: Record<ImportKind, Record<string, readonly string[]>> = {
  departments: { level: levels },
  catalog: {
    holderCategory: Object.values(catalogHolderCategoryLabels),
    definerLevel: levels,
    issuingAuthorityLevel: levels,
    superiorStandard: yesNo
  },
  licences: {
    // Sorted: integer-like keys (111 …) would otherwise come before 001 and 099.
    holderCodeType: Object.keys(holderCodeTypes).sort(),
    state: Object.values(licenceStateLabels),
    generationMode: Object.values(generationModeLabels),
    sealPresent: yesNo
  },
  usageAuthorizations: {}
}

export const importColumnSpecs: Record<ImportKind, readonly ColumnSpec<string>[]> = {
  departments: DEPARTMENT_COLUMNS,
  catalog: CATALOG_COLUMNS,
  licences: LICENCE_COLUMNS,
  usageAuthorizations: USAGE_AUTHORIZATION_COLUMNS
}

/** The template's columns for one kind, in the importer's order. */
export function templateColumns(kind: ImportKind): TemplateColumn[] {
  return importColumnSpecs[kind].map((spec) => {
    const choices = options[kind][spec.key]
    return {
      key: spec.key,
      header: spec.header,
      label: spec.label,
      required: spec.required,
      example: examples[kind][spec.key] ?? '',
      ...(choices ? { options: choices } : {})
    }
  })
}

/**
 * The file with the template's example row blanked out (not removed, so the rows after it keep
 * the numbers the user sees in the spreadsheet). A row is the example only when every column the
 * file has reads exactly as the example: once a user has typed over any cell, the row is theirs
 * and is imported (or rejected) like any other.
 */
export function withoutTemplateExample(
  kind: ImportKind,
  table: ImportTable
): { table: ImportTable; exampleRows: number } {
  const columns = mapColumns(table.headers, importColumnSpecs[kind])
  if (!columns.ok) return { table, exampleRows: 0 }
  const example = examples[kind]
  const isExample = (cells: readonly string[]) =>
    [...columns.index].every(([key, position]) => (cells[position] ?? '').trim() === example[key])
  let exampleRows = 0
  const rows = table.rows.map((cells) => {
    if (!isExample(cells)) return cells
    exampleRows += 1
    return cells.map(() => '')
  })
  return { table: { ...table, rows }, exampleRows }
}

/** Whether a file holds nothing but the template's example (so importing it would write nothing). */
export function onlyTemplateExample(kind: ImportKind, table: ImportTable): boolean {
  const { table: rest, exampleRows } = withoutTemplateExample(kind, table)
  return exampleRows > 0 && dataRows(rest).length === 0
}
