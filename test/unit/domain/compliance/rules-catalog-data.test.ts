import { describe, expect, it } from 'vitest'
import { checkLicenceIdentifier } from '../../../../src/shared/domain/codes/licence-identifier'
import { reasonMessage } from '../../../../src/shared/domain/codes/result'
import { checkUscc } from '../../../../src/shared/domain/codes/uscc'
import {
  createInMemoryComplianceSource,
  requiredCorrections,
  scanCompliance
} from '../../../../src/shared/domain/compliance'
import { day, instant, list, message } from '../../../../src/shared/i18n'
import {
  catalogEntry,
  department,
  findingsOf,
  HOLDER_USCC,
  ISSUER_USCC,
  licence,
  OTHER_USCC,
  scan,
  settings,
  tables,
  TYPE_CODE,
  uscc
} from './fixtures'
import { cite, en, zh } from './words'

/**
 * What an officer reads, written out from the measures (《许昌市电子证照管理暂行办法》) rather than
 * taken from the code's quote table, so a rule citing the wrong words or none fails here.
 */
const ART_11 =
  '依据《办法》第十一条“上级部门未确定电子证照目录标准的证照签发单位，应在市统一电子证照库登记本单位签发的电子证照目录信息并实时更新，主要包括：（一）证照名称；（二）证照类型；（三）证照颁发机构名称；（四）证照持有主体类型；（五）证照底图”'
const ART_13_OFFLINE =
  '依据《办法》第十三条“证照签发单位应采用离线生成方式，在业务办结1个工作日内将证照数据推送至市统一电子证照库”'
const ART_15 =
  '依据《办法》第十五条“按照‘谁提供，谁负责’的原则，证照签发单位负责证照信息的完整性、准确性、时效性”'
const ART_17 =
  '依据《办法》第十七条“证照签发单位应当按照《中华人民共和国电子签名法》和相关技术规范要求，对电子证照加盖电子印章。但法律、行政法规另有规定的除外”'
const ART_18 =
  '依据《办法》第十八条“证照发生变更、有效期届满等，需要延续、吊销、注销、废止、挂起、质押的，证照签发单位应实时更新并同步至市统一电子证照库”'

/** The fixture issuer's name, as the department table records it. */
const ISSUER = '许昌市市场监督管理局'
/** The fixture licence, named by its number (证照编号), never by its internal id. */
const LICENCE = message('compliance.licence.numbered', { number: 'SP2026001' })
/** `业务办结后n个工作日内` and its kin: a period of n working days after an event. */
const within = (event: string, days: number) =>
  message('compliance.period.within', { event: message(`compliance.event.${event}`), days })
const daysLate = (days: number) => message('compliance.deadline.daysLate', { days })

