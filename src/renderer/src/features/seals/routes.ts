import type { RouteRecordRaw } from 'vue-router'

export const sealRoutes: RouteRecordRaw[] = [
  {
    path: '/seals/inspect',
    name: 'seal-inspection',
    component: () => import('./SealInspectionView.vue'),
    meta: { navGroup: 'verification', titleKey: 'nav.sealInspection' }
  }
]
