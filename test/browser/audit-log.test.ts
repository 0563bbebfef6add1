import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import AuditLogView from '@renderer/features/audit/AuditLogView.vue'
import { DEFAULT_DB_NAME } from '@renderer/db/database'
import type { AuditedChange } from '@renderer/db/repositories/audit'
import type { SupportedLocale } from '@renderer/i18n'
import { useSessionStore } from '@renderer/session/session-store'
import { setSignedInOperator } from '@renderer/session/operator'
import { catalogEntry, department, licence } from '../unit/domain/compliance/fixtures'
import { clientFor, mountWithApp, scriptedTransport, waitFor } from './support/mount'
import { localAuditSeal } from './support/audit-seal'
import type { AuditCheckOutcome, RpcResult } from '@shared/contract'
import type { AuditEntry } from '@shared/domain/audit'

/** A dotted code such as `compliance.scan` or `setting:compliance.ruleParameters`. */
const CODE = /[a-z]+\.[a-zA-Z.]+/

let pinia: Pinia
let mounted: { unmount(): void } | undefined

/** An entry of main's own log: a trust-store change an administrator made. */
const mainEntry: AuditEntry = {
  seq: 1,
  at: '2026-12-02T02:00:00.000Z',
  actor: '王管理 [administrator]',
  action: 'seals.trustStore.remove',
  target: 'trust:certificate-' + 'a'.repeat(64),
  details: { name: 'SM2 Test Root CA' },
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
  prevMac: '0'.repeat(64),
  mac: '2'.repeat(64)
}

/** What main says 校验完整性 found, in this test: one problem in each log. */
const checked: AuditCheckOutcome = {
  workbench: {
    ok: false,
    entries: 12,
    problems: [
      {
        seq: 3,
        kind: 'rehashed',
        code: 'audit.chain.rehashed',
        params: { seq: 3 }
      },
      {
        seq: 9,
        kind: 'truncated',
        code: 'audit.chain.truncated',
        params: { range: { code: 'audit.chain.range.many', params: { from: 9, to: 12 } }, head: 12 }
      }
    ]
  },
  main: {
    ok: false,
    entries: 0,
    problems: [{ seq: 1, kind: 'wiped', code: 'audit.chain.wiped', params: { count: 1 } }]
  },
  keyedFrom: { seq: 2, at: '2026-12-02T01:00:00.000Z' }
}

/** Main as the page and the session reach it: keys entries, lists its log, checks. */
function mainTransport() {
  const seal = localAuditSeal()
  return scriptedTransport(async (channel, payload): Promise<RpcResult<unknown>> => {
    switch (channel) {
      case 'audit.seal':
        return { ok: true, data: await seal.seal(payload as never) }
      case 'audit.commit':
        return { ok: true, data: { committed: true } }
      case 'audit.mainLog':
        return { ok: true, data: { entries: [mainEntry] } }
      case 'audit.check.page':
        return { ok: true, data: { checkId: 'check-1' } }
      case 'audit.check.finish':
        return { ok: true, data: checked }
      default:
        return { ok: true, data: null }
    }
  })
}

/** Entries written by the producers themselves, plus one an older version wrote. */
async function seed(): Promise<void> {
  const session = useSessionStore()
  setSignedInOperator({ id: 'op-1', name: '赵审计', unit: '审计科', roles: ['auditor'] })
  if (!(await session.open(clientFor(mainTransport()))))
    throw new Error(session.error?.detail ?? 'not opened')
  const { repos } = session
  const record = (change: AuditedChange) =>
    repos.audit.recordChange([], change, async () => undefined)
  await repos.departments.put(
    [department({ id: 'dept-3', name: '许昌市住房和城乡建设局' })],
    '手工录入'
  )
  await repos.catalog.put([catalogEntry({ id: 'cat-7', name: '食品经营许可证' })], '手工录入')
  await repos.licences.put([licence({ id: 'lic-00000115', number: 'JY14110020115' })], '手工录入')
  await repos.licences.put([licence({ id: 'lic-00000116', number: 'JY14110020116' })], '手工录入')
  await repos.licences.remove('lic-00000116')
  await record({
    action: 'compliance.scan',
    target: 'findings',
    details: { mode: 'full', today: '2026-12-02', opened: 3, updated: 0, resolved: 1 }
  })
  await repos.compliance.setRuleParameters('catalog.stale-issuer', { toleranceWorkingDays: 2 })
  await record({
    action: 'rectification.issue',
    target: `notice:${globalThis.crypto.randomUUID()}`,
    details: { status: 'issued', documentNumber: '许数管〔2026〕1号', deadline: '2026-12-16' }
  })
  await record({
    action: 'objection.reply',
    target: 'objection:obj-9',
    details: { outcome: 'corrected' }
  })
  await record({ action: 'import.licences', target: 'file:证照数据.xlsx', details: { rows: 12 } })
  await record({ action: 'calendar.yearNotice', target: 'calendar:2026', details: { holidays: 7 } })
  await record({
    action: 'legacy.renamed' as AuditedChange['action'],
    target: 'widget:w-1',
    details: { somethingOld: { nested: true } }
  })
  session.enter('ready')
}

