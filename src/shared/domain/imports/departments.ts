import { message } from '../../i18n/message'
import { checkDivisionCode } from '../codes/division'
import { checkUscc } from '../codes/uscc'
import { authorityLevelLabels, type AuthorityLevel } from '../licences/common'
import type { Department } from '../licences/department'
import { RowCheck } from './row-check'
import { openImportTable, type ColumnSpec, type ImportResult, type ImportTable } from './table'
import { parseLabelled } from './values'

type DepartmentColumn = 'name' | 'uscc' | 'divisionCode' | 'level' | 'parentUscc'

export const DEPARTMENT_COLUMNS: readonly ColumnSpec<DepartmentColumn>[] = [
  {
    key: 'name',
    header: '部门名称',
    label: message('imports.header.departments.name'),
    aliases: ['单位名称', '机构名称'],
    required: true
  },
  {
    key: 'uscc',
    header: '统一社会信用代码',
    label: message('imports.header.departments.uscc'),
    aliases: ['部门统一社会信用代码'],
    required: true
  },
  {
    key: 'divisionCode',
    header: '行政区划代码',
    label: message('imports.header.departments.divisionCode'),
    aliases: ['所属区划代码'],
    required: false
  },
  {
    key: 'level',
    header: '机构级别',
    label: message('imports.header.departments.level'),
    aliases: ['部门级别'],
    required: false
  },
  {
    key: 'parentUscc',
    header: '上级部门统一社会信用代码',
    label: message('imports.header.departments.parentUscc'),
    required: false
  }
]

export interface DepartmentImportContext {
  /** Departments already stored, matched by USCC so a re-import updates rather than duplicates. */
  existingByUscc: ReadonlyMap<string, Department>
  now: string
}

/** 部门 rows → records. Every problem of every row is reported; any problem rejects the file. */
export function validateDepartmentRows(
  table: ImportTable,
  context: DepartmentImportContext
): ImportResult<Department> {
  const opened = openImportTable(table, DEPARTMENT_COLUMNS)
  if (!opened.ok) return opened.failure
  const { rows, index } = opened
  const inFile = new Map<string, number>()
  const drafts: { check: RowCheck<DepartmentColumn>; record?: Department; parentUscc: string }[] =
    []
  for (const { rowNumber, cells } of rows) {
    const check = new RowCheck(rowNumber, cells, index, DEPARTMENT_COLUMNS)
    const name = check.required('name')
    const usccText = check.required('uscc')
    const uscc = usccText === undefined ? undefined : checkUscc(usccText)
    if (uscc) check.codeFindings('uscc', uscc.reasons)
    if (uscc && inFile.has(uscc.normalized))
      check.fail(
        'uscc',
        message('imports.error.duplicateUscc', { row: Number(inFile.get(uscc.normalized)) })
      )
    else if (uscc) inFile.set(uscc.normalized, rowNumber)
    const divisionText = check.text('divisionCode')
    if (divisionText !== '')
      check.codeFindings('divisionCode', checkDivisionCode(divisionText).reasons)
    const level = check.parse<AuthorityLevel>(
      'level',
      (text) => parseLabelled(text, authorityLevelLabels, message('imports.field.authorityLevel')),
      { value: 'municipal' }
    )
    const parentUscc = check.text('parentUscc').toUpperCase()
    if (check.errors.length === 0 && name && uscc && level) {
      const existing = context.existingByUscc.get(uscc.normalized)
      drafts.push({
        check,
        parentUscc,
        record: {
          id: existing?.id ?? `dept-${uscc.normalized}`,
          rev: (existing?.rev ?? 0) + 1,
          deleted: false,
          serverSeq: existing?.serverSeq ?? null,
          updatedAt: context.now,
          name,
          uscc: uscc.normalized,
          divisionCode: divisionText === '' ? null : divisionText,
          level,
          parentId: null
        }
      })
    } else drafts.push({ check, parentUscc })
  }
  const idByUscc = new Map(
    [...context.existingByUscc].map(([uscc, department]) => [uscc, department.id])
  )
  for (const { record } of drafts) if (record) idByUscc.set(record.uscc, record.id)
  for (const draft of drafts) {
    if (!draft.record || draft.parentUscc === '') continue
    const parentId = idByUscc.get(draft.parentUscc)
    if (parentId === undefined)
      draft.check.fail(
        'parentUscc',
        message('imports.error.parentNotFound', { uscc: draft.parentUscc })
      )
    else draft.record.parentId = parentId
  }
  const errors = drafts.flatMap(({ check }) => check.errors)
  if (errors.length > 0) return { ok: false, code: 'imports.result.rowsInvalid', errors }
  return { ok: true, records: drafts.flatMap(({ record }) => (record ? [record] : [])) }
}
