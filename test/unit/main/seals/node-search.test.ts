import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nodeByteSearch } from '../../../../src/main/services/seals/node-search'
import { indexOfAscii } from '../../../../src/shared/domain/seals/pdf/lexer'

describe('the native byte search', () => {
  it('finds what the portable search finds, in views at any offset', () => {
    const alphabet = fc.constantFrom(...'%EOF%%EOFx'.split('').map((c) => c.charCodeAt(0)))
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }),
        fc.nat({ max: 20 }),
        fc.nat({ max: 220 }),
        (values, skip, from) => {
          const backing = new Uint8Array([...new Array<number>(skip).fill(0x25), ...values])
          const view = backing.subarray(skip)
          expect(nodeByteSearch(view, '%%EOF', from)).toBe(indexOfAscii(view, '%%EOF', from))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
