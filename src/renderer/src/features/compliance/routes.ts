import type { RouteRecordRaw } from 'vue-router'

export const complianceRoutes: RouteRecordRaw[] = [
  {
    path: '/compliance/monitor',
    name: 'compliance-monitor',
    component: () => import('./ComplianceMonitorView.vue'),
    meta: { navGroup: 'compliance', titleKey: 'nav.complianceMonitor', needsData: true }
  },
  {
    path: '/compliance/scorecards',
    name: 'compliance-scorecards',
    component: () => import('./ScorecardView.vue'),
    meta: { navGroup: 'compliance', titleKey: 'nav.complianceScorecards', needsData: true }
  },
  {
    path: '/compliance/notices',
    name: 'compliance-notices',
    component: () => import('./NoticesView.vue'),
    meta: { navGroup: 'compliance', titleKey: 'nav.complianceNotices', needsData: true }
  }
]
