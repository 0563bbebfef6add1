import type { RouteRecordRaw } from 'vue-router'

export const dataRoutes: RouteRecordRaw[] = [
  {
    path: '/system/data',
    name: 'data-admin',
    component: () => import('./DataAdminView.vue'),
    meta: { navGroup: 'system', titleKey: 'nav.dataAdmin', needsData: true }
  }
]
