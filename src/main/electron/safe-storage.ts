import { safeStorage } from 'electron'
import type { SecretSealer } from '../services/secrets/secret-store'

/**
 * Electron's safeStorage as the secret store's sealer, once the app is ready: the operating
 * system's keychain encrypts the keys. Undefined when no keychain is available (a Linux
 * desktop without libsecret or kwallet): the keys then rely on the file's mode, and 系统信息
 * says so.
 */
export function safeStorageSealer(): SecretSealer | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return undefined
  return {
    protection: 'safeStorage',
    seal: (secret) => safeStorage.encryptString(secret.toString('hex')),
    unseal: (stored) => Buffer.from(safeStorage.decryptString(stored), 'hex')
  }
}
