import { defineAsyncComponent } from 'vue'
import type { SettingsTab } from '../../components/settings-tab'

/** 电子证照库连接: where the data comes from and whether the road there is open. */
export const syncSettingsTabs: SettingsTab[] = [
  {
    name: 'library-connection',
    titleKey: 'syncPage.connection.tab',
    component: defineAsyncComponent(() => import('./LibraryConnectionTab.vue'))
  }
]