describe('catalog.incomplete: what the issuer is told is missing (Art. 11)', () => {
  it('names the entry in quotation marks, lists every missing item and keeps the entry as the record shown', async () => {
    const report = await scan(
      tables({ catalog: [catalogEntry({ licenceCategory: null, baseMap: null })] })
    )
    const [finding] = findingsOf(report, 'catalog.incomplete')
    expect(finding?.title).toEqual(message('compliance.rule.catalogIncomplete'))
    expect(zh(finding?.title)).toBe('证照目录登记事项不全')
    expect(finding?.article).toEqual(message('compliance.article.art11'))
    expect(finding?.departmentId).toBe('dept-issuer')
    const missing = list([
      message('licences.art11Item.licenceCategory'),
      message('licences.art11Item.baseMap')
    ])
    expect(finding?.explanation).toEqual(
      message('compliance.explanation.catalogIncomplete', {
        citation: cite('art11', 'art11'),
        department: ISSUER,
        entry: message('compliance.catalogEntry.named', { name: '食品经营许可证' }),
        missing
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_11}。${ISSUER}登记的证照目录“食品经营许可证”缺少证照类型、证照底图。`
    )
    expect(en(finding?.explanation)).toMatch(
      /^Under Article 11 of the Measures: “.+\(5\) the base image”\. The catalog entry “食品经营许可证” registered by 许昌市市场监督管理局 lacks /
    )
    expect(finding?.evidence.recordIds).toEqual(['cat-1'])
    expect(finding?.evidence.actual).toBe('2025-01-01T08:00:00+08:00')
    expect(finding?.evidence.facts).toEqual({ missing, typeCode: TYPE_CODE, version: 1 })
  })

  it('names an entry without a name by its type code', async () => {
    const report = await scan(tables({ catalog: [catalogEntry({ name: '' })] }))
    const [finding] = findingsOf(report, 'catalog.incomplete')
    expect(finding?.explanation?.params?.entry).toEqual(
      message('compliance.catalogEntry.typeCode', { typeCode: TYPE_CODE })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_11}。${ISSUER}登记的证照目录${TYPE_CODE}缺少证照名称。`
    )
  })
})

describe('catalog.unregistered-type: the sentence and record of an unregistered type (Art. 11)', () => {
  it('names the licence, its number and the unregistered type code, against the issuer', async () => {
    const unregistered = `${ISSUER_USCC}002`
    const report = await scan(tables({ licences: [licence({ typeCode: unregistered })] }))
    const [finding] = findingsOf(report, 'catalog.unregistered-type')
    expect(finding?.departmentId).toBe('dept-issuer')
    expect(finding?.title).toEqual(message('compliance.rule.catalogUnregisteredType'))
    expect(finding?.explanation).toEqual(
      message('compliance.explanation.catalogUnregisteredType', {
        citation: cite('art11', 'art11'),
        licence: LICENCE,
        typeCode: unregistered
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_11}。证照SP2026001的证照类型代码${unregistered}未在证照目录中登记。`
    )
    expect(finding?.evidence.recordIds).toEqual(['lic-1'])
    expect(finding?.evidence.facts).toEqual({ typeCode: unregistered })
  })
})

describe('catalog.stale-issuer: which stale items are named, and when (Art. 11, 实时更新)', () => {
  const CHANGED_AT = '2026-06-01T09:00:00+08:00'
  const RENAMED = '许昌市市场监督管理局（更名）'
  const staleName = message('compliance.stale.issuerName', { recorded: ISSUER, current: RENAMED })
  const staleCode = message('compliance.stale.definerCode', {
    recorded: ISSUER_USCC,
    current: OTHER_USCC
  })
  const staleOf = async (
    changed: Parameters<typeof department>[0],
    entry: Parameters<typeof catalogEntry>[0],
    today = '2026-06-03'
  ) => {
    const data = tables({
      departments: [department({ updatedAt: CHANGED_AT, ...changed })],
      catalog: [catalogEntry(entry)]
    })
    return findingsOf(await scan(data, { today }), 'catalog.stale-issuer')
  }

  it('explains a renamed and recoded issuer in full (the definer still bears the old name, so it is the issuer): both stale items, the dates, the deadline and the lateness', async () => {
    const [finding] = await staleOf({ name: RENAMED, uscc: OTHER_USCC }, {})
    expect(finding?.title).toEqual(message('compliance.rule.catalogStaleIssuer'))
    expect(zh(finding?.title)).toBe('颁发机构变更后目录未更新')
    expect(finding?.departmentId).toBe('dept-issuer')
    const update = message('compliance.duty.updateCatalog')
    expect(finding?.explanation).toEqual(
      message('compliance.deadline.late', {
        citation: cite('art11', 'art11'),
        situation: message('compliance.situation.staleIssuer', {
          department: RENAMED,
          changed: day('2026-06-01'),
          entry: '食品经营许可证',
          entryUpdated: day('2025-01-01'),
          stale: list([staleName, staleCode]),
          period: within('issuerChange', 1)
        }),
        lastDay: day('2026-06-02'),
        duty: update,
        outcome: message('compliance.deadline.notDone', {
          today: day('2026-06-03'),
          duty: update,
          lateness: daysLate(1)
        })
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_11}。${RENAMED}的机构信息于2026年6月1日变更，其证照目录“食品经营许可证”最后更新于2025年1月1日，证照颁发机构名称仍为“${ISSUER}”（现名“${RENAMED}”）、证照定义机构代码仍为${ISSUER_USCC}（现统一社会信用代码${OTHER_USCC}）；按机构变更后1个工作日内更新目录的要求，应于2026年6月2日（含）前更新证照目录，截至2026年6月3日仍未更新证照目录，逾期1个工作日。`
    )
    expect(en(finding?.explanation)).toContain(
      'the duty to update the catalog entry fell due on 2026-06-02 (inclusive); as of 2026-06-03 nothing had been done to update the catalog entry, 1 working day(s) late.'
    )
    expect(finding?.evidence).toMatchObject({
      recordIds: ['cat-1', 'dept-issuer'],
      deadline: '2026-06-02',
      actual: null,
      workingDaysLate: 1
    })
    expect(finding?.evidence.facts).toEqual({
      departmentChangedAt: instant(CHANGED_AT),
      entryUpdatedAt: instant('2025-01-01T08:00:00+08:00'),
      stale: list([staleName, staleCode]),
      toleranceWorkingDays: 1
    })
  })

  it('treats the definer as the issuer when it bears the issuer’s current name, though the entry names no issuer', async () => {
    // Only the USCC changed; the entry has no 颁发机构名称 to be stale, so only the code is named.
    const [finding] = await staleOf({ uscc: OTHER_USCC }, { issuingAuthorityName: null })
    expect(finding?.evidence.facts.stale).toEqual(list([staleCode]))
  })

  it('treats the definer as the issuer when only its name was brought up to date, and still asks for its code', async () => {
    const [finding] = await staleOf(
      { name: RENAMED, uscc: OTHER_USCC },
      { definingAuthority: { name: RENAMED, code: ISSUER_USCC, level: 'municipal' } }
    )
    expect(finding?.evidence.facts.stale).toEqual(list([staleName, staleCode]))
  })

  it('does not ask for the code of a definer that is another body (a national ministry)', async () => {
    const ministry = {
      name: '国家市场监督管理总局',
      code: uscc('11100000', '00001234'),
      level: 'national' as const
    }
    const [finding] = await staleOf(
      { name: RENAMED, uscc: OTHER_USCC },
      { definingAuthority: ministry }
    )
    expect(finding?.evidence.facts.stale).toEqual(list([staleName]))
  })

  it('leaves an entry last edited after the department changed, even if it still names the old issuer', async () => {
    expect(
      await staleOf({ name: RENAMED }, { updatedAt: '2026-06-02T09:00:00+08:00' }, '2026-11-27')
    ).toEqual([])
  })

  it('leaves an entry edited at the very instant of the change (read across time zones), but not one a second earlier', async () => {
    expect(
      await staleOf({ name: RENAMED }, { updatedAt: '2026-06-01T01:00:00Z' }, '2026-11-27')
    ).toEqual([])
    expect(
      await staleOf({ name: RENAMED }, { updatedAt: '2026-06-01T08:59:59+08:00' }, '2026-11-27')
    ).toHaveLength(1)
  })

  it('takes a tolerance the Bureau sets between 0 and 60 working days, and words the 整改要求 with it', async () => {
    const data = tables({
      departments: [department({ name: RENAMED, updatedAt: CHANGED_AT })],
      catalog: [catalogEntry()]
    })
    const parameters = { 'catalog.stale-issuer': { toleranceWorkingDays: 2 } }
    expect(
      findingsOf(await scan(data, { today: '2026-06-03', parameters }), 'catalog.stale-issuer')
    ).toEqual([])
    const late = findingsOf(
      await scan(data, { today: '2026-06-04', parameters }),
      'catalog.stale-issuer'
    )
    expect(late[0]?.evidence).toMatchObject({ deadline: '2026-06-03', workingDaysLate: 1 })
    expect(late[0]?.evidence.facts.toleranceWorkingDays).toBe(2)
    const [correction] = requiredCorrections(late, parameters)
    expect(correction?.text).toEqual(
      message('compliance.correction.catalogStaleIssuer', {
        count: 1,
        period: within('issuerChange', 2)
      })
    )
    expect(zh(correction?.text)).toBe(
      '更新1条证照目录中已变更的颁发机构名称、代码等信息，今后在机构变更后2个工作日内同步更新证照目录。'
    )
    expect(correction?.article).toEqual(message('compliance.article.art11'))

    const accepts = async (toleranceWorkingDays: number) =>
      (
        await scanCompliance(
          createInMemoryComplianceSource(data),
          settings({ parameters: { 'catalog.stale-issuer': { toleranceWorkingDays } } })
        )
      ).ok
    expect(await accepts(0)).toBe(true)
    expect(await accepts(60)).toBe(true)
    expect(await accepts(61)).toBe(false)
    expect(await accepts(-1)).toBe(false)
  })

  it('orders the default correction within 1 working day of the change', async () => {
    const found = await staleOf({ name: RENAMED }, {})
    expect(requiredCorrections(found).map((c) => zh(c.text))).toEqual([
      '更新1条证照目录中已变更的颁发机构名称、代码等信息，今后在机构变更后1个工作日内同步更新证照目录。'
    ])
  })
})

describe('push deadlines: the sentence, facts and correction of a late push (Art. 13)', () => {
  it('explains a late offline push with the completion, the deadline, the push day and the lateness', async () => {
    const data = tables({
      licences: [
        licence({ completedAt: '2026-09-30T16:00:00+08:00', pushedAt: '2026-10-09T09:00:00+08:00' })
      ]
    })
    const found = findingsOf(await scan(data), 'push.offline-late')
    const offline = message('licences.generationMode.offline')
    expect(found[0]?.title).toEqual(message('compliance.rule.pushOfflineLate'))
    expect(found[0]?.article).toEqual(message('compliance.article.art13'))
    expect(found[0]?.explanation).toEqual(
      message('compliance.deadline.late', {
        citation: cite('art13', 'art13Offline'),
        situation: message('compliance.situation.push', {
          licence: LICENCE,
          department: ISSUER,
          mode: offline,
          completed: day('2026-09-30'),
          period: within('completion', 1)
        }),
        lastDay: day('2026-10-08'),
        duty: message('compliance.duty.push'),
        outcome: message('compliance.deadline.done', {
          done: message('compliance.done.pushed', { day: day('2026-10-09') }),
          lateness: daysLate(1)
        })
      })
    )
    expect(zh(found[0]?.explanation)).toBe(
      `${ART_13_OFFLINE}。证照SP2026001由${ISSUER}以线下生成方式于2026年9月30日业务办结，按业务办结后1个工作日内推送的要求，应于2026年10月8日（含）前推送至市统一电子证照库，实际于2026年10月9日推送，逾期1个工作日。`
    )
    expect(en(found[0]?.explanation)).toBe(
      `Under Article 13 of the Measures: “the issuing unit shall use offline generation and push the licence data to the city’s unified e-licence library within 1 working day of completing the business”. On 2026-09-30, ${ISSUER} completed licence SP2026001 (Generated offline), to be pushed within 1 working day(s) of completion; the duty to push it to the city’s unified e-licence library fell due on 2026-10-08 (inclusive); it was pushed on 2026-10-09, 1 working day(s) late.`
    )
    expect(found[0]?.evidence.actual).toBe('2026-10-09T09:00:00+08:00')
    expect(found[0]?.evidence.facts).toEqual({
      generationMode: offline,
      completedAt: instant('2026-09-30T16:00:00+08:00'),
      deadlineWorkingDays: 1
    })
    const corrections = requiredCorrections(found)
    expect(corrections.map((c) => c.text)).toEqual([
      message('compliance.correction.push', {
        count: 1,
        mode: offline,
        period: within('completion', 1)
      })
    ])
    expect(corrections.map((c) => zh(c.text))).toEqual([
      '核查1张线下生成电子证照推送逾期的原因，补推尚未推送的证照数据，今后在业务办结后1个工作日内推送至市统一电子证照库。'
    ])
  })
})

describe('data.expired-shown-valid: the sentence and facts of an expired 有效 licence (Art. 18)', () => {
  const expiredOn = (validUntil: string, today: string) =>
    scan(tables({ licences: [licence({ validUntil })] }), { today }).then((report) =>
      findingsOf(report, 'data.expired-shown-valid')
    )

  it('explains the last valid day, the first expired day, the deadline and the lateness', async () => {
    const [finding] = await expiredOn('2026-09-30', '2026-10-09')
    expect(finding?.title).toEqual(message('compliance.rule.dataExpiredShownValid'))
    expect(zh(finding?.title)).toBe('证照已过期仍显示有效')
    expect(finding?.departmentId).toBe('dept-issuer')
    const renewOrCancel = message('compliance.duty.renewOrCancel')
    expect(finding?.explanation).toEqual(
      message('compliance.deadline.late', {
        citation: cite('art18', 'art18'),
        situation: message('compliance.situation.expired', {
          licence: LICENCE,
          validUntil: day('2026-09-30'),
          expiredOn: day('2026-10-01'),
          period: within('expiry', 1)
        }),
        lastDay: day('2026-10-08'),
        duty: renewOrCancel,
        outcome: message('compliance.deadline.notDone', {
          today: day('2026-10-09'),
          duty: renewOrCancel,
          lateness: daysLate(1)
        })
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_18}。证照SP2026001有效期截止于2026年9月30日，自2026年10月1日起已过期但状态仍为“有效”，按有效期届满后1个工作日内更新状态的要求，应于2026年10月8日（含）前办理延续或注销，截至2026年10月9日仍未办理延续或注销，逾期1个工作日。`
    )
    expect(finding?.evidence.recordIds).toEqual(['lic-1'])
    expect(finding?.evidence.facts).toEqual({
      validUntil: day('2026-09-30'),
      state: message('licences.state.valid'),
      toleranceWorkingDays: 1
    })
    expect(zh(requiredCorrections([finding!])[0]?.text)).toBe(
      '核对1张有效期已届满但仍显示为“有效”的电子证照，按实际办理延续或注销并同步至市统一电子证照库，建立有效期届满预警。'
    )
  })

  it('does not count a licence on its last valid day, nor a 长期 one', async () => {
    expect(await expiredOn('2026-11-27', '2026-11-27')).toEqual([])
    expect(await expiredOn('长期', '2026-11-27')).toEqual([])
  })
})

describe('data.invalid-code: which code is wrong and why (Art. 15)', () => {
  /** The fixture identifier with a two-digit version: both its version and its check fail. */
  const twoFaults = licence().identifier.replace('.001.', '.01.')
  const identifierProblems = list(checkLicenceIdentifier(twoFaults).reasons.map(reasonMessage))
  const identifierWords = '版本号应为3位数字，实际为“01”、校验位应为“N”，实际为“B”'
  const shortHolder = HOLDER_USCC.slice(0, 15)
  const holderProblems = list(checkUscc(shortHolder).reasons.map(reasonMessage))
  const holderWords = '统一社会信用代码应为18位，实际为15位'
  const organisation = (code: string) => ({
    category: 'organization' as const,
    codeType: '001' as const,
    name: '许昌某食品有限公司',
    code,
    codeHash: null
  })
  const invalidCodes = async (...licences: ReturnType<typeof licence>[]) =>
    findingsOf(await scan(tables({ licences })), 'data.invalid-code')

  it('lists every fault of an identifier, and only the identifier’s', async () => {
    const [finding] = await invalidCodes(licence({ identifier: twoFaults }))
    expect(finding?.departmentId).toBe('dept-issuer')
    expect(finding?.title).toEqual(message('compliance.rule.dataInvalidCode'))
    expect(identifierProblems.list).toHaveLength(2)
    expect(finding?.explanation).toEqual(
      message('compliance.explanation.dataInvalidCode', {
        citation: cite('art15', 'art15'),
        licence: LICENCE,
        problems: list([
          message('compliance.invalidCode.identifier', {
            value: twoFaults,
            reasons: identifierProblems
          })
        ])
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_15}。证照SP2026001的证照标识“${twoFaults}”不合规：${identifierWords}。`
    )
    expect(finding?.evidence.recordIds).toEqual(['lic-1'])
    expect(finding?.evidence.facts).toEqual({ identifierProblems })
  })

  it('names only the holder’s USCC when the identifier is right', async () => {
    const [finding] = await invalidCodes(licence({ holder: organisation(shortHolder) }))
    expect(finding?.explanation?.params?.problems).toEqual(
      list([
        message('compliance.invalidCode.holder', { value: shortHolder, reasons: holderProblems })
      ])
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_15}。证照SP2026001的持证主体统一社会信用代码“${shortHolder}”不合规：${holderWords}。`
    )
    expect(finding?.evidence.facts).toEqual({ holderCodeProblems: holderProblems })
  })

  it('names both codes in one sentence when both are wrong', async () => {
    const [finding] = await invalidCodes(
      licence({ identifier: twoFaults, holder: organisation(shortHolder) })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_15}。证照SP2026001的证照标识“${twoFaults}”不合规：${identifierWords}、持证主体统一社会信用代码“${shortHolder}”不合规：${holderWords}。`
    )
    expect(finding?.evidence.facts).toEqual({
      identifierProblems,
      holderCodeProblems: holderProblems
    })
  })

  it('does not check a natural person’s masked code as a USCC', async () => {
    const person = licence({
      holder: {
        category: 'naturalPerson',
        codeType: '111',
        name: '张三',
        code: '411002********123X',
        codeHash: 'b'.repeat(64)
      }
    })
    expect(await invalidCodes(person)).toEqual([])
  })

  it('leaves a blank holder code to metadata.missing rather than calling it malformed', async () => {
    const blank = licence({ holder: organisation('') })
    expect(await invalidCodes(blank)).toEqual([])
    const missing = findingsOf(await scan(tables({ licences: [blank] })), 'metadata.missing')
    expect(missing.map((f) => f.evidence.facts.missing)).toEqual([
      list([message('compliance.field.holderCode')])
    ])
  })
})

describe('data.missing-seal: the sentence and record of an unsealed licence (Art. 17)', () => {
  it('names the licence and the issuing department', async () => {
    const report = await scan(tables({ licences: [licence({ sealPresent: false })] }))
    const [finding] = findingsOf(report, 'data.missing-seal')
    expect(finding?.departmentId).toBe('dept-issuer')
    expect(finding?.title).toEqual(message('compliance.rule.dataMissingSeal'))
    expect(finding?.explanation).toEqual(
      message('compliance.explanation.dataMissingSeal', {
        citation: cite('art17', 'art17'),
        licence: LICENCE,
        department: ISSUER
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_17}。证照SP2026001由${ISSUER}签发，未加盖电子印章。`
    )
    expect(finding?.evidence.recordIds).toEqual(['lic-1'])
    expect(finding?.evidence.facts).toEqual({ typeCode: TYPE_CODE })
  })
})

describe('a department the scan does not know', () => {
  it('reads as 未知单位, never as its id', async () => {
    const report = await scan(
      tables({ licences: [licence({ sealPresent: false, issuerDepartmentId: 'dept-gone' })] })
    )
    const [finding] = findingsOf(report, 'data.missing-seal')
    expect(finding?.departmentId).toBe('dept-gone')
    expect(finding?.explanation?.params?.department).toEqual(
      message('compliance.department.unknown')
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_17}。证照SP2026001由（未知单位）签发，未加盖电子印章。`
    )
    expect(en(finding?.explanation)).toMatch(/, issued by \(unknown unit\)\.$/)
  })
})

describe('metadata.missing: each mandatory field, and the sentence (Art. 15)', () => {
  it('finds each mandatory field blank on its own', async () => {
    const data = tables({
      licences: [
        licence({ id: 'lic-1', holder: { ...licence().holder, code: '' } }),
        licence({ id: 'lic-2', issueDate: '' }),
        licence({ id: 'lic-3', issuingAuthorityCode: ' ' })
      ]
    })
    const found = findingsOf(await scan(data), 'metadata.missing')
    expect(found.map((f) => [f.subjectId, f.evidence.facts.missing])).toEqual([
      ['lic-1', list([message('compliance.field.holderCode')])],
      ['lic-2', list([message('compliance.field.issueDate')])],
      ['lic-3', list([message('compliance.field.issuingAuthorityCode')])]
    ])
    expect(found.map((f) => zh(f.explanation).split('但')[1])).toEqual([
      `持证主体代码为空，${ISSUER}提供的证照信息不完整。`,
      `颁证日期为空，${ISSUER}提供的证照信息不完整。`,
      `证照颁发机构代码为空，${ISSUER}提供的证照信息不完整。`
    ])
  })

  it('explains when the licence was pushed, every blank field, and whose data is incomplete', async () => {
    const report = await scan(tables({ licences: [licence({ number: '', issueDate: ' ' })] }))
    const [finding] = findingsOf(report, 'metadata.missing')
    expect(finding?.title).toEqual(message('compliance.rule.metadataMissing'))
    expect(zh(finding?.title)).toBe('推送证照缺少必填信息')
    expect(finding?.departmentId).toBe('dept-issuer')
    const missing = list([
      message('compliance.field.number'),
      message('compliance.field.issueDate')
    ])
    expect(finding?.explanation).toEqual(
      message('compliance.explanation.metadataMissing', {
        citation: cite('art15', 'art15'),
        licence: message('compliance.licence.unnumbered'),
        pushed: day('2026-03-02'),
        missing,
        department: ISSUER
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_15}。未填写编号的证照已于2026年3月2日推送至市统一电子证照库，但证照编号、颁证日期为空，${ISSUER}提供的证照信息不完整。`
    )
    expect(en(finding?.explanation)).toContain(
      'On 2026-03-02, a licence without a number was pushed to the city’s unified e-licence library, but these are empty: licence number, issue date.'
    )
    expect(finding?.evidence.recordIds).toEqual(['lic-1'])
    expect(finding?.evidence.actual).toBe('2026-03-02T10:00:00+08:00')
    expect(finding?.evidence.facts).toEqual({ missing })
  })
})
