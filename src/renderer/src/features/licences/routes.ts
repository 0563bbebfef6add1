import type { RouteRecordRaw } from 'vue-router'

export const licenceRoutes: RouteRecordRaw[] = [
  {
    path: '/licences',
    name: 'licences',
    component: () => import('./LicenceBrowserView.vue'),
    meta: { navGroup: 'registry', titleKey: 'nav.licences', needsData: true }
  }
]
