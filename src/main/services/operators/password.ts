import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** scrypt's cost parameters, stored with each hash so they can be raised later. */
export interface ScryptParameters {
  /** CPU/memory cost, a power of two. */
  N: number
  r: number
  p: number
  keyLength: number
}

/** 2^15 × 8 × 128 B = 32 MiB and about 0.1 s per hash: OWASP's minimum for scrypt. */
export const DEFAULT_SCRYPT: ScryptParameters = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 }

export interface PasswordHash extends ScryptParameters {
  algorithm: 'scrypt'
  /** base64 */
  salt: string
  /** base64 */
  hash: string
}

function derive(password: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const { N, r, p, keyLength } = parameters
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  )
}

/** A new hash of `password` with a random 16-byte salt of its own. */
export async function hashPassword(
  password: string,
  parameters: ScryptParameters = DEFAULT_SCRYPT
): Promise<PasswordHash> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, parameters)
  return {
    algorithm: 'scrypt',
    ...parameters,
    salt: salt.toString('base64'),
    hash: key.toString('base64')
  }
}

/** Whether `password` is the one hashed, compared in constant time with the stored parameters. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64')
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored)
  return key.length === expected.length && timingSafeEqual(key, expected)
}
