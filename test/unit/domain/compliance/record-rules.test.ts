import { describe, expect, it } from 'vitest'
import { list, message } from '../../../../src/shared/i18n'
import { zh } from './words'
import {
  authorization,
  catalogEntry,
  department,
  findingsOf,
  HOLDER_USCC,
  ISSUER_USCC,
  licence,
  OTHER_USCC,
  scan,
  tables,
  TYPE_CODE,
  UNIT_USCC,
  usageRecord
} from './fixtures'

describe('catalog.incomplete (Art. 11)', () => {
  it('names the missing items of a locally registered entry', async () => {
    const report = await scan(tables({ catalog: [catalogEntry({ baseMap: null, name: ' ' })] }))
    const [finding] = findingsOf(report, 'catalog.incomplete')
    expect(finding?.evidence.facts.missing).toEqual(
      list([message('licences.art11Item.name'), message('licences.art11Item.baseMap')])
    )
    expect(finding?.departmentId).toBe('dept-issuer')
    expect(zh(finding?.explanation)).toContain('（五）证照底图')
    expect(zh(finding?.explanation)).toMatch(/缺少证照名称、证照底图。$/)
  })

  it('exempts entries under a national or provincial standard unless the Bureau decides otherwise', async () => {
    const data = tables({ catalog: [catalogEntry({ baseMap: null, setBySuperiorStandard: true })] })
    expect(findingsOf(await scan(data), 'catalog.incomplete')).toEqual([])
    const strict = await scan(data, {
      parameters: { 'catalog.incomplete': { exemptSuperiorStandard: false } }
    })
    expect(findingsOf(strict, 'catalog.incomplete')).toHaveLength(1)
  })
})

describe('catalog.unregistered-type (Art. 11)', () => {
  it('finds licences of a type no entry in force registers', async () => {
    const data = tables({ catalog: [catalogEntry({ deleted: true })], licences: [licence()] })
    const [finding] = findingsOf(await scan(data), 'catalog.unregistered-type')
    expect(finding?.subjectId).toBe('lic-1')
    expect(finding?.evidence.facts.typeCode).toBe(TYPE_CODE)
    expect(
      findingsOf(await scan(tables({ licences: [licence()] })), 'catalog.unregistered-type')
    ).toEqual([])
  })
})

describe('catalog.stale-issuer (Art. 11, 实时更新)', () => {
  const renamed = department({
    name: '许昌市市场监督管理局（更名）',
    updatedAt: '2026-06-01T09:00:00+08:00'
  })

  it('finds an entry still naming the issuer as it was, once the tolerance after the change has passed', async () => {
    const data = tables({ departments: [renamed], catalog: [catalogEntry()] })
    expect(findingsOf(await scan(data, { today: '2026-06-02' }), 'catalog.stale-issuer')).toEqual(
      []
    )
    const [finding] = findingsOf(await scan(data, { today: '2026-06-03' }), 'catalog.stale-issuer')
    expect(finding?.evidence).toMatchObject({
      deadline: '2026-06-02',
      workingDaysLate: 1,
      recordIds: ['cat-1', 'dept-issuer']
    })
    expect(zh(finding?.explanation)).toContain(
      '证照颁发机构名称仍为“许昌市市场监督管理局”（现名“许昌市市场监督管理局（更名）”）'
    )
  })

  it('finds an entry whose issuer-definer changed its USCC', async () => {
    const recoded = department({ uscc: OTHER_USCC, updatedAt: '2026-06-01T09:00:00+08:00' })
    const [finding] = findingsOf(
      await scan(tables({ departments: [recoded], catalog: [catalogEntry()] })),
      'catalog.stale-issuer'
    )
    expect(zh(message('compliance.value', { value: finding!.evidence.facts.stale as never }))).toBe(
      `证照定义机构代码仍为${ISSUER_USCC}（现统一社会信用代码${OTHER_USCC}）`
    )
  })

  it('leaves entries updated after the change, and departments changed in other respects', async () => {
    const followed = catalogEntry({
      issuingAuthorityName: renamed.name,
      updatedAt: '2026-06-02T09:00:00+08:00'
    })
    expect(
      findingsOf(
        await scan(tables({ departments: [renamed], catalog: [followed] })),
        'catalog.stale-issuer'
      )
    ).toEqual([])
    const moved = department({ parentId: 'dept-x', updatedAt: '2026-06-01T09:00:00+08:00' })
    expect(
      findingsOf(
        await scan(tables({ departments: [moved], catalog: [catalogEntry()] })),
        'catalog.stale-issuer'
      )
    ).toEqual([])
  })
})

