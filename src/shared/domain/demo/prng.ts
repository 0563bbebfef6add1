/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so the demo city is the same for the same
 * seed on every machine and run; `Math.random` is never used.
 */
export class SeededRandom {
  private a: number
  private b: number
  private c: number
  private d: number
  private readonly seedText: string

  constructor(seed: number | string) {
    this.seedText = String(seed)
    let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed)
    const next = (): number => {
      state = (state + 0x9e3779b9) >>> 0
      let z = state
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.nextUint32()
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0
    this.c = (this.c + t) >>> 0
    return t
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new RangeError('pick from an empty list')
    return item
  }

  /** Picks by relative weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0)
    let target = this.next() * total
    for (const [item, weight] of items) {
      target -= weight
      if (target < 0) return item
    }
    const last = items[items.length - 1]
    if (last === undefined) throw new RangeError('weighted pick from an empty list')
    return last[0]
  }

  /** `length` characters drawn from `alphabet`. */
  string(alphabet: string, length: number): string {
    let text = ''
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(this.next() * alphabet.length)]
    return text
  }

  /**
   * An independent generator whose sequence depends only on this one's seed and `label`, so that
   * drawing more for one table does not shift the values of another.
   */
  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.seedText}/${label}`)
  }
}

/** FNV-1a, to turn a textual seed into 32 bits. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
