import { beforeEach, describe, expect, it, vi } from 'vitest'

const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((text: string) => Buffer.from(`enc:${text}`)),
  decryptString: vi.fn((data: Buffer) => data.toString().slice(4))
}
vi.mock('electron', () => ({ safeStorage }))

const { safeStorageSealer } = await import('../../../../src/main/electron/safe-storage')

describe('safeStorage sealer', () => {
  beforeEach(() => {
    safeStorage.isEncryptionAvailable.mockReturnValue(true)
    safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret')
  })

  it('encrypts with the keychain and reads back the same secret', () => {
    const sealer = safeStorageSealer()!
    expect(sealer.protection).toBe('safeStorage')
    const secret = Buffer.alloc(32, 7)
    const stored = sealer.seal(secret)
    expect(safeStorage.encryptString).toHaveBeenCalledWith(secret.toString('hex'))
    expect(sealer.unseal(stored).equals(secret)).toBe(true)
  })

  it('is not offered without a keychain', () => {
    safeStorage.isEncryptionAvailable.mockReturnValue(false)
    expect(safeStorageSealer()).toBeUndefined()
  })

  it.runIf(process.platform === 'linux')('is not offered over the plain-text Linux backend', () => {
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text')
    expect(safeStorageSealer()).toBeUndefined()
  })
})
