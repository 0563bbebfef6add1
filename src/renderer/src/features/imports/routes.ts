import type { RouteRecordRaw } from 'vue-router'

export const importRoutes: RouteRecordRaw[] = [
  {
    path: '/system/data',
    name: 'imports',
    component: () => import('./ImportsView.vue'),
    meta: { navGroup: 'system', titleKey: 'nav.imports', needsData: true }
  }
]
