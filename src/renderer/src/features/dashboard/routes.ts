import type { RouteRecordRaw } from 'vue-router'

export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: '/overview',
    name: 'overview',
    component: () => import('./DashboardView.vue'),
    meta: { navGroup: 'overview', titleKey: 'nav.dashboard', needsData: true }
  }
]
