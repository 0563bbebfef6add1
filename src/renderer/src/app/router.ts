import { createRouter, createWebHashHistory, type Router, type RouteRecordRaw } from 'vue-router'
import { auditRoutes } from '../features/audit/routes'
import { complianceRoutes } from '../features/compliance/routes'
import { dashboardRoutes } from '../features/dashboard/routes'
import { importRoutes } from '../features/imports/routes'
import { licenceRoutes } from '../features/licences/routes'
import { sealRoutes } from '../features/seals/routes'
import { settingsRoutes } from '../features/settings/routes'
import { systemRoutes } from '../features/system/routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** The left-navigation group the page appears under. */
    navGroup?: NavGroup
    /** i18n key of the page's title in the navigation. */
    titleKey?: string
    /** The page shows the local working copy, so it waits until the data is loaded. */
    needsData?: boolean
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
  ...sealRoutes,
  ...systemRoutes,
  ...auditRoutes,
  ...importRoutes,
  ...settingsRoutes
]

export function createAppRouter(): Router {
  return createRouter({
    // Hash history works the same under app:// and under the browser host.
    history: createWebHashHistory(),
    routes: [{ path: '/', redirect: '/overview' }, ...featureRoutes]
  })
}
