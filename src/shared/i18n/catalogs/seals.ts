import type { Catalog } from '../catalog'

/**
 * The seals capability's words (codes under `seals.`): the seal verification report's verdicts,
 * reasons, file errors, notes, byte-range problems, changes after signing and the labels of its
 * facts. The screen (印章核验), the CLI (`seals verify`) and the JSON report's codes share them.
 */
export const sealsCatalog: Catalog = {
  'zh-CN': {
    seals: {
      status: { passed: '通过', failed: '未通过', indeterminate: '无法确定' },
      reason: {
        formatFailure: '签名结构不合规（签名范围或签名数据无法使用）',
        hashFailure: '签名后文档内容被篡改（摘要不一致）',
        signatureFailure: '签名值验证失败',
        nonstandardCoverage: '签名未覆盖完整的文档版本，存在未受保护的内容',
        illegalModification: '签名后文档被做了不允许的修改',
        revoked: '签名证书已被吊销',
        expired: '签名时签名证书不在有效期内',
        sealInvalid: '电子印章无效（制章签名、证书列表或印章有效期不符）',
        unknownFormat: '签名数据格式无法识别，无法核验',
        unknownAlgorithm: '签名算法不受支持，无法判断签名是否有效',
        modificationsUnknown: '无法分析签名后的修改',
        signedContentChanged: '签名后修改了签署时已显示的表单内容，请人工核对',
        outOfBoundsNoPoe: '签名证书现已过期，且没有可信时间戳证明签名时证书有效',
        noChainFound: '找不到签名证书的签发者，无法建立证书链',
        untrusted: '签名证书链不以受信任的根证书结尾',
        chainConstraintsFailure: '证书链不满足约束（签发签名、CA 约束或密钥用途）',
        noSignatureFields: '文档中没有数字签名（电子签章）',
        unsignedFieldsOnly: '文档有签名域，但尚未签名',
        unreadable: '文件无法核验'
      },
      verdict: {
        passed: '签名有效：文档自签名后未被篡改，签名者身份可信',
        allPassed: '全部 {count} 个签名核验通过',
        signatureFailed: '签名「{field}」未通过：{reason}',
        signatureIndeterminate: '签名「{field}」无法确定：{reason}'
      },
      error: {
        notPdf: '这不是 PDF 文件，无法核验。请确认选择的是 PDF 格式的电子证照。',
        truncated: '文件不完整（可能在传输或下载中被截断），无法核验。请重新获取原文件。',
        passwordRequired: '文件已加密，需要打开密码才能核验其中的签章。',
        passwordWrong: '密码不正确：它既不是该文件的打开密码，也不是所有者密码。',
        encryptionUnsupported:
          '文件使用了本工具不支持的加密方式（{method}），无法核验其中的签章。请向出具单位索取未加密的版本。',
        malformed: '文件结构已损坏，无法核验。',
        noCatalog: '找不到文档目录（/Root），文件结构已损坏，无法核验。',
        xrefBroken: '交叉引用表损坏，无法读取文件结构，无法核验。',
        tooManyRevisions: '文件的版本（增量更新）过多，超过 {limit} 个，不予核验。',
        timeout: '核验超时：文件结构过于复杂或已损坏。',
        tooComplex: '文件结构超出核验上限（解压后的数据或对象过多），无法核验。',
        unreadable: '无法读取文件，它可能已被移动、删除或正被其他程序占用。',
        workerCrashed: '核验线程异常退出，文件可能已损坏。',
        serviceClosed: '核验服务已关闭，请重新核验。'
      },
      encryption: {
        dictionaryUnreadable: '加密字典无法读取',
        publicKey: '证书（公钥）加密 /Adobe.PubSec',
        handler: '安全处理程序 /{name}',
        version: '/V {version} /R {revision}',
        passwordEntries: '/O 或 /U 缺失或长度不对',
        keyEntries: '/OE 或 /UE 缺失或长度不对',
        noPermissions: '缺少 /P',
        noId: '缺少文件标识 /ID，无法计算密钥',
        unknownFilter: '未知的加密过滤器 /CFM',
        missingFilter: '/StmF 或 /StrF 指向不存在的加密过滤器'
      },
      warning: {
        revocationUnknown: '没有可用的吊销信息，未能确认证书是否已被吊销',
        revocationInfoStale: '可用的吊销信息已过期，未能确认证书是否已被吊销',
        revokedAfterSigning: '签名证书在签署之后才被吊销（可信时间戳证明签署在吊销之前）',
        annotationsAddedAfterSigning: '签名后新增了批注（允许的修改），请查看列出的改动',
        formFilledAfterSigning: '签名后填写了表单（允许的修改），请查看列出的改动',
        claimedTimeDiffersFromSigningTime: '签名者电脑时间与签名内声明的时间相差超过一天',
        sha1Digest: '使用了已不安全的 SHA-1 摘要算法',
        sha1WithoutEcontent: '签名声明为 adbe.pkcs7.sha1，却没有封装 SHA-1 摘要',
        detachedWithEcontent: '分离式签名中却封装了内容',
        signatureFieldRemoved: '签名域在之后的版本中被删除',
        byteRangeExcludesOnlyHexDigits:
          '签名范围只留出了签名值的十六进制数字（其两侧的尖括号也被签名），与常见写法不同，但没有未受保护的内容',
        signatureSharedByFields:
          '还有其他签名域指向同一个签名（如每页各盖一次的印章），请确认签名域名称',
        signatureDictionaryRewritten: '签名字典在签名后被改写',
        timestampImprintMismatch: '时间戳与签名不对应',
        timestampSignatureInvalid: '时间戳的签名无效',
        timestampUnreadable: '时间戳无法读取',
        signerNotInSealCertList: '签名证书不在印章的证书列表中',
        sealMakerSignatureInvalid: '印章的制章签名无效',
        sealNotValidAtSigningTime: '签署时印章不在有效期内',
        sesOctetStringFields: '电子签章中有字段使用了 OCTET STRING，而标准规定为 BIT STRING',
        signerCertificateMissing: '签名中没有签名者的证书',
        multipleSignerInfos: '签名数据中有多个签名者，只核验了第一个',
        noSignedAttributes: '签名没有签名属性，直接对文档内容签名',
        messageDigestMissing: '签名属性中缺少摘要值（messageDigest）',
        contentTypeMismatch: '签名属性中的内容类型与签名数据的内容类型不一致',
        signatureAlgorithmDigestMismatch:
          '签名算法标识中的摘要算法与声明的摘要算法不同，已按声明的摘要算法核验',
        plainEcdsaSignature: 'ECDSA 签名值为 r‖s 格式，而不是 DER 格式',
        unknownSignatureAlgorithm: '签名算法不受支持',
        unsupportedDigestAlgorithm: '摘要算法不受支持',
        unsupportedSignatureParameters: '签名算法的参数或公钥无法使用，无法判断签名是否有效',
        cryptoEngineError: '核验签名数据时出错',
        trailingBytesAfterLastRevision: '文件末尾有多余的数据',
        unterminatedRevision: '文件末尾有一个缺少结束标记的更新，已作为一个版本核验',
        xrefReconstructed: '有版本的交叉引用表损坏，已按文件内容重建'
      },
      byteRange: {
        missing: '缺少签名范围（/ByteRange）',
        notIntegers: '签名范围中有不是非负整数的值',
        oddCount: '签名范围的数值个数为奇数',
        outsideFile: '签名范围超出了文件末尾',
        notAscending: '签名范围的各段不是从前往后排列',
        overlapping: '签名范围的各段相互重叠',
        contentsMissing: '缺少签名值（/Contents），或它位于对象流中',
        notTwoRanges: '签名范围不是两段',
        notFromStart: '签名范围不从文件开头开始',
        holeNotContents: '签名范围留出的空隙不正好是签名值',
        dictionaryNotInSignedRevision: '签名字典不在签名覆盖的版本中'
      },
      coverage: {
        entireFile: '整个文件',
        entireRevision: '签署时的版本（其后有追加的修改）',
        contiguousBlockFromStart: '部分内容（末尾有未受保护的内容）',
        unclear: '异常'
      },
      level: {
        none: '无',
        signaturesDssTimestamps: '追加签名或验证数据',
        formFilling: '填写表单',
        annotations: '新增批注',
        other: '其他修改',
        unknown: '未知'
      },
      trust: {
        trusted: '受信任：证书链以“信任证书”中的根证书结尾',
        untrusted: '不受信任',
        noChain: '不受信任：找不到签发者证书',
        untrustedRoot: '不受信任：根证书不在“信任证书”中',
        badChainSignature: '不受信任：证书链中的签发签名无效',
        caConstraints: '不受信任：签发者不是 CA 证书',
        keyUsage: '不受信任：证书的密钥用途不允许签名'
      },
      revocation: {
        good: '未吊销',
        revoked: '已吊销',
        unknown: '未知（没有可用的吊销列表或 OCSP 响应）'
      },
      kind: { signature: '签名', documentTimestamp: '文档时间戳' },
      passwordUsed: {
        emptyUser: '无需打开密码',
        user: '已用打开密码打开',
        owner: '已用所有者密码打开'
      },
      certificate: { unreadable: '（无法解析的证书）' },
      task: { batch: '印章批量核验' },
      trustImport: {
        noMaterial: '「{name}」中没有可识别的证书或吊销列表',
        tooLarge: '「{name}」过大，不是证书文件',
        unreadable: '无法读取「{name}」'
      },
      cli: {
        trustNeedsPath: '--trust 需要一个路径',
        passwordNeedsValue: '--password 需要一个密码',
        unknownOption: '未知选项：{option}',
        missingCommand: '缺少子命令 verify',
        unknownCommand: '未知子命令：{command}',
        noPaths: '请指定至少一个 PDF 文件或文件夹',
        trustPathUnreadable: '无法读取信任证书路径：{path}',
        trustFileUnreadable: '无法读取信任证书：{file}',
        noTrustMaterial: '警告：{file} 中没有可识别的证书或吊销列表，已跳过'
      },
      report: {
        column: {
          file: '文件',
          field: '签名',
          status: '结论',
          reason: '原因',
          signer: '签名者',
          time: '签署时间',
          coverage: '覆盖范围',
          changes: '签名后修改',
          signatures: '签名数'
        },
        counts: '通过 {passed}，未通过 {failed}，无法确定 {indeterminate}',
        total: '共 {files} 个文件：{counts}'
      },
      format: {
        emptyContents: '签名内容为空（/Contents 全为 0）',
        notAsn1: '签名内容不是有效的 ASN.1（BER/DER）数据',
        notSequence: '签名内容的最外层不是 SEQUENCE',
        unsupportedContentType: '不支持的内容类型 OID {oid}（应为 SignedData）',
        neitherCmsNorSes: '签名内容既不是 CMS 也不是 GB/T 38540 签章',
        bareSeal: '这是电子印章数据（SESeal），不是签章数据',
        noTbsVersion: 'TBS_Sign 缺少版本号',
        unsupportedSesVersion: '不支持的 GB/T 38540 签章版本 {version}',
        unknownSesLayout: 'SES_Signature 结构有 {count} 个元素，无法识别版本',
        unrecognised: '无法识别的签名格式',
        structure: '签名数据结构有误：{problem}'
      },
      structure: {
        missing: '{structure} 结构有误：缺少 {element}',
        invalid: '{structure} 结构有误：{element} 无效',
        unparsable: '{structure} 结构有误：{element} 无法解析',
        unrecognised: '{structure} 结构有误：{element} 中有无法识别的元素',
        trailing: '{structure} 结构有误：{element} 之后有无法识别的元素',
        empty: '{structure} 结构有误：{element} 为空',
        notAsn1: '{structure} 不是有效的 ASN.1 数据（偏移 {offset}）',
        notBer: '{structure} 无法按 ASN.1 解析',
        missingOrUnparsable: '电子签章结构（{structure}）缺少或无法解析：{element}',
        unexpected: '结构无法解析'
      },
      change: {
        page: { number: '第 {number} 页', any: '页面' },
        key: { entry: '/{key}', data: '数据', arrayItem: '数组元素' },
        subtype: { named: '/{name}', unknown: '未知类型' },
        trailerEntry: '文件尾（trailer）的 /{key} 被修改',
        pageCount: '页数声明（/Count）被修改',
        pageTreeEntry: '页面树的 /{key} 被修改',
        pagesAdded: '新增了页面（页数 {before} → {after}）',
        pagesRemoved: '删除了页面（页数 {before} → {after}）',
        pageTreeChanged: '页面树被修改（页面顺序或页面对象被替换）',
        pageTreeReplaced: '页面树被替换',
        allAnnotationsRemoved: '删除了{page}的全部批注和控件',
        pageContentsReplaced: '{page}的内容被替换',
        pageEntry: '{page}的 /{key} 被修改',
        contentStream: '{page}的内容流被修改',
        pageResources: '{page}的资源（字体、图像或表单对象）被修改',
        annotationRemoved: '删除了{page}的批注或控件',
        annotationActionAdded: '{page}的批注被加上了脚本或其他主动动作',
        annotationChanged: '修改了{page}的批注',
        annotationAppearanceChanged: '修改了{page}批注的外观',
        annotationAdded: '在{page}新增批注（{subtype}）',
        unknownAnnotationAdded: '在{page}新增了无法识别的批注',
        orphanWidgetAdded: '在{page}新增了不属于任何表单域的控件',
        activeAnnotationAdded: '在{page}新增的批注带有脚本或其他主动动作',
        fieldRemoved: '删除了表单域「{name}」',
        allFieldsRemoved: '删除了全部表单域',
        unknownFieldAdded: '新增了无法识别的表单域',
        formFieldAdded: '新增表单域「{name}」',
        signatureFieldAddedSignedVisible: '新增签名域「{name}」并签署（可见签章）',
        signatureFieldAddedSigned: '新增签名域「{name}」并签署',
        signatureFieldAddedVisibleUnsigned:
          '新增的签名域「{name}」尚未签名，却带有可见外观，可能遮盖已签名的内容',
        signatureFieldAddedBlank: '新增空白签名域「{name}」',
        signedVisible: '签署了签名域「{name}」（可见签章）',
        signed: '签署了签名域「{name}」',
        foreignSignature: '签名域「{name}」被指向一个并非本次签署的签名',
        signatureRemoved: '签名域「{name}」的签名被删除',
        signatureReplaced: '签名域「{name}」的签名被改指向其他签名字典',
        signatureDictionary: '签名域「{name}」的签名字典被修改（{key}）',
        signatureFieldFlags: '更新了签名域「{name}」的标志（/{key}）',
        formFieldFlags: '更新了表单域「{name}」的标志（/{key}）',
        signatureFieldEntry: '签名域「{name}」的 {key} 被修改',
        formFieldEntry: '表单域「{name}」的 {key} 被修改',
        unsignedSignatureAppearance: '签名域「{name}」的外观被修改，而该签名域未在此次更新中签署',
        appearanceWithoutValue: '表单域「{name}」的值未变，外观却被修改',
        fieldAppearance: '更新了表单域「{name}」的外观',
        valueRewritten: '修改了签署时已有内容的表单域「{name}」，请核对其现值',
        valueFilled: '填写了表单域「{name}」',
        formResources: '更新了表单的默认资源（/DR）',
        formDefaults: '更新了表单的默认外观设置（/{key}）',
        sigFlags: '更新了表单的签名标志（/SigFlags）',
        acroFormEntry: '表单字典（/AcroForm）的 /{key} 被修改',
        acroFormReplaced: '表单字典（/AcroForm）被删除或替换',
        namesReplaced: '文档目录的 /Names 被删除或替换',
        catalogEntry: '文档目录的 /{key} 被修改',
        catalogEntryUpdated: '更新了文档目录的 /{key}',
        dssRemoved: '删除了文档安全存储（DSS）',
        dssUpdated: '更新了文档安全存储（DSS）中的验证数据',
        metadataUpdated: '更新了文档元数据（/Metadata）',
        infoUpdated: '更新了文档信息字典（/Info）',
        namedDestinations: '更新了命名目标（/Dests）',
        documentScript: '新增或修改了文档级脚本（/Names /JavaScript）',
        attachments: '新增或修改了附件（/Names /EmbeddedFiles）',
        namesEntry: '文档目录 /Names 的 /{key} 被修改',
        action: '动作（/A、/AA）被修改',
        sharedObject: '一个被许多对象共用的对象被修改',
        unknownFieldObject: '表单域数组中出现了无法识别的对象',
        documentEntry: '文档的 /{what} 被修改',
        documentEntryKey: '文档的 /{what} 被修改（/{key}）'
      }
    }
  },
  en: {
    seals: {
      status: { passed: 'Passed', failed: 'Failed', indeterminate: 'Indeterminate' },
      reason: {
        formatFailure: 'The signature structure is invalid (byte range or signature data unusable)',
        hashFailure: 'The document was altered after signing (digest mismatch)',
        signatureFailure: 'The signature value does not verify',
        nonstandardCoverage:
          'The signature does not cover a whole revision; some content is unprotected',
        illegalModification: 'The document was changed after signing in a way that is not allowed',
        revoked: 'The signing certificate has been revoked',
        expired: 'The signing certificate was not valid at signing time',
        sealInvalid:
          'The electronic seal is invalid (maker signature, certificate list or validity period)',
        unknownFormat: 'The signature format is not recognised, so it cannot be verified',
        unknownAlgorithm:
          'The signature algorithm is not supported, so whether the signature is valid is unknown',
        modificationsUnknown: 'Changes after signing could not be analysed',
        signedContentChanged:
          'Form content shown when the document was signed has been changed since; compare it by hand',
        outOfBoundsNoPoe:
          'The signing certificate has expired and no trusted timestamp proves it was valid at signing',
        noChainFound:
          'The issuer of the signing certificate cannot be found, so no certificate chain can be built',
        untrusted: 'The certificate chain does not end at a trusted root certificate',
        chainConstraintsFailure:
          'The certificate chain breaks a constraint (an issuing signature, a CA constraint or a key usage)',
        noSignatureFields: 'The document has no digital signature (electronic seal)',
        unsignedFieldsOnly: 'The document has signature fields but none is signed',
        unreadable: 'The file cannot be verified'
      },
      verdict: {
        passed:
          'Valid: the document has not been altered since it was signed, and the signer is trusted',
        allPassed: 'Every signature verified ({count} in all)',
        signatureFailed: 'Signature “{field}” failed: {reason}',
        signatureIndeterminate: 'Signature “{field}” is indeterminate: {reason}'
      },
      error: {
        notPdf:
          'This is not a PDF file and cannot be verified. Check that you chose the PDF of the e-licence.',
        truncated:
          'The file is incomplete (probably cut off in transfer or download) and cannot be verified. Please get the original file again.',
        passwordRequired: 'The file is encrypted; its password is needed to verify its seals.',
        passwordWrong:
          'Wrong password: it is neither the password that opens the file nor the owner password.',
        encryptionUnsupported:
          'The file is encrypted in a way this tool does not support ({method}); its seals cannot be verified. Ask the issuer for an unencrypted copy.',
        malformed: 'The file structure is damaged and cannot be verified.',
        noCatalog:
          'The document catalog (/Root) cannot be found: the file structure is damaged and cannot be verified.',
        xrefBroken:
          'The cross-reference table is damaged, so the file structure cannot be read or verified.',
        tooManyRevisions:
          'The file has too many versions (incremental updates), more than {limit}; it is not verified.',
        timeout: 'Verification timed out: the file is too complex or damaged.',
        tooComplex:
          'The file asks for more decompressed data or objects than can be verified; it cannot be verified.',
        unreadable: 'The file cannot be read; it may have been moved, deleted or locked.',
        workerCrashed: 'The verification thread stopped unexpectedly; the file may be damaged.',
        serviceClosed: 'The verification service has been shut down; please verify again.'
      },
      encryption: {
        dictionaryUnreadable: 'the encryption dictionary cannot be read',
        publicKey: 'certificate (public-key) encryption /Adobe.PubSec',
        handler: 'security handler /{name}',
        version: '/V {version} /R {revision}',
        passwordEntries: '/O or /U is missing or has the wrong length',
        keyEntries: '/OE or /UE is missing or has the wrong length',
        noPermissions: '/P is missing',
        noId: 'the file identifier /ID is missing, so the key cannot be computed',
        unknownFilter: 'an unknown crypt filter /CFM',
        missingFilter: '/StmF or /StrF names a crypt filter that does not exist'
      },
      warning: {
        revocationUnknown: 'No revocation data: whether the certificate was revoked is unknown',
        revocationInfoStale:
          'The revocation data at hand is out of date: whether the certificate was revoked is unknown',
        revokedAfterSigning:
          'The signing certificate was revoked after signing (a trusted timestamp proves the signature came first)',
        annotationsAddedAfterSigning:
          'Comments were added after signing (allowed); see the changes listed',
        formFilledAfterSigning:
          'Form fields were filled in after signing (allowed); see the changes listed',
        claimedTimeDiffersFromSigningTime:
          'The signer’s clock and the signed time differ by more than a day',
        sha1Digest: 'Uses the insecure SHA-1 digest',
        sha1WithoutEcontent:
          'The signature is declared adbe.pkcs7.sha1 but encapsulates no SHA-1 digest',
        detachedWithEcontent: 'A detached signature also encapsulates content',
        signatureFieldRemoved: 'The signature field was removed by a later revision',
        byteRangeExcludesOnlyHexDigits:
          'The signed ranges leave out only the hex digits of the signature value (the angle brackets around them are signed): unusual, but nothing is left unprotected',
        signatureSharedByFields:
          'Other signature fields point at this same signature (a seal stamped on every page, say); check the field name',
        signatureDictionaryRewritten: 'The signature dictionary was rewritten after signing',
        timestampImprintMismatch: 'The timestamp does not match the signature',
        timestampSignatureInvalid: 'The timestamp’s signature is invalid',
        timestampUnreadable: 'The timestamp cannot be read',
        signerNotInSealCertList: 'The signing certificate is not in the seal’s certificate list',
        sealMakerSignatureInvalid: 'The seal maker’s signature is invalid',
        sealNotValidAtSigningTime: 'The seal was not valid at signing time',
        sesOctetStringFields:
          'Some fields of the seal signature are OCTET STRINGs where the standard says BIT STRING',
        signerCertificateMissing: 'The signature does not carry the signer’s certificate',
        multipleSignerInfos: 'The signature data has several signers; only the first was verified',
        noSignedAttributes:
          'The signature has no signed attributes: it signs the document content directly',
        messageDigestMissing: 'The signed attributes carry no digest (messageDigest)',
        contentTypeMismatch:
          'The content type in the signed attributes differs from the signed data’s content type',
        signatureAlgorithmDigestMismatch:
          'The signature algorithm names another digest than the one declared; verified with the declared digest',
        plainEcdsaSignature: 'The ECDSA signature value is written as r‖s, not in DER',
        unknownSignatureAlgorithm: 'The signature algorithm is not supported',
        unsupportedDigestAlgorithm: 'The digest algorithm is not supported',
        unsupportedSignatureParameters:
          'The signature algorithm’s parameters or the public key cannot be used, so whether the signature is valid is unknown',
        cryptoEngineError: 'An error occurred while checking the signature data',
        trailingBytesAfterLastRevision: 'Extra data follows the last revision',
        unterminatedRevision:
          'The file ends with an update that lacks its end marker; it was verified as one more revision',
        xrefReconstructed:
          'A revision’s cross-reference table is damaged and was rebuilt from the file’s content'
      },
      byteRange: {
        missing: 'The byte range (/ByteRange) is missing',
        notIntegers: 'The byte range holds values that are not non-negative integers',
        oddCount: 'The byte range has an odd number of values',
        outsideFile: 'The byte range runs past the end of the file',
        notAscending: 'The parts of the byte range are not in ascending order',
        overlapping: 'The parts of the byte range overlap',
        contentsMissing: 'The signature value (/Contents) is missing or inside an object stream',
        notTwoRanges: 'The byte range does not have two parts',
        notFromStart: 'The byte range does not start at the beginning of the file',
        holeNotContents: 'The gap the byte range leaves out is not exactly the signature value',
        dictionaryNotInSignedRevision:
          'The signature dictionary is not in the revision the signature covers'
      },
      coverage: {
        entireFile: 'The whole file',
        entireRevision: 'The revision as signed (later changes appended)',
        contiguousBlockFromStart: 'Part of the file (unprotected content at the end)',
        unclear: 'Irregular'
      },
      level: {
        none: 'None',
        signaturesDssTimestamps: 'Signatures or validation data added',
        formFilling: 'Form filled in',
        annotations: 'Comments added',
        other: 'Other changes',
        unknown: 'Unknown'
      },
      trust: {
        trusted: 'Trusted: the chain ends at a root in Trusted certificates',
        untrusted: 'Untrusted',
        noChain: 'Untrusted: an issuer certificate is missing',
        untrustedRoot: 'Untrusted: the root is not in Trusted certificates',
        badChainSignature: 'Untrusted: an issuing signature in the chain is invalid',
        caConstraints: 'Untrusted: an issuer is not a CA certificate',
        keyUsage: 'Untrusted: the key usage does not allow signing'
      },
      revocation: {
        good: 'Not revoked',
        revoked: 'Revoked',
        unknown: 'Unknown (no CRL or OCSP response available)'
      },
      kind: { signature: 'Signature', documentTimestamp: 'Document timestamp' },
      passwordUsed: {
        emptyUser: 'no password was needed to open it',
        user: 'opened with its password',
        owner: 'opened with the owner password'
      },
      certificate: { unreadable: '(a certificate that cannot be read)' },
      task: { batch: 'Seal batch verification' },
      trustImport: {
        noMaterial: '“{name}” holds no certificate or CRL',
        tooLarge: '“{name}” is too large to be a certificate',
        unreadable: '“{name}” cannot be read'
      },
      cli: {
        trustNeedsPath: '--trust needs a path',
        passwordNeedsValue: '--password needs a password',
        unknownOption: 'Unknown option: {option}',
        missingCommand: 'The subcommand verify is missing',
        unknownCommand: 'Unknown subcommand: {command}',
        noPaths: 'Name at least one PDF file or folder',
        trustPathUnreadable: 'Cannot read the trust path: {path}',
        trustFileUnreadable: 'Cannot read the trusted certificate: {file}',
        noTrustMaterial: 'Warning: {file} holds no certificate or CRL we recognise; skipped'
      },
      report: {
        column: {
          file: 'File',
          field: 'Signature',
          status: 'Verdict',
          reason: 'Reason',
          signer: 'Signer',
          time: 'Signed at',
          coverage: 'Coverage',
          changes: 'Changes after signing',
          signatures: 'Signatures'
        },
        counts: 'Passed {passed}, failed {failed}, indeterminate {indeterminate}',
        total: '{files} file(s): {counts}'
      },
      format: {
        emptyContents: 'The signature is empty (/Contents is all zeros)',
        notAsn1: 'The signature is not valid ASN.1 (BER/DER) data',
        notSequence: 'The outermost element of the signature is not a SEQUENCE',
        unsupportedContentType: 'Unsupported content type OID {oid} (SignedData expected)',
        neitherCmsNorSes: 'The signature is neither CMS nor a GB/T 38540 seal signature',
        bareSeal: 'This is electronic seal data (SESeal), not a seal signature',
        noTbsVersion: 'TBS_Sign has no version number',
        unsupportedSesVersion: 'Unsupported GB/T 38540 seal signature version {version}',
        unknownSesLayout: 'SES_Signature has {count} elements, so its version cannot be told',
        unrecognised: 'Unrecognised signature format',
        structure: 'The signature data is malformed: {problem}'
      },
      structure: {
        missing: '{structure} is malformed: {element} is missing',
        invalid: '{structure} is malformed: {element} is invalid',
        unparsable: '{structure} is malformed: {element} cannot be parsed',
        unrecognised: '{structure} is malformed: {element} holds an element that is not recognised',
        trailing: '{structure} is malformed: an unrecognised element follows {element}',
        empty: '{structure} is malformed: {element} is empty',
        notAsn1: '{structure} is not valid ASN.1 data (at offset {offset})',
        notBer: '{structure} cannot be parsed as ASN.1',
        missingOrUnparsable:
          'The seal signature structure ({structure}) lacks {element} or it cannot be parsed',
        unexpected: 'the structure cannot be parsed'
      },
      change: {
        page: { number: 'page {number}', any: 'a page' },
        key: { entry: '/{key}', data: 'data', arrayItem: 'an array item' },
        subtype: { named: '/{name}', unknown: 'unknown type' },
        trailerEntry: 'The /{key} of the file trailer was changed',
        pageCount: 'The page count (/Count) was changed',
        pageTreeEntry: 'The /{key} of the page tree was changed',
        pagesAdded: 'Pages were added (page count {before} → {after})',
        pagesRemoved: 'Pages were removed (page count {before} → {after})',
        pageTreeChanged: 'The page tree was changed (page order or page objects replaced)',
        pageTreeReplaced: 'The page tree was replaced',
        allAnnotationsRemoved: 'All comments and widgets of {page} were removed',
        pageContentsReplaced: 'The content of {page} was replaced',
        pageEntry: 'The /{key} of {page} was changed',
        contentStream: 'The content stream of {page} was changed',
        pageResources: 'The resources (fonts, images or form objects) of {page} were changed',
        annotationRemoved: 'A comment or widget of {page} was removed',
        annotationActionAdded: 'A comment on {page} was given a script or another active action',
        annotationChanged: 'A comment on {page} was changed',
        annotationAppearanceChanged: 'The appearance of a comment on {page} was changed',
        annotationAdded: 'A comment was added on {page} ({subtype})',
        unknownAnnotationAdded: 'An unrecognised annotation was added on {page}',
        orphanWidgetAdded: 'A widget that belongs to no form field was added on {page}',
        activeAnnotationAdded:
          'A comment added on {page} carries a script or another active action',
        fieldRemoved: 'The form field “{name}” was removed',
        allFieldsRemoved: 'All form fields were removed',
        unknownFieldAdded: 'An unrecognised form field was added',
        formFieldAdded: 'The form field “{name}” was added',
        signatureFieldAddedSignedVisible:
          'The signature field “{name}” was added and signed (a visible seal)',
        signatureFieldAddedSigned: 'The signature field “{name}” was added and signed',
        signatureFieldAddedVisibleUnsigned:
          'The added signature field “{name}” is unsigned but has a visible appearance that may cover signed content',
        signatureFieldAddedBlank: 'The blank signature field “{name}” was added',
        signedVisible: 'The signature field “{name}” was signed (a visible seal)',
        signed: 'The signature field “{name}” was signed',
        foreignSignature:
          'The signature field “{name}” was pointed at a signature not made in this update',
        signatureRemoved: 'The signature of the signature field “{name}” was removed',
        signatureReplaced:
          'The signature field “{name}” was pointed at another signature dictionary',
        signatureDictionary: 'The signature dictionary of the field “{name}” was changed ({key})',
        signatureFieldFlags: 'The flags (/{key}) of the signature field “{name}” were updated',
        formFieldFlags: 'The flags (/{key}) of the form field “{name}” were updated',
        signatureFieldEntry: 'The {key} of the signature field “{name}” was changed',
        formFieldEntry: 'The {key} of the form field “{name}” was changed',
        unsignedSignatureAppearance:
          'The appearance of the signature field “{name}” was changed, but the field was not signed in this update',
        appearanceWithoutValue:
          'The appearance of the form field “{name}” was changed while its value was not',
        fieldAppearance: 'The appearance of the form field “{name}” was updated',
        valueRewritten:
          'The form field “{name}”, which had content when signed, was changed; check its current value',
        valueFilled: 'The form field “{name}” was filled in',
        formResources: 'The default resources of the form (/DR) were updated',
        formDefaults: 'The default appearance settings of the form (/{key}) were updated',
        sigFlags: 'The signature flags of the form (/SigFlags) were updated',
        acroFormEntry: 'The /{key} of the form dictionary (/AcroForm) was changed',
        acroFormReplaced: 'The form dictionary (/AcroForm) was removed or replaced',
        namesReplaced: 'The /Names of the document catalog was removed or replaced',
        catalogEntry: 'The /{key} of the document catalog was changed',
        catalogEntryUpdated: 'The /{key} of the document catalog was updated',
        dssRemoved: 'The document security store (DSS) was removed',
        dssUpdated: 'Validation data in the document security store (DSS) was updated',
        metadataUpdated: 'The document metadata (/Metadata) was updated',
        infoUpdated: 'The document information dictionary (/Info) was updated',
        namedDestinations: 'The named destinations (/Dests) were updated',
        documentScript: 'A document-level script (/Names /JavaScript) was added or changed',
        attachments: 'An attachment (/Names /EmbeddedFiles) was added or changed',
        namesEntry: 'The /{key} of the catalog’s /Names was changed',
        action: 'An action (/A, /AA) was changed',
        sharedObject: 'An object shared by many objects was changed',
        unknownFieldObject: 'An unrecognised object appeared in the form field array',
        documentEntry: 'The document’s /{what} was changed',
        documentEntryKey: 'The document’s /{what} was changed (/{key})'
      }
    }
  }
}
