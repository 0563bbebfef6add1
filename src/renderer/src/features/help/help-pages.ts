/**
 * The pages 帮助 explains, by route name, in navigation order. Each has `help.pages.<key>` in
 * every locale (the key is the route name in camel case); a test holds this list, the routes and
 * the messages together.
 */
export const helpPageRoutes = [
  'overview',
  'licences',
  'compliance-monitor',
  'compliance-scorecards',
  'compliance-notices',
  'seal-inspection',
  'imports',
  'audit-log',
  'settings',
  'system-info',
  'sync',
  'operators'
] as const

export function helpMessageKey(routeName: string): string {
  return routeName.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
}
