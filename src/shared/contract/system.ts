import { z } from 'zod'

/** Where the main side runs: the Electron app, or the Node host behind a browser (浏览器模式). */
export const runtimeSchema = z.object({
  mode: z.enum(['desktop', 'browser']),
  node: z.string(),
  electron: z.string().nullable(),
  chromium: z.string().nullable(),
  platform: z.string()
})

/** 系统信息 */
export const systemInfoSchema = z.object({
  appName: z.string(),
  appVersion: z.string(),
  /** Version of the local data schema (Dexie) this build writes. */
  dataSchemaVersion: z.number().int().positive(),
  /** Where this installation keeps its files (userData in the app, a folder in browser mode). */
  dataLocation: z.string(),
  runtime: runtimeSchema,
  /**
   * How main's keys (audit MAC, holder hash) are kept at rest: sealed by Electron's safeStorage
   * with the system's keychain, or a file only the user can read (browser mode, no keychain).
   */
  keyProtection: z.enum(['safeStorage', 'userFile']).optional(),
  startedAt: z.iso.datetime()
})
export type SystemInfo = z.infer<typeof systemInfoSchema>

export const pingInputSchema = z.object({ nonce: z.string().min(1).max(64) }).strict()
export const pingOutputSchema = z.object({
  nonce: z.string(),
  receivedAt: z.iso.datetime()
})
