/**
 * The content-keyed caches that let a batch parse its certificates once: a hit must be the same
 * bytes, a caller's later change to its buffer must not reach the cache, and the size is bounded.
 */
import { describe, expect, it, vi } from 'vitest'
import { ByteKeyedCache } from '../../../../../src/shared/domain/seals/crypto/byte-cache'
import { parseCertificate } from '../../../../../src/shared/domain/seals/crypto/certificates'
import { verifySignature } from '../../../../../src/shared/domain/seals/crypto/signatures'
import { verifySm2 } from '../../../../../src/shared/domain/seals/crypto/sm2'
import { getTestPki } from '../../../../fixtures/pki'
import { sm2KeyPair, sm2Sign } from '../../../../fixtures/signers/keys'
import { buildCmsSignature } from '../../../../fixtures/signers'
import { flipInside, signedChunks, verify } from './helpers'

describe('ByteKeyedCache', () => {
  it('confirms a hit by the bytes, so colliding hashes cost a recompute, not a wrong value', () => {
    const cache = new ByteKeyedCache<string>(
      { entries: 8, bytes: 1024 },
      () => 'same hash for everything'
    )
    const computed: string[] = []
    const valueOf = (text: string) =>
      cache.get(new TextEncoder().encode(text), (bytes) => {
        computed.push(text)
        return new TextDecoder().decode(bytes)
      })
    expect(valueOf('first')).toBe('first')
    expect(valueOf('second')).toBe('second')
    expect(valueOf('first')).toBe('first')
    expect(computed).toEqual(['first', 'second', 'first'])
  })

  it('keeps its own copy of the key bytes', () => {
    const cache = new ByteKeyedCache<number>({ entries: 8, bytes: 1024 })
    const buffer = Uint8Array.of(1, 2, 3)
    expect(cache.get(buffer, () => 1)).toBe(1)
    buffer[0] = 9 // the caller reuses its buffer
    expect(cache.get(buffer, () => 2)).toBe(2)
    expect(cache.get(Uint8Array.of(1, 2, 3), () => 3)).toBe(1)
  })

  it('evicts the least recently used entry beyond its capacity', () => {
    const cache = new ByteKeyedCache<number>({ entries: 2, bytes: 1024 })
    const key = (n: number) => Uint8Array.of(n)
    cache.get(key(1), () => 1)
    cache.get(key(2), () => 2)
    cache.get(key(1), () => -1) // 1 is now the most recent
    cache.get(key(3), () => 3) // evicts 2
    expect(cache.get(key(1), () => -1)).toBe(1)
    expect(cache.get(key(2), () => 22)).toBe(22)
  })

  it('keeps the bytes of its keys under a bound, and never a key larger than it', () => {
    const cache = new ByteKeyedCache<number>({ entries: 100, bytes: 10 })
    const key = (n: number, length: number) => new Uint8Array(length).fill(n)
    cache.get(key(1, 4), () => 1)
    cache.get(key(2, 4), () => 2)
    cache.get(key(3, 4), () => 3) // 12 bytes: evicts 1
    expect(cache.get(key(2, 4), () => -2)).toBe(2)
    expect(cache.get(key(1, 4), () => 11)).toBe(11)
    cache.get(key(9, 11), () => 9)
    expect(cache.get(key(9, 11), () => 99)).toBe(99) // too large to keep
    expect(cache.get(key(2, 4), () => -2)).toBe(2) // and it evicted nothing
  })
})

describe('certificates parsed by content', () => {
  it('gives the same parsed certificate for the same bytes in new arrays', () => {
    const der = getTestPki().rsaRoot.certDer
    const first = parseCertificate(der.slice())
    expect(first).toBeDefined()
    expect(parseCertificate(der.slice())).toBe(first)
    expect(parseCertificate(new Uint8Array(16))).toBeUndefined()
  })

  it('never lets a cached chain vouch for a changed certificate', async () => {
    const blob = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    expect(await verify(blob)).toMatchObject({ valid: true, trusted: true })
    // The same blob with one byte of the intermediate's signature changed: parsed afresh.
    const intermediate = getTestPki().rsaIntermediate.certDer
    const changed = flipInside(blob, intermediate.subarray(intermediate.length - 40))
    const verdict = await verify(changed)
    expect(verdict).toMatchObject({
      valid: true,
      trusted: false,
      trustProblem: 'bad-chain-signature'
    })
    expect(await verify(blob)).toMatchObject({ valid: true, trusted: true })
  })
})

describe('signature results remembered by content', () => {
  const rsa = () => parseCertificate(getTestPki().rsa.certDer)!
  const intermediate = () => parseCertificate(getTestPki().rsaIntermediate.certDer)!

  it('checks the same certificate signature once, and a changed one afresh', async () => {
    const subject = rsa().certificate
    const check = (signature: Uint8Array) =>
      verifySignature({
        publicKey: intermediate().certificate.subjectPublicKeyInfo,
        algorithm: subject.signatureAlgorithm,
        data: subject.tbsView,
        signature
      })
    const signature = new Uint8Array(subject.signatureValue.valueBlock.valueHexView)
    const subtleVerify = vi.spyOn(globalThis.crypto.subtle, 'verify')
    try {
      expect((await check(signature.slice())).valid).toBe(true)
      expect((await check(signature.slice())).valid).toBe(true)
      const calls = subtleVerify.mock.calls.length
      expect(calls).toBeLessThanOrEqual(1)
      const forged = signature.slice()
      forged[10] = forged[10]! ^ 0x01
      expect((await check(forged)).valid).toBe(false)
      expect(subtleVerify.mock.calls.length).toBe(calls + 1)
    } finally {
      subtleVerify.mockRestore()
    }
  })

  it('verifies an SM2 key seen again through its precomputed table, forgeries included', async () => {
    const keyPair = sm2KeyPair(getTestPki().sm2)
    const publicKey = Uint8Array.from(Buffer.from(keyPair.publicKeyHex, 'hex'))
    for (let round = 0; round < 4; round++) {
      const message = new TextEncoder().encode(`licence ${round}`)
      const signature = sm2Sign(message, keyPair)
      expect(verifySm2(message, signature, publicKey)).toBe(true)
      expect(
        verifySm2(new TextEncoder().encode(`licence ${round + 1}`), signature, publicKey)
      ).toBe(false)
    }
  })
})
