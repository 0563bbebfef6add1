/** The product's name as users see it. */
export const APP_NAME = '证照治理工作台'

/**
 * Version of the local data schema (the Dexie database). Raised with each migration; shown in
 * 系统信息 so support can tell which data layout an installation holds.
 */
export const DATA_SCHEMA_VERSION = 7
