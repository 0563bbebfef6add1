import { describe, expect, it } from 'vitest'
import * as asn1js from 'asn1js'
import {
  checkTree,
  oidOf,
  readChildren,
  readTlv,
  readWholeTlv,
  smallIntegerOf,
  type Tlv
} from '../../../../../src/shared/domain/seals/crypto/tlv'
import { buildCmsSignature, buildSesSignature } from '../../../../fixtures/signers'
import { signedChunks } from './helpers'

const bytes = (...values: number[]) => Uint8Array.from(values)

function read(input: Uint8Array): Tlv {
  const result = readTlv(input, 0)
  if (!result.ok) throw new Error(`unexpected ${result.code}`)
  return result.tlv
}

function failureOf(input: Uint8Array): string {
  const result = readWholeTlv(input)
  return result.ok ? 'ok' : result.code
}

describe('readTlv: BER and DER headers', () => {
  it('reads short, long and leading-zero lengths, and high tag numbers', () => {
    expect(read(bytes(0x04, 0x02, 0xaa, 0xbb))).toMatchObject({
      tagClass: 0,
      tagNumber: 4,
      constructed: false,
      contentStart: 2,
      contentEnd: 4,
      end: 4
    })
    const long = new Uint8Array(3 + 300)
    long.set([0x04, 0x82, 0x01, 0x2c])
    expect(readTlv(long, 0).ok).toBe(false) // 300 content octets need 4 header octets
    const exact = new Uint8Array(4 + 300)
    exact.set([0x04, 0x82, 0x01, 0x2c])
    expect(read(exact)).toMatchObject({ contentStart: 4, end: 304 })
    expect(read(bytes(0x04, 0x84, 0, 0, 0, 1, 0xaa))).toMatchObject({ contentStart: 6, end: 7 })
    expect(read(bytes(0xbf, 0x87, 0x68, 0x00))).toMatchObject({
      tagClass: 2,
      tagNumber: 1000,
      constructed: true,
      end: 4
    })
  })

  it('reads BER indefinite lengths up to their end-of-contents, nested', () => {
    // SEQUENCE (indefinite) { [0] (indefinite) { INTEGER 5 } , NULL } then trailing padding
    const ber = bytes(0x30, 0x80, 0xa0, 0x80, 0x02, 0x01, 0x05, 0, 0, 0x05, 0x00, 0, 0, 0, 0, 0)
    const root = read(ber)
    expect(root).toMatchObject({ contentStart: 2, contentEnd: 11, end: 13 })
    const children = readChildren(ber, root)
    expect(children.ok && children.children.map((child) => [child.tagNumber, child.end])).toEqual([
      [0, 9],
      [5, 11]
    ])
  })

  it('fails with a code, never an exception, on hostile input', () => {
    const cases: [Uint8Array, string][] = [
      [bytes(), 'truncated'],
      [bytes(0x30), 'truncated'],
      [bytes(0x1f, 0x81), 'truncated'],
      [bytes(0x04, 0x82, 0x01), 'truncated'],
      [bytes(0x04, 0x05, 1, 2), 'length-beyond-bounds'],
      // A 10^9-byte claim in a 7-byte buffer: refused from the header, nothing allocated.
      [bytes(0x04, 0x84, 0x3b, 0x9a, 0xca, 0x00, 0x00), 'length-beyond-bounds'],
      [bytes(0x04, 0xff, 0x00), 'reserved-length'],
      [bytes(0x04, 0x80, 0x00, 0x00), 'indefinite-primitive'],
      [bytes(0x30, 0x80, 0x02, 0x01, 0x05), 'missing-end-of-contents'],
      [bytes(0x30, 0x80, 0x02, 0x01, 0x05, 0x00), 'truncated'],
      [bytes(0x1f, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x00), 'tag-number-too-large']
    ]
    for (const [input, code] of cases)
      expect(failureOf(input), Buffer.from(input).toString('hex')).toBe(code)
  })

  it('keeps every child inside its parent, even when the buffer goes on', () => {
    // SEQUENCE of length 3 whose OCTET STRING claims 5 octets; the buffer has them.
    const input = bytes(0x30, 0x03, 0x04, 0x05, 1, 2, 3, 4, 5)
    expect(failureOf(input)).toBe('length-beyond-bounds')
  })

  it('bounds nesting depth, definite and indefinite, without exhausting the stack', () => {
    const indefinite = new Uint8Array(200_000)
    for (let i = 0; i < indefinite.length; i += 2) indefinite.set([0x30, 0x80], i)
    expect(failureOf(indefinite)).toBe('too-deep')
    let nested: Uint8Array = bytes(0x05, 0x00)
    for (let i = 0; i < 150; i++) nested = wrap(nested)
    expect(readTlv(nested, 0).ok).toBe(true) // a definite length is read from the header alone
    expect(failureOf(nested)).toBe('too-deep')
  })

  it('applies the encoding rules a full BER decoder applies, anywhere in the tree', () => {
    const inSequence = (...inner: number[]) => bytes(0x30, inner.length, ...inner)
    const cases: [Uint8Array, string][] = [
      [inSequence(0x22, 0x03, 0x02, 0x01, 0x05), 'constructed-primitive-type'],
      [inSequence(0x03, 0x02, 0x08, 0xff), 'invalid-bit-string'],
      [inSequence(0x24, 0x03, 0x02, 0x01, 0x05), 'invalid-constructed-string'],
      [inSequence(0x06, 0x02, 0x2a, 0x86), 'invalid-object-identifier'],
      [inSequence(0x06, 0x00), 'invalid-object-identifier'],
      [inSequence(0x0f, 0x00), 'reserved-tag'],
      [inSequence(0x00, 0x01, 0x00), 'invalid-end-of-contents']
    ]
    for (const [input, code] of cases)
      expect(failureOf(input), Buffer.from(input).toString('hex')).toBe(code)
    expect(failureOf(inSequence(0x24, 0x04, 0x04, 0x02, 0xaa, 0xbb))).toBe('ok')
  })

  it('never throws on random bytes', () => {
    let seed = 12345
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff
    for (let round = 0; round < 5000; round++) {
      const input = Uint8Array.from({ length: 1 + (round % 64) }, random)
      if (round % 3 === 0) input[0] = 0x30
      const result = readWholeTlv(input)
      if (result.ok) expect(result.tlv.end).toBeLessThanOrEqual(input.length)
    }
  })
})

