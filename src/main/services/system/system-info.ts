import { APP_NAME, DATA_SCHEMA_VERSION } from '../../../shared/app-meta'
import type { SystemInfo } from '../../../shared/contract'
import packageJson from '../../../../package.json'

export interface RuntimeFacts {
  mode: 'desktop' | 'browser'
  dataLocation: string
  versions: NodeJS.ProcessVersions & { electron?: string; chrome?: string }
  platform: string
  startedAt: Date
  keyProtection?: 'safeStorage' | 'userFile'
}

/** 系统信息 as main sees it; the same function serves the app and the browser host. */
export function describeSystem(facts: RuntimeFacts): SystemInfo {
  return {
    appName: APP_NAME,
    appVersion: packageJson.version,
    dataSchemaVersion: DATA_SCHEMA_VERSION,
    dataLocation: facts.dataLocation,
    runtime: {
      mode: facts.mode,
      node: facts.versions.node,
      electron: facts.versions.electron ?? null,
      chromium: facts.versions.chrome ?? null,
      platform: facts.platform
    },
    startedAt: facts.startedAt.toISOString(),
    ...(facts.keyProtection ? { keyProtection: facts.keyProtection } : {})
  }
}
