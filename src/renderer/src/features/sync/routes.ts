import type { RouteRecordRaw } from 'vue-router'

export const syncRoutes: RouteRecordRaw[] = [
  {
    path: '/system/sync',
    name: 'sync',
    component: () => import('./SyncView.vue'),
    meta: { navGroup: 'system', titleKey: 'nav.sync' }
  }
]