describe('usage.unauthorized-unit (Art. 28)', () => {
  it('attributes a use by a unit outside the authorisation to the using unit', async () => {
    const data = tables({
      licences: [licence()],
      usageRecords: [usageRecord({ usingUnit: { name: '许昌市民政局', uscc: OTHER_USCC } })]
    })
    const [finding] = findingsOf(await scan(data), 'usage.unauthorized-unit')
    expect(finding?.departmentId).toBe('dept-other')
    expect(zh(finding?.explanation)).toContain('许昌市民政局')
    expect(
      findingsOf(
        await scan(tables({ licences: [licence()], usageRecords: [usageRecord()] })),
        'usage.unauthorized-unit'
      )
    ).toEqual([])
  })
})

describe('usage.unauthorized-unit: type, unit and period of the authorisation (Art. 28)', () => {
  /** The centre is authorised for TYPE_CODE from 2026-04-01 to 2026-06-30 only. */
  const limited = authorization({ validFrom: '2026-04-01', validUntil: '2026-06-30' })
  const uses = [
    usageRecord({ id: 'use-first-day', usedAt: '2026-04-01T00:00:00+08:00' }),
    usageRecord({ id: 'use-last-day', usedAt: '2026-06-30T23:59:59+08:00' }),
    // 2026-03-31 16:30 UTC is already 1 April in Beijing.
    usageRecord({ id: 'use-utc', usedAt: '2026-03-31T16:30:00Z' }),
    usageRecord({ id: 'use-before', usedAt: '2026-03-31T23:59:59+08:00' }),
    usageRecord({ id: 'use-after', usedAt: '2026-07-01T00:00:00+08:00' }),
    usageRecord({ id: 'use-other-type', typeCode: `${ISSUER_USCC}002` }),
    usageRecord({
      id: 'use-other-unit',
      usingUnit: { name: '许昌市民政局', uscc: OTHER_USCC }
    })
  ]
  const flagged = async (authorizations: ReturnType<typeof authorization>[]) =>
    findingsOf(
      await scan(tables({ usageAuthorizations: authorizations, usageRecords: uses })),
      'usage.unauthorized-unit'
    )
      .map((finding) => finding.subjectId)
      .sort()

  it('lets uses within the period pass, from its first day to its last (北京时间)', async () => {
    expect(await flagged([limited])).toEqual([
      'use-after',
      'use-before',
      'use-other-type',
      'use-other-unit'
    ])
  })

  it('says which period the use fell outside of', async () => {
    const report = await scan(
      tables({ usageAuthorizations: [limited], usageRecords: [uses[4]!, uses[6]!] })
    )
    const byId = new Map(
      findingsOf(report, 'usage.unauthorized-unit').map((f) => [f.subjectId, zh(f.explanation)])
    )
    expect(byId.get('use-after')).toContain(
      '但该单位对证照类型' +
        TYPE_CODE +
        '的用证授权期限为2026年4月1日至2026年6月30日，用证之日不在其内。'
    )
    expect(byId.get('use-other-unit')).toContain(
      '但该单位不在证照类型' + TYPE_CODE + '的授权用证单位之列。'
    )
  })

  it('an authorisation without a start covers every day up to its end; 长期 has no end', async () => {
    expect(await flagged([authorization({ validFrom: null, validUntil: '2026-06-30' })])).toEqual([
      'use-after',
      'use-other-type',
      'use-other-unit'
    ])
    expect(await flagged([authorization({ validFrom: '2026-04-01' })])).toEqual([
      'use-before',
      'use-other-type',
      'use-other-unit'
    ])
  })

  it('a deleted authorisation authorises nothing; several periods are each honoured', async () => {
    expect(await flagged([{ ...limited, deleted: true }])).toHaveLength(uses.length)
    const spring = authorization({ id: 'a1', validFrom: '2026-01-01', validUntil: '2026-03-31' })
    const summer = authorization({ id: 'a2', validFrom: '2026-07-01', validUntil: '长期' })
    expect(await flagged([spring, summer])).toEqual([
      'use-first-day',
      'use-last-day',
      'use-other-type',
      'use-other-unit',
      'use-utc'
    ])
  })
})

