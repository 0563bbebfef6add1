import { defineAsyncComponent } from 'vue'
import type { SettingsTab } from '../../components/settings-tab'

/** 信任证书: the roots and CRLs a seal must chain to before it is trusted. */
export const sealSettingsTabs: SettingsTab[] = [
  {
    name: 'trust-store',
    titleKey: 'settings.tabs.trustStore',
    component: defineAsyncComponent(() => import('./TrustStoreTab.vue'))
  }
]
