/** Real GB/T 38540 vectors from the public corpus (ofdrw), read in place, never committed. */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { detectBlobFormat, parseSeal } from '../../../../../src/shared/domain/seals/crypto'
import { verify } from './helpers'
import { requireOrSkip } from '../../../../support/require-or-skip'

const dir = '/work/shared/testdata/signatures'
requireOrSkip(existsSync(dir), `the public signature corpus ${dir}`)
const read = (name: string) => new Uint8Array(readFileSync(`${dir}/${name}`))
const noAnchors = { certificates: [] }

describe.skipIf(!existsSync(dir))('public corpus: ofdrw GB/T 38540 vectors', () => {
  it('SignedValueV4.dat: SM2 over TBS_Sign valid, dataHash (all zeros) not ours, cert expired 2022-04-21', async () => {
    const contents = read('ofdrw-SignedValueV4.dat')
    expect(detectBlobFormat(contents)).toBe('ses-v4')
    const verdict = await verify(contents, { trustAnchors: noAnchors })
    expect(verdict).toMatchObject({ format: 'ses-v4', valid: true, intact: false, trusted: false })
    expect(verdict.signer?.notAfter.slice(0, 10)).toBe('2022-04-21')
    expect(verdict.signerValidNow).toBe(false)
    expect(verdict.seal).toMatchObject({ name: 'OFD R&W 测试用印章', makerSignatureValid: true })
    expect(verdict.seal?.picture?.displayable).toBe(true)
  })

  it('SignedValueV5.dat parses as v5', async () => {
    const contents = read('ofdrw-SignedValueV5.dat')
    expect(detectBlobFormat(contents)).toBe('ses-v5')
    const verdict = await verify(contents, { trustAnchors: noAnchors })
    expect(verdict.format).toBe('ses-v5')
    expect(verdict.formatError).toBeUndefined()
    expect(verdict.valid).toBe(true)
  })

  it('UserV4.esl is a bare seal: not a signature, but parseSeal shows it', async () => {
    const contents = read('ofdrw-UserV4.esl')
    expect(detectBlobFormat(contents)).toBe('unknown')
    const result = await parseSeal(contents)
    expect(result).toMatchObject({
      ok: true,
      seal: { vid: 'OFDR&WTest', version: 4, makerSignatureValid: true }
    })
    if (result.ok) {
      expect(result.seal.picture).toMatchObject({
        type: 'PNG',
        widthMm: 40,
        heightMm: 40,
        displayable: true
      })
    }
  })
})
