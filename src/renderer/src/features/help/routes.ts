import type { RouteRecordRaw } from 'vue-router'

export const helpRoutes: RouteRecordRaw[] = [
  {
    path: '/help',
    name: 'help',
    component: () => import('./HelpView.vue'),
    meta: { navGroup: 'system', titleKey: 'nav.help' }
  }
]
