import { describe, expect, it } from 'vitest'
import {
  AUDIT_ACTIONS,
  GENESIS_HASH,
  UNIDENTIFIED_ACTOR,
  type AuditEntry
} from '@shared/domain/audit'
import { createAppI18n, supportedLocales, type SupportedLocale } from '@renderer/i18n'
import { formatDay } from '@renderer/i18n/format'
import { renderMessage } from '@shared/i18n'
import { mergeRows } from '@renderer/features/audit/audit-check'
import {
  actionWords,
  actorWords,
  detailPairs,
  detailsLine,
  lookedUpTarget,
  NO_NAMES,
  targetWords,
  type TargetNames,
  type Words
} from '@renderer/features/audit/audit-words'

function wordsIn(locale: SupportedLocale): Words {
  const { t, te } = createAppI18n(locale).global
  return {
    t: (key, named) => t(key, named ?? {}),
    te: (key) => te(key, locale),
    day: (value) => formatDay(value, locale),
    say: (message) => renderMessage(message, (code, params) => t(code, params), locale)
  }
}

const zh = wordsIn('zh-CN')
const en = wordsIn('en')

function entry(action: string, target: string, details: AuditEntry['details'] = {}): AuditEntry {
  return {
    seq: 1,
    at: '2026-12-02T06:05:00.000Z',
    actor: '审计员张三',
    action,
    target,
    details,
    prevHash: GENESIS_HASH,
    hash: GENESIS_HASH
  }
}

const names: TargetNames = {
  licences: new Map([['lic-00000115', '豫建证字第0115号']]),
  departments: new Map([['dept-3', '许昌市住房和城乡建设局']]),
  catalog: new Map([['cat-7', '建筑业企业资质证书']]),
  notices: new Map<string, string | null>([
    ['n-1', '许数据整改〔2026〕3号'],
    ['n-2', null]
  ]),
  objections: new Map<string, string | null>([
    ['obj-1', '豫建证字第0115号'],
    ['obj-2', null]
  ])
}

