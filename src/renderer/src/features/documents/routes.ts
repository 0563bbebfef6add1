import type { RouteRecordRaw } from 'vue-router'

/** A document of a notice's workflow: `/documents/rectificationNotice/<notice id>` and its kin. */
export const documentRoutes: RouteRecordRaw[] = [
  {
    path: '/documents/:kind/:noticeId',
    name: 'document',
    component: () => import('./DocumentView.vue'),
    // Reached from a notice, not from the navigation.
    meta: { needsData: true }
  }
]
