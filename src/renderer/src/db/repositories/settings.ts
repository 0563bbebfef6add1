import type { AuditRepository } from './audit'
import { failure, ok, type RepoResult, type RepositoryContext } from './context'

/** Keys under this prefix hold secrets kept by the store itself and are not user settings. */
const INTERNAL_PREFIX = 'privacy.'

export type SettingError = 'settings.reserved'

/** 系统设置: key/value, every change audited (the value itself is not logged). */
export function createSettingsRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  const reserved = (key: string) => key.startsWith(INTERNAL_PREFIX)
  return {
    async get<T>(key: string): Promise<RepoResult<T | undefined, SettingError>> {
      if (reserved(key)) return failure('settings.reserved', `设置项“${key}”不可读取`)
      return ok((await db.settings.get(key))?.value as T | undefined)
    },

    async set(key: string, value: unknown): Promise<RepoResult<null, SettingError>> {
      if (reserved(key)) return failure('settings.reserved', `设置项“${key}”不可修改`)
      await audit.recordChange(
        [db.settings],
        { action: 'settings.update', target: `setting:${key}`, details: {} },
        async () => {
          await db.settings.put({ key, value })
        }
      )
      return ok(null)
    }
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
