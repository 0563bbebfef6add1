import { defineAsyncComponent } from 'vue'
import type { SettingsTab } from '../../components/settings-tab'

/** 公文印章: the Bureau's seal certificate that 签发 signs with (系统管理员 import it). */
export const documentSettingsTabs: SettingsTab[] = [
  {
    name: 'official-seal',
    titleKey: 'documentsPage.seal.tab',
    component: defineAsyncComponent(() => import('./SealCertificateTab.vue'))
  }
]