describe('审计日志 action labels', () => {
  it.each(supportedLocales)('has a label for every listed action in %s', (locale) => {
    const { te, t } = createAppI18n(locale).global
    for (const code of AUDIT_ACTIONS) {
      expect(te(`audit.actions.${code}`, locale), code).toBe(true)
      expect(t(`audit.actions.${code}`)).not.toMatch(/[a-z]+\.[a-zA-Z.]+/)
    }
    const labels = AUDIT_ACTIONS.map((code) => t(`audit.actions.${code}`))
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('names actions in words, and an action of an older version neutrally', () => {
    expect(actionWords('compliance.scan', zh)).toBe('合规检查')
    expect(actionWords('import.licences', zh)).toBe('导入证照')
    expect(actionWords('rectification.issue', zh)).toBe('签发整改通知')
    expect(actionWords('seals.trustStore.import', zh)).toBe('导入信任证书')
    expect(actionWords('compliance.scan', en)).toBe('Compliance check')
    expect(actionWords('rectification.issue', en)).toBe('Issued a rectification notice')
    expect(actionWords('legacy.thing', zh)).toBe('其他操作')
    expect(actionWords('legacy.thing', en)).toBe('Other action')
  })
})

describe('审计日志 targets', () => {
  it('reads looked-up records by their own names and numbers', () => {
    const target = (value: string, words = zh) =>
      targetWords(entry('licence.put', value), names, words)
    expect(target('licence:lic-00000115')).toBe('证照 豫建证字第0115号')
    expect(target('licence:lic-00000115', en)).toBe('Licence 豫建证字第0115号')
    expect(target('department:dept-3')).toBe('许昌市住房和城乡建设局')
    expect(target('catalog:cat-7')).toBe('目录“建筑业企业资质证书”')
    expect(target('notice:n-1')).toBe('整改通知 许数据整改〔2026〕3号')
    expect(target('notice:n-2')).toBe('整改通知草稿')
    expect(target('objection:obj-1')).toBe('对证照 豫建证字第0115号 的异议申请')
    expect(target('objection:obj-2')).toBe('对已删除证照的异议申请')
  })

  it('says a record is gone without its id', () => {
    const target = (value: string, words = zh) =>
      targetWords(entry('licence.delete', value), NO_NAMES, words)
    expect(target('licence:lic-00000999')).toBe('已删除的证照')
    expect(target('licence:lic-00000999', en)).toBe('A deleted licence')
    expect(target('department:dept-9')).toBe('已删除的部门')
    expect(target('notice:0b7c9e1a-2f51-4c1e-9a33-5d1f0e6a7b88')).toBe('已删除的整改通知')
    expect(target('objection:obj-9')).toBe('已删除的异议申请')
    expect(target('rule:gone.rule')).toBe('已停用的规则')
  })

  it('reads rules, files, years, settings and sets of records as words', () => {
    const target = (value: string, words = zh, details: AuditEntry['details'] = {}) =>
      targetWords(entry('settings.update', value, details), NO_NAMES, words)
    expect(target('rule:push.online-late')).toBe('规则“线上生成证照未同步推送”')
    expect(target('file:证照数据.xlsx')).toBe('文件 证照数据.xlsx')
    expect(target('calendar:2026')).toBe('2026年')
    expect(target('calendar:2026', en)).toBe('2026')
    expect(target('setting:compliance.ruleParameters')).toBe('合规规则参数')
    expect(target('setting:compliance.yearNotices', en)).toBe('Holiday schedules')
    expect(target('setting:ui.pageSize')).toBe('一项设置')
    expect(target('licences')).toBe('多张证照')
    expect(target('findings')).toBe('合规问题')
    expect(target('findings', en)).toBe('Compliance findings')
    expect(target('catalog')).toBe('证照目录')
    expect(target('demo')).toBe('演示数据')
    expect(target('usage:u-1')).toBe('一条用证记录')
    expect(target('batch:3f2a')).toBe('一批 PDF 文件')
    expect(target('trust:fp-1', zh, { name: '许昌市数字证书认证中心' })).toBe(
      '信任证书 许昌市数字证书认证中心'
    )
    expect(target('trust:fp-1')).toBe('一份信任证书')
    expect(target('weird:thing')).toBe('其他对象')
  })

  it('picks out only the targets to look up', () => {
    expect(lookedUpTarget('licence:lic-1')).toEqual({ kind: 'licence', id: 'lic-1' })
    expect(lookedUpTarget('notice:a:b')).toEqual({ kind: 'notice', id: 'a:b' })
    expect(lookedUpTarget('catalog')).toBeNull()
    expect(lookedUpTarget('file:a.xlsx')).toBeNull()
  })
})

describe('审计日志 details', () => {
  const pairs = (value: AuditEntry, words = zh) =>
    detailPairs(value, words).map((pair) => `${pair.label}=${pair.value}`)

  it('labels each key and translates coded values', () => {
    expect(
      pairs(
        entry('rectification.receiveReport', 'notice:n-1', {
          status: 'reportReceived',
          late: true,
          attachments: 2
        })
      )
    ).toEqual(['状态=已收到整改报告', '逾期报送=是', '附件数=2'])
    expect(pairs(entry('objection.reply', 'objection:obj-1', { outcome: 'upheld' }), en)).toEqual([
      'Outcome=Data upheld'
    ])
    expect(pairs(entry('privacy.unmask', 'licence:lic-1', { field: 'holder.name' }))).toEqual([
      '查看项=持证主体名称'
    ])
    expect(
      pairs(
        entry('compliance.scan', 'findings', {
          mode: 'incremental',
          today: '2026-12-02',
          opened: 3
        })
      )
    ).toEqual(['检查方式=增量检查', '检查日期=2026年12月2日', '新发现问题=3'])
    expect(pairs(entry('licence.put', 'licences', { count: 2, reason: '手工录入' }))).toEqual([
      '数量=2',
      '原因=手工录入'
    ])
  })

  it('reads seal verdicts and reasons with the seal page’s words', () => {
    expect(
      pairs(
        entry('seals.verify', 'file:营业执照.pdf', {
          verdict: 'failed',
          reason: 'revoked',
          signatures: 1,
          size: 2_097_152
        })
      )
    ).toEqual(['核验结论=未通过', '原因=签名证书已被吊销', '签名数=1', '文件大小=2.00 MB'])
    expect(
      pairs(entry('seals.verify', 'file:营业执照.pdf', { verdict: 'passed', reason: null }))
    ).toEqual(['核验结论=通过'])
    // Entries written since reasons are catalog codes read the same.
    expect(
      pairs(entry('seals.verify', 'file:营业执照.pdf', { reason: 'seals.reason.hashFailure' }))
    ).toEqual(['原因=签名后文档内容被篡改（摘要不一致）'])
    expect(pairs(entry('seals.verify', 'file:营业执照.pdf', { reason: 'hash-failure' }))).toEqual([
      '原因=签名后文档内容被篡改（摘要不一致）'
    ])
  })

  it('hides internal ids, counts certificates added, and leaves unknown keys to the export', () => {
    expect(
      pairs(
        entry('rectification.circulate', 'notice:n-1', {
          circularId: 'circular-1',
          circularStatus: 'drafted'
        })
      )
    ).toEqual(['书面通报=草稿'])
    expect(
      pairs(
        entry('seals.trustStore.import', 'file:根证书.p7b', {
          added: 'fp-1,fp-2',
          subjects: 'CN=甲; CN=乙'
        })
      )
    ).toEqual(['新增证书=2 份', '证书主体=CN=甲; CN=乙'])
    expect(pairs(entry('legacy.thing', 'x', { somethingOld: 'a.b' }))).toEqual([])
    expect(pairs(entry('rectification.issue', 'notice:n-1', { status: 'mystery' }))).toEqual([
      '状态=其他'
    ])
  })

  it('spells rule parameters by their 设置 names, never as JSON', () => {
    const stored = entry('compliance.ruleParameters', 'rule:push.online-late', {
      parameters: JSON.stringify({ toleranceWorkingDays: 2, exemptTypeCodes: ['A1', 'B2'] })
    })
    expect(detailsLine(stored, zh)).toBe(
      '参数：容许延迟（工作日）：2；免加盖电子印章的证照类型代码：A1、B2'
    )
    expect(detailsLine(stored, en)).not.toMatch(/[{}"]/)
    expect(pairs(entry('compliance.ruleParameters', 'rule:x', { parameters: 'not json' }))).toEqual(
      []
    )
  })

  it('joins the pairs for the export in each language', () => {
    const stored = entry('calendar.yearNotice', 'calendar:2027', {
      title: '国务院办公厅关于2027年部分节假日安排的通知',
      holidays: 7
    })
    expect(detailsLine(stored, zh)).toBe(
      '通知：国务院办公厅关于2027年部分节假日安排的通知；节日数：7'
    )
    expect(detailsLine(entry('import.licences', 'file:证照.xlsx', { rows: 12 }), en)).toBe(
      'Rows: 12'
    )
    expect(detailsLine(entry('demo.reset', 'demo'), zh)).toBe('')
  })
})

describe('审计日志 entries main writes itself', () => {
  it('names the operator acted on, their unit, roles and whether enabled, in both languages', () => {
    const changed = entry('operators.setEnabled', 'operator:op-7', {
      operator: '赵审计',
      unit: '监督科',
      roles: 'auditor,complianceOfficer',
      enabled: false
    })
    expect(actionWords(changed.action, zh)).toBe('启用或停用操作员')
    expect(targetWords(changed, NO_NAMES, zh)).toBe('操作员 赵审计')
    expect(targetWords(changed, NO_NAMES, en)).toBe('Operator 赵审计')
    expect(targetWords(entry('operators.create', 'operator:op-8'), NO_NAMES, zh)).toBe('一名操作员')
    expect(detailPairs(changed, zh).map((p) => `${p.label}=${p.value}`)).toEqual([
      '操作员=赵审计',
      '单位/科室=监督科',
      '角色=审计员、合规专员',
      '启用=否'
    ])
    expect(detailPairs(changed, en).map((p) => `${p.label}=${p.value}`)).toEqual([
      'Operator=赵审计',
      'Unit=监督科',
      'Roles=Auditor, Compliance officer',
      'Enabled=No'
    ])
  })

  it('reads 操作人 with the roles they acted in, an older bare name as it is, and an unknown caller', () => {
    expect(actorWords('王管理 [administrator]', zh)).toBe('王管理（系统管理员）')
    expect(actorWords('王管理 [administrator,auditor]', en)).toBe('王管理 (Auditor, Administrator)')
    expect(actorWords('本机操作员', zh)).toBe('本机操作员')
    expect(actorWords(UNIDENTIFIED_ACTOR, zh)).toBe('未识别的调用方')
    expect(actorWords(UNIDENTIFIED_ACTOR, en)).toBe('An unidentified caller')
  })
})

describe('审计日志 rows', () => {
  const at = (seq: number, time: string): AuditEntry => ({
    ...entry('licence.put', 'licences'),
    seq,
    at: time
  })
  it('lists main’s entries among the working copy’s by time, once the page reaches their time', () => {
    const workbench = [at(3, '2026-12-02T03:00:00.000Z'), at(2, '2026-12-02T02:00:00.000Z')]
    const main = [at(2, '2026-12-02T02:30:00.000Z'), at(1, '2026-12-02T01:00:00.000Z')]
    expect(mergeRows(workbench, main, false).map((r) => `${r.source}${r.seq}`)).toEqual([
      'workbench3',
      'main2',
      'workbench2'
    ])
    expect(mergeRows(workbench, main, true).map((r) => `${r.source}${r.seq}`)).toEqual([
      'workbench3',
      'main2',
      'workbench2',
      'main1'
    ])
    expect(mergeRows([], main, false)).toEqual([])
  })
})
