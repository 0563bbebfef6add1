/**
 * SM3 (GB/T 32905, 国密杂凑算法) as a streaming Merkle–Damgård hash on @noble/hashes' HashMD.
 * sm-crypto-v2 only exposes a one-shot `sm3(bytes)`, which would force us to concatenate the
 * signed ranges of a 100 MB PDF; this class hashes them chunk by chunk. Tests pin it to
 * sm-crypto-v2 and to `openssl dgst -sm3`.
 */
import { HashMD } from '@noble/hashes/_md.js'

const sm3InitialValue = Uint32Array.from([
  0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e
])
const expandedWords = new Uint32Array(68)

const rotl = (word: number, shift: number): number => {
  const s = shift & 31
  return s === 0 ? word : (word << s) | (word >>> (32 - s))
}
const permutation0 = (x: number): number => x ^ rotl(x, 9) ^ rotl(x, 17)
const permutation1 = (x: number): number => x ^ rotl(x, 15) ^ rotl(x, 23)

export class Sm3 extends HashMD<Sm3> {
  private state = Uint32Array.from(sm3InitialValue)

  constructor() {
    super(64, 32, 8, false)
  }

  protected get(): number[] {
    return Array.from(this.state)
  }

  protected set(...words: number[]): void {
    for (let i = 0; i < 8; i++) this.state[i] = words[i] ?? 0
  }

  protected process(view: DataView, offset: number): void {
    const w = expandedWords
    for (let i = 0; i < 16; i++, offset += 4) w[i] = view.getUint32(offset, false)
    for (let i = 16; i < 68; i++) {
      w[i] =
        permutation1(w[i - 16]! ^ w[i - 9]! ^ rotl(w[i - 3]!, 15)) ^ rotl(w[i - 13]!, 7) ^ w[i - 6]!
    }
    let [a, b, c, d, e, f, g, h] = this.get() as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number
    ]
    for (let j = 0; j < 64; j++) {
      const early = j < 16
      const constant = early ? 0x79cc4519 : 0x7a879d8a
      const a12 = rotl(a, 12)
      const ss1 = rotl((a12 + e + rotl(constant, j)) | 0, 7)
      const ss2 = ss1 ^ a12
      const ff = early ? a ^ b ^ c : (a & b) | (a & c) | (b & c)
      const gg = early ? e ^ f ^ g : (e & f) | (~e & g)
      const tt1 = (ff + d + ss2 + (w[j]! ^ w[j + 4]!)) | 0
      const tt2 = (gg + h + ss1 + w[j]!) | 0
      d = c
      c = rotl(b, 9)
      b = a
      a = tt1
      h = g
      g = rotl(f, 19)
      f = e
      e = permutation0(tt2)
    }
    const s = this.state
    this.set(a ^ s[0]!, b ^ s[1]!, c ^ s[2]!, d ^ s[3]!, e ^ s[4]!, f ^ s[5]!, g ^ s[6]!, h ^ s[7]!)
  }

  protected roundClean(): void {
    expandedWords.fill(0)
  }

  destroy(): void {
    this.destroyed = true
    this.state.fill(0)
    this.buffer.fill(0)
  }

  _cloneInto(to?: Sm3): Sm3 {
    const target = to ?? new Sm3()
    target.set(...this.get())
    return this._cloneIntoMeta(target)
  }
}
