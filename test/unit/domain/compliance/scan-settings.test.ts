import { describe, expect, it } from 'vitest'
import { createInMemoryComplianceSource, scanCompliance } from '@shared/domain/compliance'
import { list, message } from '@shared/i18n'
import { licence, settings, tables } from './fixtures'
import { zh } from './words'

/** What a scan is asked to do: which rules, on which day. */
describe('scan settings', () => {
  // Completed on 09-30, pushed on 10-09 (online: due the same day) and no seal: two rules fire.
  const data = tables({
    licences: [
      licence({
        generationMode: 'online',
        completedAt: '2026-09-30T16:00:00+08:00',
        pushedAt: '2026-10-09T09:00:00+08:00',
        sealPresent: false
      })
    ]
  })

  it('runs only the rules it is asked for', async () => {
    const all = await scanCompliance(createInMemoryComplianceSource(data), settings())
    const some = await scanCompliance(
      createInMemoryComplianceSource(data),
      settings({ ruleIds: ['push.online-late'] })
    )
    if (!all.ok || !some.ok) throw new Error('scan failed')
    expect(new Set(all.data.findings.map((finding) => finding.ruleId))).toEqual(
      new Set(['push.online-late', 'data.missing-seal'])
    )
    expect(some.data.findings.map((finding) => finding.ruleId)).toEqual(['push.online-late'])
  })

  it('refuses a day that is not a YYYY-MM-DD date, saying which', async () => {
    for (const today of ['2026-13-01', '2026-02-30', '27.11.2026']) {
      const result = await scanCompliance(createInMemoryComplianceSource(data), settings({ today }))
      expect(result).toEqual({
        ok: false,
        error: message('compliance.error.invalidSettings', {
          issues: list([message('compliance.settings.invalidToday', { today })])
        })
      })
      if (!result.ok)
        expect(zh(result.error)).toBe(`检查规则参数有误：“${today}”不是 YYYY-MM-DD 日期`)
    }
  })
})
