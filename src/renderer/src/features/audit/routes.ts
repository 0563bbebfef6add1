import type { RouteRecordRaw } from 'vue-router'

export const auditRoutes: RouteRecordRaw[] = [
  {
    path: '/system/audit',
    name: 'audit-log',
    component: () => import('./AuditLogView.vue'),
    meta: { navGroup: 'system', titleKey: 'nav.auditLog', needsData: true }
  }
]