function wrap(inner: Uint8Array): Uint8Array {
  const length = inner.length
  const header =
    length < 0x80
      ? [0x30, length]
      : length < 0x100
        ? [0x30, 0x81, length]
        : [0x30, 0x82, length >> 8, length & 0xff]
  return Uint8Array.from([...header, ...inner])
}

/** Every element's extent, depth first, as asn1js reports it and as we read it. */
function asn1jsExtents(node: asn1js.AsnType, out: number[][] = []): number[][] {
  out.push([node.idBlock.tagClass - 1, node.idBlock.tagNumber, node.valueBeforeDecodeView.length])
  if (
    node instanceof asn1js.Constructed ||
    (node.idBlock.isConstructed && 'value' in node.valueBlock)
  ) {
    for (const child of (node.valueBlock as { value: asn1js.AsnType[] }).value)
      asn1jsExtents(child, out)
  }
  return out
}

function ourExtents(input: Uint8Array, tlv: Tlv, out: number[][] = []): number[][] {
  out.push([tlv.tagClass, tlv.tagNumber, tlv.end - tlv.start])
  const children = readChildren(input, tlv)
  if (children.ok) for (const child of children.children) ourExtents(input, child, out)
  return out
}

describe('readTlv agrees with asn1js on real blobs', () => {
  it('reads every element of a CMS and a GB/T 38540 blob with the same extents', async () => {
    for (const blob of [
      await buildCmsSignature({ signedChunks, signer: 'rsa', timestamp: true }),
      await buildSesSignature({ version: 4, signedChunks })
    ]) {
      const root = read(blob)
      expect(checkTree(blob, root)).toBeUndefined()
      const parsed = asn1js.fromBER(blob, { parseEmbedded: false }).result
      expect(ourExtents(blob, root)).toEqual(asn1jsExtents(parsed))
    }
  })

  it('decodes OIDs and small integers as asn1js does', () => {
    for (const oid of ['1.2.840.113549.1.7.2', '1.2.156.10197.6.1.4.2.2', '2.999.1', '0.4.0.127']) {
      const der = new Uint8Array(new asn1js.ObjectIdentifier({ value: oid }).toBER(false))
      expect(oidOf(der, read(der))).toBe(oid)
    }
    for (const value of [0, 1, 4, 127, 128, -1, -129, 65_536, 2 ** 40]) {
      const der = new Uint8Array(new asn1js.Integer({ value }).toBER(false))
      expect(smallIntegerOf(der, read(der))).toBe(value)
    }
    const octets = bytes(0x04, 0x01, 0x05)
    expect(oidOf(octets, read(octets))).toBeUndefined()
    expect(smallIntegerOf(octets, read(octets))).toBeUndefined()
  })
})
