import { createHmac } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import {
  batchingHasher,
  findCitizenIds,
  importHolderHashKey,
  keyedHasher,
  maskCitizenIdsIn,
  protectLicenceIds
} from '../../../../src/shared/domain/privacy'
import { Licence } from '../../../../src/shared/domain/licences'
import { sampleLicence } from '../licences/fixtures'

// GB 11643-1999's own example: 110105 + 19491231 + 002 + check X (MOD 11-2 over the 17 digits).
const EXAMPLE = '11010519491231002X'
// Born 1990-01-01 in 魏都区 (411002), sequence 123: Σ(digit × weight) = 156, 156 mod 11 = 2,
// and "10X98765432"[2] = X.
const WEIDU = '41100219900101123X'
const key = new Uint8Array(32).fill(9)
const hmac = (code: string) => createHmac('sha256', key).update(code).digest('hex')
const today = { today: '2026-11-27' }

describe('findCitizenIds', () => {
  it('finds ID numbers standing alone or inside text, upper-casing the check character', () => {
    expect(findCitizenIds(WEIDU, today)).toEqual([WEIDU])
    expect(findCitizenIds('11010519491231002x', today)).toEqual([EXAMPLE])
    expect(findCitizenIds(`驾驶证${WEIDU}号`, today)).toEqual([WEIDU])
    expect(findCitizenIds(`${EXAMPLE} / ${WEIDU}`, today)).toEqual([EXAMPLE, WEIDU])
  })

  it('leaves what fails GB 11643: a wrong check, an impossible or future birth date, a longer run', () => {
    expect(findCitizenIds('411002199001011230', today)).toEqual([])
    expect(findCitizenIds('411002199001011239', today)).toEqual([])
    // 1990-02-30 does not exist: Σ = 156 - 1×9 + 2×9 + 3×10 - 1×5 = 190, mod 11 = 3 → check 9.
    expect(findCitizenIds('411002199002301239', today)).toEqual([])
    expect(findCitizenIds(WEIDU, { today: '1989-12-31' })).toEqual([])
    expect(findCitizenIds(`7${WEIDU}`, today)).toEqual([])
    expect(findCitizenIds(`${WEIDU}7`, today)).toEqual([])
    expect(findCitizenIds(`${WEIDU}X`, today)).toEqual([])
    // Legacy 15-digit numbers carry no check, so free text never yields them.
    expect(findCitizenIds('110105491231002', today)).toEqual([])
    expect(findCitizenIds('', today)).toEqual([])
  })
})

describe('maskCitizenIdsIn', () => {
  it('masks each ID number in place and keeps the rest', () => {
    expect(maskCitizenIdsIn(`驾驶证${WEIDU}号`, today)).toBe('驾驶证4110************3X号')
    expect(maskCitizenIdsIn(`${EXAMPLE}/${WEIDU}`, today)).toBe(
      '1101************2X/4110************3X'
    )
    expect(maskCitizenIdsIn('411002199001011239', today)).toBe('411002199001011239')
    // Not yet born on `today`: no ID number then.
    expect(maskCitizenIdsIn(WEIDU, { today: '1989-12-31' })).toBe(WEIDU)
    expect(maskCitizenIdsIn('豫(2024)许昌市不动产权第0001234号', today)).toBe(
      '豫(2024)许昌市不动产权第0001234号'
    )
  })
})

describe('protectLicenceIds', () => {
  it('masks an ID number in the 证照编号 and the holder’s name and keeps their keyed hashes', async () => {
    const licence = sampleLicence({ number: WEIDU })
    licence.holder = { ...licence.holder, name: `张三（${EXAMPLE}）` }
    const stored = await protectLicenceIds(licence, keyedHasher(key), today)
    expect(stored.number).toBe('4110************3X')
    expect(stored.holder.name).toBe('张三（1101************2X）')
    expect(stored.personalIdHashes).toEqual([hmac(WEIDU), hmac(EXAMPLE)])
    expect(JSON.stringify(stored)).not.toContain(WEIDU)
    expect(JSON.stringify(stored)).not.toContain(EXAMPLE)
    expect(Licence.parse(stored)).toEqual(stored)
    // The input is not changed.
    expect(licence.number).toBe(WEIDU)
  })

  it('judges the birth date against the day given', async () => {
    const licence = sampleLicence({ number: WEIDU })
    const hash = vi.fn(keyedHasher(key))
    expect(await protectLicenceIds(licence, hash, { today: '1989-12-31' })).toBe(licence)
    expect(hash).not.toHaveBeenCalled()
  })

  it('hashes a number found twice once, and leaves a licence without one as it was', async () => {
    const twice = sampleLicence({ number: WEIDU })
    twice.holder = { ...twice.holder, name: WEIDU }
    expect((await protectLicenceIds(twice, keyedHasher(key), today)).personalIdHashes).toEqual([
      hmac(WEIDU)
    ])
    const plain = sampleLicence({ number: 'JZK0001' })
    const hash = vi.fn(keyedHasher(key))
    expect(await protectLicenceIds(plain, hash, today)).toBe(plain)
    expect(hash).not.toHaveBeenCalled()
  })
})

describe('batchingHasher', () => {
  it('sends the codes asked for in one turn as batches of at most the limit, answers in order', async () => {
    const sent: string[][] = []
    const hash = batchingHasher(async (codes) => {
      sent.push(codes)
      return codes.map((code) => `h:${code}`)
    }, 2)
    const answers = await Promise.all(['a1', ' b 2 ', 'c3', 'd4', 'e5'].map((code) => hash(code)))
    // Normalised as main normalises: blanks dropped, upper case.
    expect(sent).toEqual([['A1', 'B2'], ['C3', 'D4'], ['E5']])
    expect(answers).toEqual(['h:A1', 'h:B2', 'h:C3', 'h:D4', 'h:E5'])
    // A later turn is a new batch.
    expect(await hash('f6')).toBe('h:F6')
    expect(sent.at(-1)).toEqual(['F6'])
  })

  it('fails every code of a batch that fails or comes back short, and only those', async () => {
    let calls = 0
    const hash = batchingHasher(async (codes) => {
      calls += 1
      if (codes.includes('BAD')) throw new Error('main refused')
      return calls === 2 ? codes.slice(1) : codes.map((code) => `h:${code}`)
    }, 2)
    const first = await Promise.allSettled(['ok', 'bad', 'x', 'y'].map((code) => hash(code)))
    expect(first.map((result) => result.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'rejected'
    ])
    const reasons = first.map((result) =>
      result.status === 'rejected' ? (result.reason as Error).message : ''
    )
    expect(reasons).toEqual([
      'main refused',
      'main refused',
      'hashed 1 of 2 codes',
      'hashed 1 of 2 codes'
    ])
    expect(await hash('z')).toBe('h:Z')
  })
})

describe('keyedHasher', () => {
  it('is HMAC-SHA-256 of the normalised code under the given key, raw or imported', async () => {
    expect(await keyedHasher(key)(' 11010519491231002x ')).toBe(hmac(EXAMPLE))
    const imported = await importHolderHashKey(key)
    expect(await keyedHasher(imported)('11010519491231002x')).toBe(hmac(EXAMPLE))
  })
})
