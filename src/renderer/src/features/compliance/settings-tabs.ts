import { defineAsyncComponent } from 'vue'
import type { SettingsTab } from '../../components/settings-tab'

/** The rules' parameters and the holiday notices the deadlines are counted with. */
export const complianceSettingsTabs: SettingsTab[] = [
  {
    name: 'compliance-rules',
    titleKey: 'compliance.parameters.tab',
    component: defineAsyncComponent(() => import('./RuleParametersTab.vue'))
  },
  {
    name: 'holidays',
    titleKey: 'compliance.holidays.tab',
    component: defineAsyncComponent(() => import('./HolidayNoticesTab.vue'))
  }
]
