import type { AuditRepository } from './audit'
import { message } from '@shared/i18n/message'
import { failure, ok, type RepoResult, type RepositoryContext } from './context'

/** Keys under this prefix hold secrets kept by the store itself and are not user settings. */
const INTERNAL_PREFIX = 'privacy.'

/**
 * 系统设置: key/value, every change audited (the value itself is not logged). A key the store
 * keeps for itself is refused with `errors.settings.reserved`.
 */
export function createSettingsRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  const reserved = (key: string) => key.startsWith(INTERNAL_PREFIX)
  return {
    async get<T>(key: string): Promise<RepoResult<T | undefined>> {
      if (reserved(key)) return failure(message('errors.settings.reserved'), `read ${key}`)
      return ok((await db.settings.get(key))?.value as T | undefined)
    },

    async set(key: string, value: unknown): Promise<RepoResult<null>> {
      if (reserved(key)) return failure(message('errors.settings.reserved'), `write ${key}`)
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
