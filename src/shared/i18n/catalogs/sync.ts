import type { Catalog } from '../catalog'

/**
 * The sync capability's words (codes under `sync.`): why a sync with 市统一电子证照库 stopped,
 * why the library set a change of the bureau's aside, and what `sync pull` says on the command
 * line.
 */
export const syncCatalog: Catalog = {
  'zh-CN': {
    sync: {
      rejected: {
        readOnlyTable: '“{table}”是市电子证照库的数据，工作台不能修改',
        unknownRecord: '市电子证照库中没有这条记录（{table}：{id}）'
      },
      fault: {
        network: '无法连接电子证照库：{reason}',
        closedWithoutCertificate:
          '电子证照库关闭了连接（{reason}）；若证照库要求客户端证书，请提供本单位的客户端证书（PKCS#12）',
        dns: '找不到电子证照库的地址（域名解析失败）：{reason}',
        unavailable: '电子证照库暂时无法服务（HTTP {status}），稍后自动重试',
        checksum: '收到的数据页校验和不符，已丢弃并重新获取',
        unreadable: '收到的数据无法解析，已丢弃并重新获取',
        shape: '收到的数据不符合同步协议：{path} {problem}',
        order: '收到的数据页顺序不符合同步协议，已丢弃',
        resync: '电子证照库要求重新进行首次同步（{reason}），待推送的本地记录会保留',
        serverProtocol:
          '电子证照库使用同步协议第 {server} 版，本工作台使用第 {client} 版，无法同步，请联系证照库管理员',
        clientTooOld: '本工作台版本过低，电子证照库拒绝同步，请升级工作台',
        auth: '电子证照库拒绝了本机的身份（HTTP {status}），请检查客户端证书',
        tls: '电子证照库的证书未通过校验（{code}），请检查所配置的政务 CA 证书与服务器地址',
        clientCertificate: '客户端证书无法打开（{reason}），请检查 PKCS#12 文件及其密码',
        proxy: '代理服务器拒绝建立连接：{reason}',
        refused: '电子证照库拒绝了请求（HTTP {status}）：{reason}',
        unanswered: '电子证照库没有答复所推送的任何记录，已停止推送',
        address: '电子证照库地址无效：{address}（应以 http:// 或 https:// 开头）',
        cancelled: '同步已取消，已写入的数据保留，下次从中断处继续'
      },
      cli: {
        unknownArgument: '未知参数：{argument}',
        needsValue: '{flag} 需要一个值',
        missingServer: '缺少 --server（电子证照库地址）',
        missingOut: '缺少 --out（镜像目录）',
        passwordWithoutCert: '--password 只与 --cert 一起使用',
        unknownSubcommand: '未知子命令：{subcommand}',
        missingSubcommand: '缺少子命令',
        unreadableFile: '无法读取文件 {file}（{code}）',
        progress: {
          info: '读取电子证照库信息…',
          bootstrap: '首次同步：快照分片 {done}/{total}',
          push: '推送本地记录：{done}',
          pull: '增量同步：已应用 {done} 条变更',
          verify: '核对摘要：{done}/{total} 张表'
        },
        done: '同步完成：数据集 {dataset}，游标 {cursor}（证照库最新 {head}）；快照 {snapshotRows} 行，增量 {pulled} 条；重试 {retries} 次',
        tableCount: '  {table}：{count} 条',
        failed: '同步未完成：{reason}',
        writeFailed: '无法写入镜像目录（{code}）：{reason}'
      }
    }
  },
  en: {
    sync: {
      rejected: {
        readOnlyTable:
          '“{table}” belongs to the city e-licence library; the workbench cannot change it',
        unknownRecord: 'The city e-licence library has no such record ({table}: {id})'
      },
      fault: {
        network: 'Cannot reach the licence library: {reason}',
        closedWithoutCertificate:
          'The licence library closed the connection ({reason}); if it asks for a client certificate, provide the bureau’s (PKCS#12)',
        dns: 'The licence library’s address cannot be resolved (DNS): {reason}',
        unavailable: 'The licence library is unavailable for now (HTTP {status}); retrying later',
        checksum: 'A page arrived with a wrong checksum; it was discarded and fetched again',
        unreadable: 'Data arrived that cannot be read; it was discarded and fetched again',
        shape: 'Data arrived that does not follow the sync protocol: {path} {problem}',
        order: 'A page arrived out of protocol order and was discarded',
        resync:
          'The licence library asks for a new initial sync ({reason}); local records waiting to be sent are kept',
        serverProtocol:
          'The licence library speaks sync protocol {server}, this workbench {client}: ask the library’s administrator',
        clientTooOld: 'This workbench is too old for the licence library: please upgrade it',
        auth: 'The licence library refused this workstation (HTTP {status}): check the client certificate',
        tls: 'The licence library’s certificate did not verify ({code}): check the government CA and the address',
        clientCertificate:
          'The client certificate cannot be opened ({reason}): check the PKCS#12 file and its password',
        proxy: 'The proxy refused the connection: {reason}',
        refused: 'The licence library refused the request (HTTP {status}): {reason}',
        unanswered: 'The licence library answered none of the records sent; pushing stopped',
        address:
          'Invalid licence library address: {address} (it must start with http:// or https://)',
        cancelled: 'Sync cancelled; what was written is kept and the next sync resumes from there'
      },
      cli: {
        unknownArgument: 'Unknown argument: {argument}',
        needsValue: '{flag} needs a value',
        missingServer: 'Missing --server (the licence library’s address)',
        missingOut: 'Missing --out (the mirror folder)',
        passwordWithoutCert: '--password goes only with --cert',
        unknownSubcommand: 'Unknown subcommand: {subcommand}',
        missingSubcommand: 'Missing subcommand',
        unreadableFile: 'Cannot read {file} ({code})',
        progress: {
          info: 'Reading the licence library’s info…',
          bootstrap: 'Initial sync: snapshot part {done}/{total}',
          push: 'Sending local records: {done}',
          pull: 'Incremental sync: {done} changes applied',
          verify: 'Comparing digests: {done}/{total} tables'
        },
        done: 'Sync done: dataset {dataset}, cursor {cursor} (library head {head}); snapshot {snapshotRows} rows, {pulled} changes; {retries} retries',
        tableCount: '  {table}: {count}',
        failed: 'Sync did not finish: {reason}',
        writeFailed: 'Cannot write the mirror folder ({code}): {reason}'
      }
    }
  }
}
