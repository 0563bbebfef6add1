import { createRouter, createWebHashHistory, type Router, type RouteRecordRaw } from 'vue-router'
import { systemRoutes } from '../features/system/routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** The left-navigation group the page appears under. */
    navGroup?: 'system'
    /** i18n key of the page's title in the navigation. */
    titleKey?: string
  }
}

/** Each capability contributes its pages here when it lands; the navigation is derived from them. */
export const featureRoutes: RouteRecordRaw[] = [...systemRoutes]

export function createAppRouter(): Router {
  return createRouter({
    // Hash history works the same under app:// and under the browser host.
    history: createWebHashHistory(),
    routes: [{ path: '/', redirect: '/system/info' }, ...featureRoutes]
  })
}