describe('usage.bulk-access (Art. 28)', () => {
  const uses = (count: number, distinct: number, usedAt = '2026-05-06T10:00:00+08:00') =>
    Array.from({ length: count }, (_, i) =>
      usageRecord({ id: `use-${i}`, licenceId: `lic-${i % distinct}`, usedAt })
    )

  it('allows 200 distinct licences a day and flags the 201st, keyed by unit and Beijing date', async () => {
    expect(
      findingsOf(await scan(tables({ usageRecords: uses(200, 200) })), 'usage.bulk-access')
    ).toEqual([])
    const [finding] = findingsOf(
      await scan(tables({ usageRecords: uses(201, 201) })),
      'usage.bulk-access'
    )
    expect(finding?.id).toBe(`usage.bulk-access:${UNIT_USCC}@2026-05-06`)
    expect(finding?.evidence.facts.distinctLicences).toBe(201)
    expect(finding?.evidence.recordIds).toHaveLength(201)
    expect(finding?.departmentId).toBe('dept-unit')
  })

  it('counts licences, not uses, and days in Beijing time', async () => {
    expect(
      findingsOf(await scan(tables({ usageRecords: uses(300, 200) })), 'usage.bulk-access')
    ).toEqual([])
    const split = [
      ...uses(150, 150, '2026-05-06T15:00:00Z'),
      ...uses(100, 100, '2026-05-06T17:00:00Z').map((u) => ({
        ...u,
        id: `${u.id}b`,
        licenceId: `${u.licenceId}b`
      }))
    ]
    expect(findingsOf(await scan(tables({ usageRecords: split })), 'usage.bulk-access')).toEqual([])
  })

  it('takes the Bureau’s threshold', async () => {
    const report = await scan(tables({ usageRecords: uses(60, 60) }), {
      parameters: { 'usage.bulk-access': { dailyDistinctLicenceLimit: 50 } }
    })
    expect(findingsOf(report, 'usage.bulk-access')).toHaveLength(1)
  })
})

describe('usage.refused-valid (Art. 4)', () => {
  const refusal = (usedAt: string) =>
    usageRecord({ usedAt, result: { kind: 'refused', reason: '要求另行提供纸质原件' } })

  it('finds a refusal of a licence valid that day', async () => {
    const [finding] = findingsOf(
      await scan(
        tables({ licences: [licence()], usageRecords: [refusal('2026-05-06T10:00:00+08:00')] })
      ),
      'usage.refused-valid'
    )
    expect(finding?.departmentId).toBe('dept-unit')
    expect(zh(finding?.explanation)).toContain('第四条“电子证照与实体证照具有同等法律效力')
  })

  it('accepts refusals of licences expired, not yet valid, revoked or suspended at the time', async () => {
    const revoked = licence({
      state: 'revoked',
      statusHistory: [
        {
          action: 'revoke',
          businessTime: '2026-05-01T10:00:00+08:00',
          recordedTime: '2026-05-01T11:00:00+08:00'
        }
      ]
    })
    const suspended = licence({
      statusHistory: [
        {
          action: 'suspend',
          businessTime: '2026-05-01T10:00:00+08:00',
          recordedTime: '2026-05-01T11:00:00+08:00'
        },
        {
          action: 'unsuspend',
          businessTime: '2026-06-01T10:00:00+08:00',
          recordedTime: '2026-06-01T11:00:00+08:00'
        }
      ]
    })
    const lawful = async (subject: ReturnType<typeof licence>, usedAt: string) =>
      findingsOf(
        await scan(tables({ licences: [subject], usageRecords: [refusal(usedAt)] })),
        'usage.refused-valid'
      )
    expect(
      await lawful(licence({ validUntil: '2026-05-05' }), '2026-05-06T10:00:00+08:00')
    ).toEqual([])
    expect(await lawful(licence(), '2026-03-01T10:00:00+08:00')).toEqual([])
    expect(await lawful(revoked, '2026-05-06T10:00:00+08:00')).toEqual([])
    expect(await lawful(suspended, '2026-05-06T10:00:00+08:00')).toEqual([])
    // After 解除挂起 the licence is valid again, and refusing it is not.
    expect(await lawful(suspended, '2026-06-02T10:00:00+08:00')).toHaveLength(1)
  })
})

