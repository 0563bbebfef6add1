import { z } from 'zod'
import { AuthorityLevel, DivisionCode, UsccShape } from './common'
import { SyncedRecord } from './synced-record'

/** 政务部门 / 证照签发单位: a department that issues licences or registers catalog entries. */
export const Department = SyncedRecord.extend({
  name: z.string().min(1),
  /** 统一社会信用代码 */
  uscc: UsccShape,
  /**
   * GB/T 2260 code of the division the department serves. Null for the functional zones
   * (城乡一体化示范区, 东城区) that have none; 411071 (经开区) is statistical-only but appears in data.
   */
  divisionCode: DivisionCode.nullable(),
  level: AuthorityLevel,
  /** The supervising department, null at the top of the tree. */
  parentId: z.string().min(1).nullable()
})
export type Department = z.infer<typeof Department>
