import type { Catalog } from '../catalog'

/**
 * The documents capability's words (codes under `documents.`): the fixed wordings of the
 * Bureau's official documents (always printed in Chinese; the English side is for reading them
 * on an English screen), and the errors of laying out, writing and signing them.
 */
export const documentsCatalog: Catalog = {
  'zh-CN': {
    documents: {
      issuer: {
        name: '许昌市政务服务和大数据管理局',
        printingOffice: '许昌市政务服务和大数据管理局办公室'
      },
      kind: {
        rectificationNotice: '责令限期改正通知书',
        writtenCircular: '书面通报',
        referralLetter: '移送函',
        verificationOpinion: '整改情况核验意见'
      },
      notice: {
        title: '关于责令{department}限期改正电子证照管理问题的通知',
        opening:
          '根据《许昌市电子证照管理暂行办法》（许政办〔2021〕13号）第三十一条的规定，本局对你单位电子证照管理情况进行了监督检查。经查，你单位存在以下问题：',
        problemsHeading: '一、存在的问题',
        fact: '{numeral}{rule}：发现问题{count}项，违反《办法》{article}的规定，属于{item}“{kindText}”的情形。',
        requirementsHeading: '二、整改要求',
        requirement: '{number}. {text}',
        deadlineHeading: '三、整改期限',
        deadline:
          '请你单位自本通知送达之日起{workingDays}个工作日内（即{lastDay}前）完成整改，并将整改情况书面报送本局。逾期不改正的，本局将依据《办法》第三十一条予以书面通报。',
        contact: '联系人：{name}；联系电话：{phone}。',
        attachment: '问题清单'
      },
      circular: {
        title: '关于{department}逾期未改正电子证照管理问题的通报',
        addressee: '各县（市、区）政府，市政府各部门',
        facts:
          '本局于{issuedOn}以{number}责令{department}限期改正电子证照管理中存在的问题，整改期限至{lastDay}。截至目前，该单位逾期未改正，也未书面报送整改情况。',
        basis: '依据《许昌市电子证照管理暂行办法》第三十一条，现予以书面通报。',
        requirement:
          '请{department}立即整改，并于本通报印发之日起{workingDays}个工作日内将整改情况和逾期原因书面报送本局。各单位要引以为戒，切实履行电子证照管理职责。'
      },
      referral: {
        title: '关于移送{department}电子证照管理问题线索的函',
        facts:
          '本局于{issuedOn}以{number}责令{department}限期改正电子证照管理中存在的问题，并于{circularOn}以{circularNumber}予以书面通报，该单位仍未改正。',
        basis:
          '依据《许昌市电子证照管理暂行办法》第三十一条，现将有关问题线索移送你单位，请依法依纪处理，并将处理结果函告本局。',
        circularPending: '（通报尚未签发）',
        authority: '市纪委监委'
      },
      verification: {
        title: '关于{department}电子证照管理问题整改情况的核验意见',
        facts:
          '{department}于{receivedOn}报送了{number}所列问题的整改情况报告。本局对整改情况进行了核验，意见如下：',
        passed: '经核验，所列问题已整改到位，同意销号。',
        failed: '经核验，所列问题尚未整改到位。请你单位于{lastDay}前继续整改，并重新报送整改情况。'
      },
      cli: {
        missingSubcommand: '缺少子命令（可用：notice）',
        unknownSubcommand: '没有子命令“{name}”（可用：notice）',
        missingValue: '选项 {flag} 缺少取值',
        unknownOption: '未知选项 {flag}',
        badFormat: '格式“{format}”无效，应为 pdf 或 docx',
        badLicences: '演示证照数量“{value}”无效，应为 100 至 {max} 的整数',
        needsDemo: '请用 --demo 指明数据来源（演示城市）',
        needsOut: '请用 --out 指明输出文件',
        generating: '正在生成演示城市（{licences} 张证照）并检查……',
        noFindings: '演示城市没有发现问题，无需通知',
        written:
          '已写出 {file}：{department}，{number}，{findings} 项问题，{bytes} 字节，SHA-256 {sha256}',
        pages: '共 {pages} 页',
        signed: '已签发：电子印章与签名（签名证书：{signer}）',
        ioFailed: '读写文件失败（{code}）：{detail}'
      },
      fonts: {
        missing:
          '缺少排版所需的字体“{font}”（{role}）。请安装 Debian 软件包 {package}（apt-get install {package}），或在设置中指定字体文件',
        substitutes: '本文档使用替代字体：{list}',
        role: {
          masthead: '发文机关标志（小标宋）',
          title: '标题（小标宋）',
          body: '正文（仿宋）',
          heading1: '一级标题（黑体）',
          heading2: '二级标题（楷体）',
          pageNumber: '页码（宋体）'
        }
      },
      seal: {
        notConfigured:
          '尚未配置公文印章证书：请系统管理员在“设置 → 公文印章”中导入本局的 PKCS#12 证书',
        unreadable:
          '本机保存的公文印章证书无法读取（文件已损坏或系统密钥已更换），请系统管理员重新导入',
        expired: '公文印章证书不在有效期内（有效期至 {notAfter}），不能签发',
        pkcs12: {
          unreadable: '“{file}”无法读取：不是 PKCS#12（.p12/.pfx）文件',
          password: '“{file}”的密码不正确，或文件已损坏',
          legacy:
            '“{file}”使用旧式加密（{algorithm}）：请用 openssl pkcs12 -export 以默认的 AES 加密重新导出',
          noKey: '“{file}”中没有私钥及与之对应的证书'
        }
      },
      issue: {
        alreadyIssued:
          '{number} 已签发（第 {version} 版）：签发后的公文不再重新生成，如需更正请签发更正版',
        unknown: '没有这份已签发的公文'
      },
      sign: {
        unsupportedKey: '签名密钥不是 RSA、ECDSA（P-256/P-384）或 SM2 密钥，无法签发',
        keyMismatch: '签名密钥与证书不匹配，无法签发',
        noSealPosition: '文档没有印章位置，无法签发',
        tooLarge: '签名数据超出预留空间，无法签发',
        noNumber: '文档还没有发文字号，不能签发',
        pdfOnly: '只有 PDF 文档可以签发；DOCX 供修改和存档'
      },
      render: {
        invalid: '文档内容不完整或有误，无法生成'
      }
    }
  },
  en: {
    documents: {
      issuer: {
        name: 'Xuchang Municipal Administration of Government Services and Big Data',
        printingOffice:
          'General Office of the Xuchang Municipal Administration of Government Services and Big Data'
      },
      kind: {
        rectificationNotice: 'Notice to rectify within a time limit',
        writtenCircular: 'Written circular',
        referralLetter: 'Referral letter',
        verificationOpinion: 'Verification opinion on rectification'
      },
      notice: {
        title:
          'Notice ordering {department} to correct problems in its management of electronic licences within a time limit',
        opening:
          'Under Article 31 of the Interim Measures of Xuchang for the Administration of Electronic Licences, the Bureau inspected how your unit manages electronic licences and found the following problems:',
        problemsHeading: '1. Problems found',
        fact: '{numeral} {rule}: {count} problems, against {article} of the Measures, a case of {item} ({kindText}).',
        requirementsHeading: '2. Required corrections',
        requirement: '{number}. {text}',
        deadlineHeading: '3. Time limit',
        deadline:
          'Complete the corrections within {workingDays} working days of receiving this notice (by {lastDay}) and report them to the Bureau in writing. If they are not made in time, the Bureau will issue a written circular under Article 31.',
        contact: 'Contact: {name}; phone: {phone}.',
        attachment: 'List of problems'
      },
      circular: {
        title:
          'Circular on {department} failing to correct problems in its management of electronic licences in time',
        addressee:
          'The county, city and district governments and the departments of the city government',
        facts:
          'On {issuedOn}, by notice {number}, the Bureau ordered {department} to correct problems in its management of electronic licences by {lastDay}. The unit has neither made the corrections nor reported on them.',
        basis: 'Under Article 31 of the Measures, this written circular is hereby issued.',
        requirement:
          '{department} is to correct the problems at once and report the corrections and the reasons for the delay within {workingDays} working days of this circular. All units should take note and fulfil their duties.'
      },
      referral: {
        title: 'Letter referring problems of {department} in its management of electronic licences',
        facts:
          'On {issuedOn}, by notice {number}, the Bureau ordered {department} to correct problems in its management of electronic licences, and on {circularOn} issued circular {circularNumber}; the unit has still not corrected them.',
        basis:
          'Under Article 31 of the Measures, the Bureau refers the case to you to be dealt with according to law and discipline, and asks to be told the outcome.',
        circularPending: '(circular not yet issued)',
        authority: 'the municipal discipline inspection and supervision commission'
      },
      verification: {
        title:
          'Verification opinion on how {department} corrected problems in its management of electronic licences',
        facts:
          'On {receivedOn}, {department} reported how it corrected the problems listed in {number}. The Bureau checked the corrections and finds:',
        passed: 'The problems listed have been corrected; the case is closed.',
        failed:
          'The problems listed have not been fully corrected. Continue the corrections and report again by {lastDay}.'
      },
      cli: {
        missingSubcommand: 'A subcommand is missing (available: notice)',
        unknownSubcommand: 'There is no subcommand "{name}" (available: notice)',
        missingValue: 'The option {flag} needs a value',
        unknownOption: 'Unknown option {flag}',
        badFormat: 'The format "{format}" is invalid; use pdf or docx',
        badLicences:
          'The demo licence count "{value}" is invalid; use a whole number from 100 to {max}',
        needsDemo: 'Say where the data comes from with --demo (the demo city)',
        needsOut: 'Name the output file with --out',
        generating: 'Generating the demo city ({licences} licences) and scanning it…',
        noFindings: 'The demo city has no findings; no notice is needed',
        written:
          'Wrote {file}: {department}, {number}, {findings} findings, {bytes} bytes, SHA-256 {sha256}',
        pages: '{pages} pages',
        signed: 'Signed: electronic seal and signature (certificate: {signer})',
        ioFailed: 'Reading or writing a file failed ({code}): {detail}'
      },
      fonts: {
        missing:
          'The font "{font}" ({role}) needed for the layout is missing. Install the Debian package {package} (apt-get install {package}), or choose a font file in Settings',
        substitutes: 'This document uses substitute fonts: {list}',
        role: {
          masthead: 'masthead (Xiaobiaosong)',
          title: 'title (Xiaobiaosong)',
          body: 'body (Fangsong)',
          heading1: 'first-level heading (Heiti)',
          heading2: 'second-level heading (Kaiti)',
          pageNumber: 'page number (Songti)'
        }
      },
      seal: {
        notConfigured:
          'No official seal certificate is configured: a system administrator imports the Bureau’s PKCS#12 under Settings, Official seal',
        unreadable:
          'The official seal certificate kept here cannot be read (the file is damaged or the system key changed); a system administrator must import it again',
        expired:
          'The official seal certificate is not valid now (valid until {notAfter}); nothing can be signed',
        pkcs12: {
          unreadable: '"{file}" cannot be read: it is not a PKCS#12 (.p12/.pfx) file',
          password: 'The password of "{file}" is wrong, or the file is damaged',
          legacy:
            '"{file}" uses old encryption ({algorithm}): export it again with openssl pkcs12 -export and the default AES encryption',
          noKey: '"{file}" holds no private key with its certificate'
        }
      },
      issue: {
        alreadyIssued:
          '{number} is already issued (version {version}): an issued document is never produced again; issue a correction instead',
        unknown: 'There is no such issued document'
      },
      sign: {
        unsupportedKey:
          'The signing key is not an RSA, ECDSA (P-256 or P-384) or SM2 key; the document cannot be signed',
        keyMismatch:
          'The signing key does not belong to the certificate; the document cannot be signed',
        noSealPosition: 'The document has no seal position; it cannot be signed',
        tooLarge:
          'The signature is larger than the space reserved for it; the document cannot be signed',
        noNumber: 'The document has no document number yet; it cannot be signed',
        pdfOnly: 'Only PDF documents can be signed; DOCX is for editing and filing'
      },
      render: {
        invalid: 'The document is incomplete or invalid; it cannot be produced'
      }
    }
  }
}
