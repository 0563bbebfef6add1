import type { RouteRecordRaw } from 'vue-router'

export const systemRoutes: RouteRecordRaw[] = [
  {
    path: '/system/info',
    name: 'system-info',
    component: () => import('./SystemInfoView.vue'),
    meta: { navGroup: 'system', titleKey: 'nav.systemInfo' }
  }
]
