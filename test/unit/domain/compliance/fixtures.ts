import { defaultWorkingDayCalendar } from '../../../../src/shared/domain/calendar'
import { buildLicenceIdentifier } from '../../../../src/shared/domain/codes/licence-identifier'
import {
  computeOrganizationCodeCheck,
  computeUsccCheck
} from '../../../../src/shared/domain/codes/uscc'
import {
  createInMemoryComplianceSource,
  scanCompliance,
  type ComplianceTables,
  type Finding,
  type ScanReport,
  type ScanSettings
} from '../../../../src/shared/domain/compliance'
import type {
  CatalogEntry,
  Department,
  Licence,
  Objection,
  UsageAuthorization,
  UsageRecord
} from '../../../../src/shared/domain/licences'

/** A valid USCC from its first eight characters and an eight-character body. */
export function uscc(prefix: string, body: string): string {
  const first17 = `${prefix}${body}${computeOrganizationCodeCheck(body) ?? ''}`
  return `${first17}${computeUsccCheck(first17) ?? ''}`
}

export const ISSUER_USCC = uscc('11411000', '41600001')
export const OTHER_USCC = uscc('11411000', '41600002')
export const UNIT_USCC = uscc('12411000', '41600003')
export const TYPE_CODE = `${ISSUER_USCC}001`
export const HOLDER_USCC = uscc('91411002', 'MA4K0P2Q')

export function department(overrides: Partial<Department> = {}): Department {
  return {
    id: 'dept-issuer',
    rev: 1,
    deleted: false,
    serverSeq: 1,
    updatedAt: '2025-01-01T08:00:00+08:00',
    name: '许昌市市场监督管理局',
    uscc: ISSUER_USCC,
    divisionCode: '411000',
    level: 'municipal',
    parentId: null,
    ...overrides
  }
}

export function catalogEntry(overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id: 'cat-1',
    rev: 1,
    deleted: false,
    serverSeq: 1,
    updatedAt: '2025-01-01T08:00:00+08:00',
    name: '食品经营许可证',
    licenceCategory: '许可证',
    issuingAuthorityName: '许昌市市场监督管理局',
    holderCategory: 'organization',
    baseMap: {
      fileName: '底图.png',
      sha256: 'a'.repeat(64),
      byteLength: 1000,
      mediaType: 'image/png'
    },
    typeCode: TYPE_CODE,
    definingAuthority: { name: '许昌市市场监督管理局', code: ISSUER_USCC, level: 'municipal' },
    item: null,
    validityRange: '5/Y',
    issuingAuthorityLevel: 'municipal',
    issuerDepartmentId: 'dept-issuer',
    setBySuperiorStandard: false,
    version: 1,
    changeHistory: [],
    ...overrides
  }
}

function identifier(serial: string): string {
  const built = buildLicenceIdentifier({
    typeCode: TYPE_CODE,
    issuerCode: ISSUER_USCC,
    serial,
    version: '001'
  })
  if (!built.ok) throw new Error('fixture identifier rejected')
  return built.identifier
}

/** An honest offline licence completed and pushed on 2026-03-02 (a Monday), valid five years. */
export function licence(overrides: Partial<Licence> = {}): Licence {
  const id = overrides.id ?? 'lic-1'
  return {
    id,
    rev: 1,
    deleted: false,
    serverSeq: 1,
    updatedAt: '2026-03-02T10:00:00+08:00',
    identifier: identifier(`2026${id.replace(/\D/g, '').padStart(8, '0')}`),
    typeCode: TYPE_CODE,
    number: 'SP2026001',
    holder: {
      category: 'organization',
      codeType: '001',
      name: '许昌某食品有限公司',
      code: HOLDER_USCC,
      codeHash: null
    },
    issuerDepartmentId: 'dept-issuer',
    issuingAuthorityCode: ISSUER_USCC,
    issueDate: '2026-03-02',
    validFrom: '2026-03-02',
    validUntil: '2031-03-01',
    state: 'valid',
    generationMode: 'offline',
    completedAt: '2026-03-02T09:00:00+08:00',
    pushedAt: '2026-03-02T10:00:00+08:00',
    sealPresent: true,
    qrCode: { present: false, validFrom: null, validUntil: null },
    version: '001',
    areaCode: '411000',
    statusHistory: [],
    ...overrides
  }
}

export function usageRecord(overrides: Partial<UsageRecord> = {}): UsageRecord {
  return {
    id: 'use-1',
    rev: 1,
    deleted: false,
    serverSeq: 1,
    updatedAt: '2026-05-06T10:00:00+08:00',
    licenceId: 'lic-1',
    typeCode: TYPE_CODE,
    usingUnit: { name: '许昌市政务服务中心', uscc: UNIT_USCC },
    matter: { name: '食品经营许可变更', code: null },
    channel: 'counter',
    usedAt: '2026-05-06T10:00:00+08:00',
    result: { kind: 'accepted' },
    ...overrides
  }
}

/** 许昌市政务服务中心 may use TYPE_CODE licences from 2026-01-01, without an end. */
export function authorization(overrides: Partial<UsageAuthorization> = {}): UsageAuthorization {
  return {
    id: 'auth-unit',
    rev: 1,
    deleted: false,
    serverSeq: 1,
    updatedAt: '2026-01-01T09:00:00+08:00',
    typeCode: TYPE_CODE,
    unit: { name: '许昌市政务服务中心', uscc: UNIT_USCC },
    validFrom: '2026-01-01',
    validUntil: '长期',
    basis: null,
    ...overrides
  }
}

export function objection(overrides: Partial<Objection> = {}): Objection {
  return {
    id: 'obj-1',
    rev: 1,
    deleted: false,
    serverSeq: 1,
    updatedAt: '2026-04-01T10:00:00+08:00',
    licenceId: 'lic-1',
    filedAt: '2026-04-01T09:00:00+08:00',
    receivedAt: '2026-04-01T10:00:00+08:00',
    repliedAt: '2026-04-02T10:00:00+08:00',
    outcome: 'upheld',
    issuerDepartmentId: 'dept-issuer',
    ...overrides
  }
}

export function tables(overrides: Partial<ComplianceTables> = {}): ComplianceTables {
  return {
    departments: [
      department(),
      department({ id: 'dept-unit', name: '许昌市政务服务中心', uscc: UNIT_USCC }),
      department({ id: 'dept-other', name: '许昌市民政局', uscc: OTHER_USCC })
    ],
    catalog: [catalogEntry()],
    usageAuthorizations: [
      authorization(),
      authorization({
        id: 'auth-issuer',
        unit: { name: '许昌市市场监督管理局', uscc: ISSUER_USCC }
      })
    ],
    notices: [],
    licences: [],
    usageRecords: [],
    objections: [],
    ...overrides
  }
}

export const TODAY = '2026-11-27'

export function settings(overrides: Partial<ScanSettings> = {}): ScanSettings {
  return { today: TODAY, calendar: defaultWorkingDayCalendar, ...overrides }
}

/** Scans the tables; throws on an error value, which no fixture expects. */
export async function scan(
  data: ComplianceTables,
  overrides: Partial<ScanSettings> = {}
): Promise<ScanReport> {
  const result = await scanCompliance(createInMemoryComplianceSource(data), settings(overrides))
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.data
}

/** Open findings of one rule. */
export function findingsOf(report: ScanReport, ruleId: string): Finding[] {
  return report.findings.filter((finding) => finding.ruleId === ruleId && finding.status === 'open')
}
