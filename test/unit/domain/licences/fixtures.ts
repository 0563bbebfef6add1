import type { CatalogEntry, Licence } from '../../../../src/shared/domain/licences'

const synced = {
  rev: 1,
  deleted: false,
  serverSeq: null,
  updatedAt: '2026-03-02T09:00:00+08:00'
}

export function sampleLicence(overrides: Partial<Licence> = {}): Licence {
  return {
    ...synced,
    id: 'lic-1',
    identifier: '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F',
    typeCode: '11100000000013338W032',
    number: '建字第2430599号',
    holder: {
      category: 'naturalPerson',
      codeType: '111',
      name: '张三丰',
      code: '411002********1234',
      codeHash: 'a'.repeat(64)
    },
    issuerDepartmentId: 'dep-1',
    issuingAuthorityCode: '11220000013544541J',
    issueDate: '2024-03-01',
    validFrom: '2024-03-01',
    validUntil: '2029-02-28',
    state: 'valid',
    generationMode: 'offline',
    completedAt: '2024-03-01T10:00:00+08:00',
    pushedAt: '2024-03-04T09:00:00+08:00',
    sealPresent: true,
    qrCode: {
      present: true,
      validFrom: '2024-03-01T10:00:00+08:00',
      validUntil: '2029-02-28T23:59:59+08:00'
    },
    version: '001',
    areaCode: '411002',
    statusHistory: [],
    ...overrides
  }
}

export function sampleCatalogEntry(overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    ...synced,
    id: 'cat-1',
    name: '建筑施工特种作业操作资格证书',
    licenceCategory: '证件',
    issuingAuthorityName: '许昌市住房和城乡建设局',
    holderCategory: 'naturalPerson',
    baseMap: {
      fileName: 'base.png',
      sha256: 'b'.repeat(64),
      byteLength: 20480,
      mediaType: 'image/png'
    },
    typeCode: '11100000000013338W032',
    definingAuthority: {
      name: '中华人民共和国住房和城乡建设部',
      code: '11100000000013338W',
      level: 'national'
    },
    item: { name: '建筑施工特种作业人员资格核准', code: '000116014000' },
    validityRange: '2/Y',
    issuingAuthorityLevel: 'municipal',
    issuerDepartmentId: 'dep-1',
    setBySuperiorStandard: true,
    version: 2,
    changeHistory: [
      {
        version: 2,
        at: '2025-06-01T08:30:00Z',
        actor: 'auditor-1',
        changedFields: ['baseMap']
      }
    ],
    ...overrides
  }
}
