import { describe, expect, it } from 'vitest'
import { checkDivisionCode, XUCHANG_DIVISIONS } from '../../../../src/shared/domain/codes'

const reasonCodes = (code: string) => checkDivisionCode(code).reasons.map((reason) => reason.code)

describe('checkDivisionCode', () => {
  it.each(['411000', '411002', '411003', '411024', '411025', '411081', '411082'])(
    'accepts the 许昌 division %s',
    (code) => {
      expect(checkDivisionCode(code).status).toBe('valid')
    }
  )

  it('lists the table of DOMAIN.md §1.7 with only 经开区 statistical', () => {
    expect(XUCHANG_DIVISIONS.map((division) => division.code)).toHaveLength(8)
    expect(XUCHANG_DIVISIONS.filter((d) => d.statisticalOnly).map((d) => d.name)).toEqual([
      '许昌经济技术开发区'
    ])
    expect(XUCHANG_DIVISIONS.find((d) => d.code === '411003')?.name).toBe('建安区')
  })

  it('warns that 411071 is a statistical code only', () => {
    expect(checkDivisionCode('411071').status).toBe('warning')
    expect(reasonCodes('411071')).toEqual(['codes.division.statisticalOnly'])
  })

  it('warns about a 许昌 code not in force, such as the former 许昌县', () => {
    expect(reasonCodes('411023')).toEqual(['codes.division.xuchangUnknown'])
  })

  it('checks structure elsewhere: province, and no county under a 00 prefecture', () => {
    expect(checkDivisionCode('110105').status).toBe('valid')
    expect(checkDivisionCode('419001').status).toBe('valid')
    expect(reasonCodes('991000')).toEqual(['codes.division.province'])
    expect(reasonCodes('410001')).toEqual(['codes.division.structure'])
    expect(reasonCodes('41100')).toEqual(['codes.division.format'])
    expect(reasonCodes('100000')).toEqual(['codes.division.national'])
  })
})
