import { defineAsyncComponent, type Component } from 'vue'

/** One tab of the 设置 page; a capability that has settings adds its tab here. */
export interface SettingsTab {
  name: string
  titleKey: string
  component: Component
}

export const settingsTabs: SettingsTab[] = [
  {
    name: 'trust-store',
    titleKey: 'settings.tabs.trustStore',
    component: defineAsyncComponent(() => import('./TrustStoreTab.vue'))
  },
  {
    name: 'compliance-rules',
    titleKey: 'compliance.parameters.tab',
    component: defineAsyncComponent(() => import('../compliance/RuleParametersTab.vue'))
  },
  {
    name: 'holidays',
    titleKey: 'compliance.holidays.tab',
    component: defineAsyncComponent(() => import('../compliance/HolidayNoticesTab.vue'))
  }
]
