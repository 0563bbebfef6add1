import { afterEach, describe, expect, it, vi } from 'vitest'
import { requireOrSkip } from '../../support/require-or-skip'

describe('requireOrSkip', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it('lets tests run when what they need is there, under CI or not', () => {
    vi.stubEnv('CI', '1')
    expect(requireOrSkip(true, 'pdfsig')).toBe(true)
  })

  it('fails under CI when what they need is missing', () => {
    for (const value of ['1', 'true']) {
      vi.stubEnv('CI', value)
      expect(() => requireOrSkip(false, 'pdfsig')).toThrow('pdfsig is missing')
    }
  })

  it('skips, saying so, on a workstation without it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const value of ['', '0', 'false']) {
      vi.stubEnv('CI', value)
      expect(requireOrSkip(false, 'the corpus')).toBe(false)
    }
    vi.stubEnv('CI', undefined)
    expect(requireOrSkip(false, 'the corpus')).toBe(false)
    expect(warn).toHaveBeenCalledTimes(4)
    expect(warn).toHaveBeenLastCalledWith('[skipped] the corpus is missing: its tests are skipped')
  })
})
