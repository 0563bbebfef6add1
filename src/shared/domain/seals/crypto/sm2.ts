/**
 * SM2 signature verification (GB/T 32918) through sm-crypto-v2, with SM3 and the GM/T 0009
 * default user ID 1234567812345678 (sm-crypto-v2's default, which OpenSSL 3 needs as distid).
 */
import { sm2 } from 'sm-crypto-v2'
import { ByteKeyedCache } from './byte-cache'
import { childrenOf, parseBer, toHex } from './der'
import * as asn1js from 'asn1js'

const scalarLength = 32

/** DER SEQUENCE{r,s} or raw 64-byte r‖s → r‖s hex, as sm-crypto-v2 takes it with der:false. */
export function sm2SignatureToRawHex(signature: Uint8Array): string | undefined {
  if (signature.length === 2 * scalarLength && signature[0] !== 0x30) return toHex(signature)
  const node = parseBer(signature)
  const [r, s] = childrenOf(node)
  if (
    node instanceof asn1js.Sequence &&
    r instanceof asn1js.Integer &&
    s instanceof asn1js.Integer
  ) {
    const part = (integer: asn1js.Integer): string | undefined => {
      const hex = toHex(new Uint8Array(integer.valueBlock.valueHexView)).replace(/^(00)+/, '')
      return hex.length <= 2 * scalarLength ? hex.padStart(2 * scalarLength, '0') : undefined
    }
    const rHex = part(r)
    const sHex = part(s)
    return rHex && sHex ? rHex + sHex : undefined
  }
  return signature.length === 2 * scalarLength ? toHex(signature) : undefined
}

type PrecomputedKey = ReturnType<typeof sm2.precomputePublicKey>

/**
 * A key seen again (the bureau's signing key, file after file of a batch) gets a table of its
 * multiples: it costs about two verifications once and then makes each one about four times
 * faster. A key seen once is never worth it. Window 4: larger tables cost more than they save.
 */
const keyUses = new ByteKeyedCache<{ seen: number; precomputed?: PrecomputedKey }>({
  entries: 64,
  bytes: 64 * 1024
})
const precomputeWindow = 4

function keyFor(publicKey: Uint8Array): string | PrecomputedKey {
  const uses = keyUses.get(publicKey, () => ({ seen: 0 }))
  uses.seen++
  const hex = toHex(publicKey)
  if (uses.seen >= 2 && !uses.precomputed) {
    uses.precomputed = sm2.precomputePublicKey(hex, precomputeWindow)
  }
  return uses.precomputed ?? hex
}

/** `publicKey`: the SPKI's subjectPublicKey bits (04‖x‖y or compressed). */
export function verifySm2(
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array
): boolean {
  const rawHex = sm2SignatureToRawHex(signature)
  if (!rawHex) return false
  try {
    return sm2.doVerifySignature(message, rawHex, keyFor(publicKey), { der: false, hash: true })
  } catch {
    // A public key that is not a point on the curve cannot verify anything.
    return false
  }
}
