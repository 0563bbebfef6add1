/** The words of personal-data protection a user reads, in Chinese and English. */
import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import { message } from '../../../../src/shared/i18n/message'

const zh = createCliWords('zh-CN')
const en = createCliWords('en')

describe('privacy words', () => {
  it('says why a hash could not be made, and what an unmasked export is', () => {
    const unavailable = message('privacy.error.hashUnavailable')
    expect(zh.say(unavailable)).toBe('此处无法计算证件号码的散列值，请在主窗口中操作')
    expect(en.say(unavailable)).toBe('ID numbers cannot be hashed here; use the main window')
    expect(zh.say(message('privacy.export.unmasked'))).toBe('导出（不脱敏）')
    expect(en.say(message('privacy.export.unmasked'))).toBe('Export unmasked')
    expect(zh.say(message('privacy.export.unmaskedHint'))).toContain('合规专员')
    expect(en.say(message('privacy.export.unmaskedHint'))).toContain('compliance officers')
    expect(zh.say(message('privacy.export.unmaskedRefused'))).toBe('当前操作员无权进行不脱敏导出')
    expect(en.say(message('privacy.export.unmaskedRefused'))).toBe(
      'The signed-in operator may not export unmasked data'
    )
  })
})
