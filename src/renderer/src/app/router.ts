import {
  createRouter,
  createWebHashHistory,
  type Router,
  type RouteRecordRaw,
  type RouterHistory
} from 'vue-router'
import type { OperatorRole } from '@shared/domain/operators'
import { auditRoutes } from '../features/audit/routes'
import { complianceRoutes } from '../features/compliance/routes'
import { dashboardRoutes } from '../features/dashboard/routes'
import { documentRoutes } from '../features/documents/routes'
import { helpRoutes } from '../features/help/routes'
import { importRoutes } from '../features/imports/routes'
import { licenceRoutes } from '../features/licences/routes'
import { operatorRoutes } from '../features/operators/routes'
import { sealRoutes } from '../features/seals/routes'
import { settingsRoutes } from './settings-routes'
import { syncRoutes } from '../features/sync/routes'
import { systemRoutes } from '../features/system/routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** The left-navigation group the page appears under. */
    navGroup?: NavGroup
    /** i18n key of the page's title in the navigation. */
    titleKey?: string
    /** The page shows the local working copy, so it waits until the data is loaded. */
    needsData?: boolean
    /** Only operators holding one of these roles see the page (main refuses the rest anyway). */
    roles?: readonly OperatorRole[]
  }
}

/** Left-navigation groups, in the order they appear. */
export const navGroups = ['overview', 'registry', 'compliance', 'verification', 'system'] as const
export type NavGroup = (typeof navGroups)[number]

/** Each capability contributes its pages here when it lands; the navigation is derived from them. */
export const featureRoutes: RouteRecordRaw[] = [
  ...dashboardRoutes,
  ...licenceRoutes,
  ...complianceRoutes,
  ...documentRoutes,
  ...sealRoutes,
  ...systemRoutes,
  ...syncRoutes,
  ...operatorRoutes,
  ...auditRoutes,
  ...importRoutes,
  ...settingsRoutes,
  ...helpRoutes
]

/** Whether an operator with `roles` is shown the page (a page without `meta.roles`: everyone). */
export function pageAllowed(
  meta: { roles?: readonly OperatorRole[] } | undefined,
  roles: readonly OperatorRole[]
): boolean {
  return !meta?.roles || meta.roles.some((role) => roles.includes(role))
}

/** Hash history works the same under app:// and under the browser host; tests pass memory history. */
export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  return createRouter({
    history,
    routes: [
      { path: '/', redirect: '/overview' },
      ...featureRoutes,
      // Any other address (an old bookmark, a mistyped link) gets a page with a way back.
      { path: '/:unknown(.*)*', name: 'not-found', component: () => import('./NotFoundView.vue') }
    ]
  })
}
