import type { Catalog } from '../catalog'

/**
 * The audit capability's words (codes under `audit.`): what the hash-chain check of the 审计日志
 * finds. The log's own page words (actions, targets, details) are the renderer's.
 */
export const auditCatalog: Catalog = {
  'zh-CN': {
    audit: {
      chain: {
        reordered: '第{seq}条记录排在第{before}条之后，顺序被调换',
        inserted: '第{seq}条有{count}条记录，多出的{extra}条是插入的',
        edited: '第{seq}条的内容与其哈希不符，记录被改动',
        missing: '{range}记录缺失，已被删除',
        startDeleted: '第{seq}条记录的前序哈希不是起始值：日志开头有记录被删除',
        linkBroken:
          '第{seq}条记录的前序哈希与第{prev}条不符：两者之间有记录被删除，或第{prev}条被改动后重新计算了哈希',
        tailMissing: '末尾{range}记录缺失（已记录的链头为第{head}条）',
        headMismatch: '第{seq}条的哈希与已记录的链头不符，日志被改写',
        range: { one: '第{seq}条', many: '第{from}–{to}条' }
      }
    }
  },
  en: {
    audit: {
      chain: {
        reordered: 'Entry {seq} comes after entry {before}: the order was changed',
        inserted: 'There are {count} entries numbered {seq}: the {extra} extra were inserted',
        edited: 'Entry {seq} does not match its hash: it was altered',
        missing: '{range} missing: deleted',
        startDeleted:
          'The previous hash of entry {seq} is not the starting value: entries at the start of the log were deleted',
        linkBroken:
          'The previous hash of entry {seq} does not match entry {prev}: entries between them were deleted, or entry {prev} was altered and its hash recomputed',
        tailMissing: '{range} at the end missing (the recorded head is entry {head})',
        headMismatch:
          'The hash of entry {seq} does not match the recorded head: the log was rewritten',
        range: { one: 'Entry {seq}', many: 'Entries {from}–{to}' }
      }
    }
  }
}
