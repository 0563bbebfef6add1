import type { SettingsTab } from '../components/settings-tab'
import { complianceSettingsTabs } from '../features/compliance/settings-tabs'
import { documentSettingsTabs } from '../features/documents/settings-tabs'
import { sealSettingsTabs } from '../features/seals/settings-tabs'
import { syncSettingsTabs } from '../features/sync/settings-tabs'

/** The 设置 page's tabs, in order: each capability offers its own, the shell puts them together. */
export const settingsTabs: SettingsTab[] = [
  ...sealSettingsTabs,
  ...complianceSettingsTabs,
  ...syncSettingsTabs,
  ...documentSettingsTabs
]