describe('metadata.missing (Art. 15)', () => {
  it('finds blank mandatory fields on pushed licences only, whitespace included', async () => {
    const data = tables({
      licences: [
        licence({ id: 'lic-1', number: '' }),
        licence({
          id: 'lic-2',
          holder: {
            category: 'organization',
            codeType: '001',
            name: '　',
            code: HOLDER_USCC,
            codeHash: null
          }
        }),
        licence({
          id: 'lic-3',
          number: '',
          pushedAt: null,
          completedAt: '2026-11-27T09:00:00+08:00'
        })
      ]
    })
    const found = findingsOf(await scan(data), 'metadata.missing')
    expect(found.map((finding) => [finding.subjectId, finding.evidence.facts.missing])).toEqual([
      ['lic-1', list([message('compliance.field.number')])],
      ['lic-2', list([message('compliance.field.holderName')])]
    ])
  })

  it('checks only the fields the Bureau requires', async () => {
    const data = tables({ licences: [licence({ number: '' })] })
    const report = await scan(data, {
      parameters: { 'metadata.missing': { requiredFields: ['holderName'] } }
    })
    expect(findingsOf(report, 'metadata.missing')).toEqual([])
  })
})

describe('data.invalid-code (Art. 15) and data.missing-seal (Art. 17)', () => {
  it('explains a wrong identifier check character and a wrong holder USCC check character', async () => {
    const good = licence()
    const badCheck = good.identifier.endsWith('0') ? '1' : '0'
    const data = tables({
      licences: [
        licence({ id: 'lic-1', identifier: `${good.identifier.slice(0, -1)}${badCheck}` }),
        licence({
          id: 'lic-2',
          holder: {
            ...good.holder,
            code: `${HOLDER_USCC.slice(0, 17)}${HOLDER_USCC.endsWith('0') ? '1' : '0'}`
          }
        })
      ]
    })
    const [identifier, holder] = findingsOf(await scan(data), 'data.invalid-code')
    expect(zh(identifier?.explanation)).toMatch(/证照标识“.+”不合规：校验位应为/)
    expect(zh(holder?.explanation)).toMatch(/持证主体统一社会信用代码“.+”不合规：校验位应为/)
    const lenient = await scan(data, {
      parameters: { 'data.invalid-code': { checkOrganisationHolderCodes: false } }
    })
    expect(findingsOf(lenient, 'data.invalid-code').map((f) => f.subjectId)).toEqual(['lic-1'])
  })

  it('finds an unsealed licence unless its type is exempted by law', async () => {
    const data = tables({ licences: [licence({ sealPresent: false })] })
    expect(findingsOf(await scan(data), 'data.missing-seal')).toHaveLength(1)
    const exempt = await scan(data, {
      parameters: { 'data.missing-seal': { exemptTypeCodes: [TYPE_CODE] } }
    })
    expect(findingsOf(exempt, 'data.missing-seal')).toEqual([])
  })
})
