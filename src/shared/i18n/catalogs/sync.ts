import type { Catalog } from '../catalog'

/**
 * The sync capability's words (codes under `sync.`): why a sync with 市统一电子证照库 stopped,
 * why the library set a change of the bureau's aside, and what `sync pull` says on the command
 * line.
 */
export const syncCatalog: Catalog = {
  'zh-CN': {
    sync: {
      library: {
        preparing: '演示库正在准备中，请稍候',
        none: '未配置电子证照库，也没有可用的演示库',
        embeddedFailed: '演示库无法启动：{reason}',
        unreachable: '无法向主程序转交同步请求'
      },
      settings: {
        badAddress: '证照库地址“{address}”无效，应为 https:// 或 http:// 开头的网址',
        badProxy:
          '代理服务器“{proxy}”无效，应为 http:// 开头的地址（如 http://proxy.example:3128）',
        badCa: '“{file}”不是证书文件（应为 PEM 或 DER 格式的 CA 证书）',
        badCertificate: '客户端证书“{file}”无法打开：不是 PKCS#12 文件，或密码不正确',
        unreadable:
          '本机保存的电子证照库连接无法读取（文件已损坏或系统密钥已更换），请在“设置”中重新配置'
      },
      rejected: {
        readOnlyTable: '“{table}”是市电子证照库的数据，工作台不能修改',
        unknownRecord: '市电子证照库中没有这条记录（{table}：{id}）',
        auditHeadChanged: '审计日志链头的存证只能新增，不能修改或删除',
        auditHeadOther: '审计日志链头“{id}”不是本工作站的：每台工作站只能为自己的日志存证'
      },
      package: {
        unreadable: '离线同步包无法读取（不是同步包，或已损坏）',
        truncated: '离线同步包不完整（缺少结尾），可能未复制完，请重新复制',
        checksum: '离线同步包校验和不符，内容已被改动或损坏，未应用任何数据',
        version: '离线同步包格式版本 {version} 不受支持，请升级工作台',
        noSnapshot:
          '该离线同步包只含游标 {since} 之后的变更，本机尚未完成首次同步，需要含完整快照的同步包',
        gap: '该离线同步包从游标 {since} 开始，而本机游标为 {cursor}，请按本机游标重新制作同步包（--since {cursor}）',
        readOnly: '离线同步包只能拉取数据，不能推送或核对',
        tooOld:
          '电子证照库已不保留游标 {since} 之后的全部变更（最早 {retained}），请制作含完整快照的同步包',
        unsigned: '注意：该离线同步包未签名，只核对了校验和',
        needsCa: '该离线同步包有签名，请用 --ca 指定可信的政务 CA 证书以核验签发者',
        badCertificate: '离线同步包的签名证书无法读取',
        untrustedSigner: '离线同步包的签名者“{subject}”不是所信任 CA 签发的，未应用任何数据',
        signerExpired: '离线同步包签名者“{subject}”的证书不在有效期内，未应用任何数据',
        badSignature: '离线同步包的签名与内容不符，未应用任何数据',
        needsCaSettings:
          '该离线同步包有签名，请先在“设置 → 电子证照库连接”中配置政务 CA 证书，以核验签发者',
        closed: '离线同步包已关闭（又打开了另一个同步包），请重新导入'
      },
      receipt: {
        otherWorkstation: '这份推送回执是给另一台工作站的，未作任何更改',
        needsCaSettings:
          '这份推送回执有签名，请先在“设置 → 电子证照库连接”中配置政务 CA 证书，以核验签名者；未作任何更改',
        badCertificate: '推送回执的签名证书无法读取，未作任何更改',
        untrustedSigner: '推送回执的签名者“{subject}”不是所信任 CA 签发的，未作任何更改',
        signerExpired: '推送回执签名者“{subject}”的证书不在有效期内，未作任何更改',
        badSignature: '推送回执的签名与内容不符，未作任何更改'
      },
      outbox: {
        unsigned: '注意：该待推送包未签名（制作它的工作站未配置客户端证书），只核对了校验和',
        signedBy: '待推送包签名者：{subject}（已按所信任的政务 CA 核验）',
        needsCa: '该待推送包有签名，请用 --ca 指定可信的政务 CA 证书以核验签名者；未推送任何记录',
        requireSigned: '已要求签名（--require-signed），而该待推送包未签名：未推送任何记录',
        badCertificate: '待推送包的签名证书无法读取，未推送任何记录',
        untrustedSigner: '待推送包的签名者“{subject}”不是所信任 CA 签发的，未推送任何记录',
        signerExpired: '待推送包签名者“{subject}”的证书不在有效期内，未推送任何记录',
        badSignature: '待推送包的签名与内容不符，未推送任何记录'
      },
      pkcs12: {
        unreadable: '客户端证书无法读取：不是 PKCS#12（.p12/.pfx）文件',
        password: '客户端证书的密码不正确，或文件已损坏',
        legacy:
          '客户端证书使用旧式加密（{algorithm}），无法用于签名：请用 openssl pkcs12 -export 以默认的 AES 加密重新导出',
        noKey: '客户端证书文件中没有私钥及与之对应的证书'
      },
      fault: {
        network: '无法连接电子证照库：{reason}',
        closedWithoutCertificate:
          '电子证照库关闭了连接（{reason}）；若证照库要求客户端证书，请提供本单位的客户端证书（PKCS#12）',
        dns: '找不到电子证照库的地址（域名解析失败）：{reason}',
        unavailable: '电子证照库暂时无法服务（HTTP {status}），稍后自动重试',
        checksum: '收到的数据页校验和不符，已丢弃并重新获取',
        unreadable: '收到的数据无法解析，已丢弃并重新获取',
        tooLarge: '收到的数据超过 {limit} MB 的上限（可能是压缩炸弹或异常应答），已拒绝',
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
      check: {
        skipped: '未进行（前一步未通过）',
        status: { ok: '通过', warning: '注意', failed: '失败', skipped: '跳过' },
        step: {
          address: '地址',
          proxy: '代理',
          dns: '域名解析',
          tcp: 'TCP 连接',
          tls: 'TLS 握手',
          clientCertificate: '客户端证书',
          library: '电子证照库'
        },
        address: { ok: '{host} 端口 {port}（{scheme}）' },
        proxy: {
          none: '未配置代理，直接连接',
          address: '代理地址无效：{proxy}（应如 http://proxy.gov.test:8080）',
          ok: '代理 {proxy} 已建立到 {target} 的隧道',
          refused: '代理 {proxy} 拒绝建立隧道（HTTP {status}），请联系外网管理员放行证照库地址',
          unreachable: '无法连接代理 {proxy}（{reason}），请检查代理地址'
        },
        dns: {
          ok: '{host} 解析为 {addresses}',
          ip: '地址是 IP，无需域名解析',
          viaProxy: '经代理连接，由代理解析域名',
          failed: '找不到 {host}（域名解析失败：{reason}），请检查地址或本机的 DNS 设置'
        },
        tcp: {
          ok: '已连接 {address} 端口 {port}',
          viaProxy: '经代理隧道连接',
          failed: '无法连接 {address} 端口 {port}（{reason}）：证照库未运行、端口不对或被防火墙拦截'
        },
        tls: {
          ok: '{protocol}；服务器证书“{subject}”由“{issuer}”签发，有效期至 {validTo}（还有 {days} 天）',
          plain: '明文 HTTP，未加密：电子政务外网上应使用 https://',
          expired: '服务器证书“{subject}”已于 {validTo} 过期，请联系证照库管理员更换证书',
          notYetValid: '服务器证书“{subject}”尚未生效（自 {validFrom} 起），请检查本机时间',
          untrusted:
            '服务器证书“{subject}”（签发者“{issuer}”）不是所配置的政务 CA 签发的（{code}），请导入正确的政务 CA 证书',
          hostname: '服务器证书“{subject}”不是为 {host} 签发的（证书适用于：{names}），请检查地址',
          failed: '加密握手失败（{reason}）'
        },
        clientCertificate: {
          none: '未配置客户端证书',
          plain: '明文 HTTP 不使用客户端证书',
          ok: '本单位证书“{subject}”，有效期至 {validTo}（还有 {days} 天）',
          expired: '本单位证书“{subject}”已于 {validTo} 过期，请申请新证书',
          unused: '握手时没有送出客户端证书'
        },
        library: {
          ok: '数据集 {datasetId}，协议 v{protocol}，最新序号 {headSeq}，证照库时间 {serverTime}',
          notLibrary: '该地址有应答，但不是电子证照库（没有 /v1/sync/info）',
          protocol: '电子证照库要求协议 v{required} 以上，本工作台为 v{ours}，请升级工作台'
        },
        line: '{mark} {step}：{said}',
        lineTimed: '{mark} {step}：{said}（{ms} ms）',
        passed: '连接诊断通过',
        notPassed: '连接诊断未通过'
      },
      cli: {
        unknownArgument: '未知参数：{argument}',
        needsValue: '{flag} 需要一个值',
        missingServer: '缺少 --server（电子证照库地址）',
        missingOut: '缺少 --out（镜像目录或同步包文件）',
        serverOrPackage: '--server 与 --package 只能选一个',
        badSince: '--since 应为非负整数（同步游标）：{value}',
        signPair: '--sign-key 与 --sign-cert 须一起给出',
        exporting: '制作离线同步包：快照分片 {parts}，变更页 {pages}',
        exported:
          '离线同步包已写入 {file}：快照分片 {parts} 个，变更页 {pages} 页（{items} 条，游标 {since} → {head}），{bytes} 字节',
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
        writeFailed: '无法写入镜像目录（{code}）：{reason}',
        pushFiles: '缺少 --in（待推送包）或 --receipt（推送回执写到哪里）',
        receiptUnsigned: '注意：推送回执将不签名，因为客户端证书不能用于签名：{reason}',
        otherDataset:
          '待推送包是对数据集 {made} 制作的，而该证照库的数据集是 {library}：未推送任何记录，请确认证照库地址',
        pushed:
          '推送回执已写入 {file}：已接受 {applied} 条，重复 {duplicate} 条，冲突 {conflict} 条，退回 {rejected} 条；请交回该工作站在同步页导入',
        pushFailed:
          '推送未完成：{reason}。证照库已答复 {answered}/{total} 条，其回执已写入 {file}，其余仍在该工作站待推送'
      }
    }
  },
  en: {
    sync: {
      library: {
        preparing: 'The demo library is being prepared; please wait',
        none: 'No e-licence library is configured and no demo library is available',
        embeddedFailed: 'The demo library cannot start: {reason}',
        unreachable: 'The sync request could not be handed to main'
      },
      settings: {
        badAddress:
          'The library address “{address}” is not valid: it must start with https:// or http://',
        badProxy:
          'The proxy “{proxy}” is not valid: it must be an http:// address (e.g. http://proxy.example:3128)',
        badCa: '“{file}” is not a certificate (a CA certificate in PEM or DER is expected)',
        badCertificate:
          'The client certificate “{file}” does not open: not a PKCS#12 file, or a wrong password',
        unreadable:
          'The saved e-licence library connection cannot be read (the file is damaged or the system key changed); configure it again in Settings'
      },
      rejected: {
        readOnlyTable:
          '“{table}” belongs to the city e-licence library; the workbench cannot change it',
        unknownRecord: 'The city e-licence library has no such record ({table}: {id})',
        auditHeadChanged: 'A witnessed audit log head can only be added, never changed or removed',
        auditHeadOther:
          'Audit log head “{id}” is not this workstation’s: each workstation witnesses only its own log'
      },
      package: {
        unreadable: 'The offline sync package cannot be read (not a package, or damaged)',
        truncated: 'The offline sync package is incomplete (its end is missing); copy it again',
        checksum:
          'The offline sync package’s checksum does not match: it was changed or damaged; nothing was applied',
        version: 'Offline sync package format {version} is not supported; upgrade the workbench',
        noSnapshot:
          'This package holds only the changes after cursor {since}, and this workstation has not finished its initial sync: a package with the full snapshot is needed',
        gap: 'This package starts at cursor {since} but this workstation is at {cursor}: make a package from its cursor (--since {cursor})',
        readOnly: 'An offline sync package can only be pulled from, not pushed to or compared with',
        tooOld:
          'The library no longer keeps every change after cursor {since} (it keeps from {retained}): make a package with the full snapshot',
        unsigned: 'Note: this offline sync package is not signed; only its checksum was checked',
        needsCa:
          'This offline sync package is signed: give the trusted government CA with --ca to check its signer',
        badCertificate: 'The offline sync package’s signing certificate cannot be read',
        untrustedSigner:
          'The package’s signer “{subject}” was not issued by the trusted CA; nothing was applied',
        signerExpired:
          'The certificate of the package’s signer “{subject}” is not valid now; nothing was applied',
        badSignature: 'The package’s signature does not match its content; nothing was applied',
        needsCaSettings:
          'This package is signed: configure the government CA certificate in Settings → E-licence library first, to check its signer',
        closed: 'The package was closed (another one was opened); import it again'
      },
      receipt: {
        otherWorkstation: 'This receipt is for another workstation: nothing was changed',
        needsCaSettings:
          'This receipt is signed: configure the government CA certificate in Settings → E-licence library first, to check its signer; nothing was changed',
        badCertificate: 'The receipt’s signing certificate cannot be read; nothing was changed',
        untrustedSigner:
          'The receipt’s signer “{subject}” was not issued by the trusted CA; nothing was changed',
        signerExpired:
          'The certificate of the receipt’s signer “{subject}” is not valid now; nothing was changed',
        badSignature: 'The receipt’s signature does not match its content; nothing was changed'
      },
      outbox: {
        unsigned:
          'Note: this outbox package is not signed (its workstation has no client certificate); only its checksum was checked',
        signedBy: 'Outbox package signed by {subject} (checked against the trusted government CA)',
        needsCa:
          'This outbox package is signed: give the trusted government CA with --ca to check its signer; nothing was pushed',
        requireSigned:
          'A signature is required (--require-signed) and this outbox package has none: nothing was pushed',
        badCertificate:
          'The outbox package’s signing certificate cannot be read; nothing was pushed',
        untrustedSigner:
          'The outbox package’s signer “{subject}” was not issued by the trusted CA; nothing was pushed',
        signerExpired:
          'The certificate of the outbox package’s signer “{subject}” is not valid now; nothing was pushed',
        badSignature:
          'The outbox package’s signature does not match its content; nothing was pushed'
      },
      pkcs12: {
        unreadable: 'The client certificate cannot be read: not a PKCS#12 (.p12/.pfx) file',
        password: 'The client certificate’s password is wrong, or the file is damaged',
        legacy:
          'The client certificate uses an old encryption ({algorithm}) and cannot sign: export it again with openssl pkcs12 -export, which uses AES',
        noKey: 'The client certificate file holds no private key with its certificate'
      },
      fault: {
        network: 'Cannot reach the licence library: {reason}',
        closedWithoutCertificate:
          'The licence library closed the connection ({reason}); if it asks for a client certificate, provide the bureau’s (PKCS#12)',
        dns: 'The licence library’s address cannot be resolved (DNS): {reason}',
        unavailable: 'The licence library is unavailable for now (HTTP {status}); retrying later',
        checksum: 'A page arrived with a wrong checksum; it was discarded and fetched again',
        unreadable: 'Data arrived that cannot be read; it was discarded and fetched again',
        tooLarge:
          'The data received exceeds the {limit} MB limit (a compression bomb or a broken answer) and was refused',
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
      check: {
        skipped: 'Not tried (an earlier step failed)',
        status: { ok: 'ok', warning: 'note', failed: 'FAILED', skipped: 'skipped' },
        step: {
          address: 'Address',
          proxy: 'Proxy',
          dns: 'DNS',
          tcp: 'TCP',
          tls: 'TLS',
          clientCertificate: 'Client certificate',
          library: 'Licence library'
        },
        address: { ok: '{host} port {port} ({scheme})' },
        proxy: {
          none: 'No proxy: connecting directly',
          address:
            'Invalid proxy address: {proxy} (it should look like http://proxy.gov.test:8080)',
          ok: 'The proxy {proxy} opened a tunnel to {target}',
          refused:
            'The proxy {proxy} refused the tunnel (HTTP {status}): ask the extranet administrators to allow the library’s address',
          unreachable: 'Cannot reach the proxy {proxy} ({reason}): check its address'
        },
        dns: {
          ok: '{host} resolves to {addresses}',
          ip: 'The address is an IP: nothing to resolve',
          viaProxy: 'Through the proxy, which resolves the name',
          failed: '{host} cannot be resolved ({reason}): check the address or this computer’s DNS'
        },
        tcp: {
          ok: 'Connected to {address} port {port}',
          viaProxy: 'Through the proxy’s tunnel',
          failed:
            'Cannot connect to {address} port {port} ({reason}): the library is not running, the port is wrong, or a firewall blocks it'
        },
        tls: {
          ok: '{protocol}; server certificate “{subject}” issued by “{issuer}”, valid until {validTo} ({days} days left)',
          plain: 'Plain HTTP, not encrypted: use https:// on the government extranet',
          expired:
            'The server certificate “{subject}” expired on {validTo}: ask the library’s administrators to renew it',
          notYetValid:
            'The server certificate “{subject}” is not valid before {validFrom}: check this computer’s clock',
          untrusted:
            'The server certificate “{subject}” (issuer “{issuer}”) was not issued by the configured government CA ({code}): import the right CA certificate',
          hostname:
            'The server certificate “{subject}” was not issued for {host} (it is for: {names}): check the address',
          failed: 'The TLS handshake failed ({reason})'
        },
        clientCertificate: {
          none: 'No client certificate configured',
          plain: 'Plain HTTP uses no client certificate',
          ok: 'The bureau’s certificate “{subject}”, valid until {validTo} ({days} days left)',
          expired: 'The bureau’s certificate “{subject}” expired on {validTo}: apply for a new one',
          unused: 'No client certificate was sent in the handshake'
        },
        library: {
          ok: 'Dataset {datasetId}, protocol v{protocol}, head {headSeq}, library time {serverTime}',
          notLibrary:
            'Something answers at this address, but it is no licence library (no /v1/sync/info)',
          protocol:
            'The licence library needs protocol v{required} or later; this workbench speaks v{ours}: upgrade the workbench'
        },
        line: '{mark} {step}: {said}',
        lineTimed: '{mark} {step}: {said} ({ms} ms)',
        passed: 'Connection check passed',
        notPassed: 'Connection check did not pass'
      },
      cli: {
        unknownArgument: 'Unknown argument: {argument}',
        needsValue: '{flag} needs a value',
        missingServer: 'Missing --server (the licence library’s address)',
        missingOut: 'Missing --out (the mirror folder or the package file)',
        serverOrPackage: 'Give either --server or --package, not both',
        badSince: '--since must be a whole number (a sync cursor): {value}',
        signPair: '--sign-key and --sign-cert go together',
        exporting: 'Making the offline package: {parts} snapshot parts, {pages} pages of changes',
        exported:
          'Offline sync package written to {file}: {parts} snapshot parts, {pages} pages ({items} changes, cursor {since} → {head}), {bytes} bytes',
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
        writeFailed: 'Cannot write the mirror folder ({code}): {reason}',
        pushFiles: 'Missing --in (the outbox package) or --receipt (where to write the receipt)',
        receiptUnsigned:
          'Note: the receipt will not be signed, for the client certificate cannot sign: {reason}',
        otherDataset:
          'The outbox package was made against dataset {made}, but this library holds dataset {library}: nothing was pushed; check the library address',
        pushed:
          'Receipt written to {file}: {applied} accepted, {duplicate} duplicates, {conflict} conflicts, {rejected} returned; take it back to the workstation and import it on its Sync page',
        pushFailed:
          'The push did not finish: {reason}. The library answered {answered} of {total}; their receipt was written to {file}, the rest still wait on the workstation'
      }
    }
  }
}
