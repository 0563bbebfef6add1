import type { RouteRecordRaw } from 'vue-router'

export const operatorRoutes: RouteRecordRaw[] = [
  {
    path: '/system/operators',
    name: 'operators',
    component: () => import('./OperatorsView.vue'),
    meta: { navGroup: 'system', titleKey: 'operators.page.title', roles: ['administrator'] }
  }
]
