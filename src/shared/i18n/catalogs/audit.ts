import type { Catalog } from '../catalog'

/**
 * The audit capability's words (codes under `audit.`): what 校验完整性 of the 审计日志 finds, and
 * main's refusals when an entry does not extend the log it anchors. The log's own page words
 * (actions, targets, details) are the renderer's.
 */
export const auditCatalog: Catalog = {
  'zh-CN': {
    audit: {
      chain: {
        edited: '第{seq}条记录的内容被改动（与其哈希和密钥认证码都不符）',
        rehashed: '第{seq}条记录被改动后重新计算了哈希：只有密钥认证码能发现',
        reordered: '第{seq}条记录原是第{original}条：顺序被调换',
        deleted: '{range}记录缺失，已被删除',
        truncated: '末尾{range}记录缺失，日志被截断（主进程记录的链头为第{head}条）',
        inserted: '第{seq}条记录没有有效的密钥认证码，是插入的',
        copied: '第{seq}条记录是第{original}条的副本，是插入的',
        beyondHead: '第{seq}条记录在主进程记录的链头（第{head}条）之后，是插入的',
        wiped: '审计日志被清空：主进程记录有{count}条记录，现存0条',
        headMismatch: '第{seq}条记录的密钥认证码与主进程记录的链头不符，日志被改写',
        legacyRehashed: '第{seq}条之前启用密钥前写入的记录被改写并重新计算了哈希',
        anchorLost:
          '主进程记录的链头文件被删除（{at}发现）：此前的记录主进程已无法担保，只能由哈希核对',
        startDeleted: '第{seq}条记录的前序哈希不是起始值：日志开头有记录被删除',
        linkBroken:
          '第{seq}条记录的前序哈希与第{prev}条不符：两者之间有记录被删除，或第{prev}条被改动后重新计算了哈希',
        range: { one: '第{seq}条', many: '第{from}–{to}条' },
        witness: {
          missing: '第{seq}条记录缺失：电子证照库于{at}存证的链头就是这一条',
          changed: '第{seq}条记录与电子证照库于{at}存证的链头不符，日志被改写'
        }
      },
      append: {
        notHead:
          '审计日志与主进程记录的链头不符（应写第{expected}条，实为第{seq}条），请先校验完整性',
        notPending: '主进程没有为第{seq}条记录签发过密钥认证码',
        unavailable: '无法请主进程为审计记录签发密钥认证码，操作未执行'
      },
      check: {
        unknown: '这次完整性校验已失效，请重新校验',
        pageOrder: '完整性校验收到的记录顺序不对'
      }
    }
  },
  en: {
    audit: {
      chain: {
        edited: 'Entry {seq} was altered (it matches neither its hash nor its keyed code)',
        rehashed: 'Entry {seq} was altered and its hashes recomputed: only its keyed code shows it',
        reordered: 'Entry {seq} was written as entry {original}: the order was changed',
        deleted: '{range} is missing: deleted',
        truncated:
          '{range} at the end are missing: the log was cut short (main recorded entry {head} as the newest)',
        inserted: 'Entry {seq} has no valid keyed code: it was inserted',
        copied: 'Entry {seq} is a copy of entry {original}: it was inserted',
        beyondHead:
          'Entry {seq} comes after the newest entry main recorded (entry {head}): it was inserted',
        wiped: 'The audit log was wiped: main recorded {count} entries, none are left',
        headMismatch:
          'The keyed code of entry {seq} does not match the newest entry main recorded: the log was rewritten',
        legacyRehashed:
          'The entries written before entry {seq}, before the log was keyed, were rewritten and their hashes recomputed',
        anchorLost:
          'The file where main kept the newest entry was deleted (found {at}): main can no longer vouch for the entries before, only their hashes can be checked',
        startDeleted:
          'The previous hash of entry {seq} is not the starting value: entries at the start of the log were deleted',
        linkBroken:
          'The previous hash of entry {seq} does not match entry {prev}: entries between them were deleted, or entry {prev} was altered and its hash recomputed',
        range: { one: 'Entry {seq}', many: 'Entries {from}–{to}' },
        witness: {
          missing:
            'Entry {seq} is missing: it is the newest entry the e-licence library witnessed on {at}',
          changed:
            'Entry {seq} does not match the newest entry the e-licence library witnessed on {at}: the log was rewritten'
        }
      },
      append: {
        notHead:
          'The audit log does not match the newest entry main recorded (entry {expected} was due, entry {seq} came): check its integrity first',
        notPending: 'Main issued no keyed code for entry {seq}',
        unavailable: 'Main could not be asked to key the audit entry: nothing was changed'
      },
      check: {
        unknown: 'This integrity check has expired: check again',
        pageOrder: 'The integrity check received entries out of order'
      }
    }
  }
}