async function rendered(locale: SupportedLocale, transport = mainTransport()) {
  const view = mountWithApp(AuditLogView, clientFor(transport), {
    pinia,
    locale
  })
  mounted = view
  const rows = () => view.host.querySelectorAll('[data-testid="audit-table"] .el-table__body tr')
  await waitFor(() => rows().length === 13 && !!view.host.textContent?.includes('JY14110020115'))
  const body = view.host.querySelector('[data-testid="audit-table"] .el-table__body')!
  return {
    view,
    text: body.textContent ?? '',
    rows: [...rows()].map((row) => row.textContent ?? '')
  }
}

function expectNoDeveloperStrings(text: string): void {
  expect(text).not.toMatch(CODE)
  expect(text).not.toMatch(/lic-|dept-|cat-|obj-|notice:|widget/)
  expect(text).not.toMatch(/[{}"]/)
}

beforeEach(async () => {
  await Dexie.delete(DEFAULT_DB_NAME)
  pinia = createPinia()
  setActivePinia(pinia)
  await seed()
})

afterEach(() => {
  mounted?.unmount()
  useSessionStore().db?.close()
})

describe('审计日志 view', () => {
  it('reads as words in Chinese: actions, targets by their names, details as label and value', async () => {
    const { view, text, rows } = await rendered('zh-CN')
    expectNoDeveloperStrings(text)
    const row = (words: string) => rows.find((candidate) => candidate.includes(words)) ?? ''
    expect(row('保存部门')).toContain('许昌市住房和城乡建设局')
    expect(row('保存证照目录')).toContain('目录“食品经营许可证”')
    expect(row('保存证照')).toContain('数量：1原因：手工录入')
    expect(text).toContain('证照 JY14110020115')
    expect(row('删除证照')).toContain('已删除的证照')
    expect(row('合规检查')).toContain('合规问题')
    expect(row('合规检查')).toContain('检查方式：全面检查')
    expect(row('合规检查')).toContain('检查日期：2026年12月2日')
    expect(row('修改合规规则参数')).toContain('规则“颁发机构变更后目录未更新”')
    expect(row('修改合规规则参数')).toContain('参数：容许延迟（工作日）：2')
    expect(row('签发整改通知')).toContain('已删除的整改通知')
    expect(row('签发整改通知')).toContain('状态：已下发，整改中')
    expect(row('签发整改通知')).toContain('期限届满日：2026年12月16日')
    expect(row('答复异议申请')).toContain('答复结果：已更正')
    expect(row('导入证照')).toContain('文件 证照数据.xlsx')
    expect(row('录入节假日安排')).toContain('2026年')
    expect(row('其他操作')).toContain('其他对象')
    const other = [...view.host.querySelectorAll('[data-testid="audit-table"] [title]')].find(
      (element) => element.textContent === '其他操作'
    )
    expect(other?.getAttribute('title')).toBe('legacy.renamed')
  })

  it('reads as words in English too', async () => {
    const { text, rows } = await rendered('en')
    expectNoDeveloperStrings(text)
    const row = (words: string) => rows.find((candidate) => candidate.includes(words)) ?? ''
    expect(row('Compliance check')).toContain('Compliance findings')
    expect(row('Compliance check')).toContain('Check: Full check')
    expect(row('Deleted a licence')).toContain('A deleted licence')
    expect(text).toContain('Licence JY14110020115')
    expect(row('Replied to an objection')).toContain('Outcome: Corrected')
    expect(row('Imported licences')).toContain('Rows: 12')
    expect(row('Changed rule parameters')).toContain('Parameters: Tolerance (working days): 2')
    expect(row('Other action')).toContain('Another object')
  })

  it('shows main’s own entries with the operator and role, and what main’s check found, in words', async () => {
    const transport = mainTransport()
    const { view, rows } = await rendered('zh-CN', transport)
    const mainRow = rows.find((row) => row.includes('移除信任证书')) ?? ''
    expect(mainRow).toContain('主进程')
    expect(mainRow).toContain('王管理（系统管理员）')
    expect(mainRow).toContain('信任证书 SM2 Test Root CA')
    ;(view.host.querySelector('[data-testid="audit-verify"]') as HTMLButtonElement).click()
    await waitFor(() => !!view.host.querySelector('[data-testid="audit-verdict"]'))
    const verdict = view.host.querySelector('[data-testid="audit-verdict"]')?.textContent ?? ''
    expect(verdict).toContain('校验未通过：发现 3 处异常')
    expect(verdict).toContain('第3条记录被改动后重新计算了哈希：只有密钥认证码能发现')
    expect(verdict).toContain('末尾第9–12条记录缺失，日志被截断（主进程记录的链头为第12条）')
    expect(verdict).toContain('主进程日志（信任证书和操作员的变更）')
    expect(verdict).toContain('审计日志被清空：主进程记录有1条记录，现存0条')
    expect(view.host.querySelector('[data-testid="audit-keyed-from"]')?.textContent).toContain(
      '第2条（2026年12月2日 09:00:00）之前的记录写入时尚未启用密钥认证'
    )
    // The working copy's log went to main, oldest first, in one page here.
    const pages = transport.calls.filter((call) => call.channel === 'audit.check.page')
    expect(pages).toHaveLength(1)
    const sent = (pages[0]?.payload as { entries: AuditEntry[] }).entries
    expect(sent.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(sent.every((entry) => /^[0-9a-f]{64}$/.test(entry.mac ?? ''))).toBe(true)
  })
})
