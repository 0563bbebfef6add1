import type { Catalog } from '../catalog'

/**
 * The compliance capability's words (codes under `compliance.`): the 办法's quotes and article
 * numbers, the eight kinds of 第三十一条, rule titles, finding explanations, required corrections,
 * the 书面通报, the notice states, and the errors of the scan and of the rectification workflow.
 * The Chinese quotes are verbatim from 《许昌市电子证照管理暂行办法》 (a unit test checks them
 * against the full text); the English ones are translations for the reader, not the law.
 */
export const complianceCatalog: Catalog = {
  'zh-CN': {
    compliance: {
      legacyText: '{text}',
      value: '{value}',
      cite: '依据《办法》{article}“{quote}”',
      article: {
        art4: '第四条',
        art10: '第十条',
        art11: '第十一条',
        art13: '第十三条',
        art15: '第十五条',
        art17: '第十七条',
        art18: '第十八条',
        art24: '第二十四条',
        art28: '第二十八条',
        art31: '第三十一条'
      },
      provision: {
        art4: '电子证照与实体证照具有同等法律效力，可以作为行政管理和公共服务活动中的法定办事依据',
        art10: '证照签发单位负责本单位电子证照目录的管理和维护',
        art11:
          '上级部门未确定电子证照目录标准的证照签发单位，应在市统一电子证照库登记本单位签发的电子证照目录信息并实时更新，主要包括：（一）证照名称；（二）证照类型；（三）证照颁发机构名称；（四）证照持有主体类型；（五）证照底图',
        art13Online: '在业务办结时同步生成电子证照，经审核后同步至市统一电子证照库',
        art13Offline:
          '证照签发单位应采用离线生成方式，在业务办结1个工作日内将证照数据推送至市统一电子证照库',
        art13Bulk:
          '对于一次性大批量发放证照的，应在业务办结5个工作日内将证照数据推送至市统一电子证照库',
        art15: '按照‘谁提供，谁负责’的原则，证照签发单位负责证照信息的完整性、准确性、时效性',
        art17:
          '证照签发单位应当按照《中华人民共和国电子签名法》和相关技术规范要求，对电子证照加盖电子印章。但法律、行政法规另有规定的除外',
        art18:
          '证照发生变更、有效期届满等，需要延续、吊销、注销、废止、挂起、质押的，证照签发单位应实时更新并同步至市统一电子证照库',
        art24: '证照签发单位应在收到申请后5个工作日内进行核实并给予回复',
        art28: '证照签发、应用单位生成和使用电子证照仅限于履职开展业务需要，不得用作其他用途',
        art31:
          '由市政务服务和大数据管理局会同有关部门责令限期改正；逾期不改正的，根据实际情况，给予书面通报'
      },
      kind: {
        k1: {
          numeral: '（一）',
          item: '第三十一条第（一）项',
          text: '未按照要求完善、更新、维护电子证照目录的'
        },
        k2: {
          numeral: '（二）',
          item: '第三十一条第（二）项',
          text: '拒绝、拖延提供证照数据的，以及擅自减少应提供数据的'
        },
        k3: {
          numeral: '（三）',
          item: '第三十一条第（三）项',
          text: '不经审核擅自对外提供证照信息或者泄漏数据的，以及擅自扩大使用范围的'
        },
        k4: { numeral: '（四）', item: '第三十一条第（四）项', text: '拒绝承认电子证照效力的' },
        k5: {
          numeral: '（五）',
          item: '第三十一条第（五）项',
          text: '对存在问题的证照数据，未及时核对和修正的'
        },
        k6: {
          numeral: '（六）',
          item: '第三十一条第（六）项',
          text: '电子证照建设和管理工作有滥用职权、玩忽职守、徇私舞弊等违法行为的'
        },
        k7: {
          numeral: '（七）',
          item: '第三十一条第（七）项',
          text: '对于监督检查机关责令整改的问题，拒不整改的'
        },
        k8: {
          numeral: '（八）',
          item: '第三十一条第（八）项',
          text: '其他违反国家、省、市电子证照相关规定的行为'
        }
      },
      kindLabel: '{numeral}{text}',
      rule: {
        catalogIncomplete: '证照目录登记事项不全',
        catalogUnregisteredType: '证照类型未在目录登记',
        catalogStaleIssuer: '颁发机构变更后目录未更新',
        pushOnlineLate: '线上生成证照未同步推送',
        pushOfflineLate: '线下生成证照推送逾期',
        pushBulkLate: '批量发放证照推送逾期',
        statusLate: '证照状态变更未实时同步',
        metadataMissing: '推送证照缺少必填信息',
        usageUnauthorizedUnit: '未授权单位用证',
        usageBulkAccess: '单日批量调用证照',
        usageRefusedValid: '拒绝采信有效电子证照',
        objectionLate: '异议复核答复逾期',
        dataExpiredShownValid: '证照已过期仍显示有效',
        dataInvalidCode: '证照标识或持证主体代码不合规',
        dataMissingSeal: '电子证照未加盖电子印章',
        rectificationIgnored: '责令整改逾期未整改',
        manualAbuseOfPower: '滥用职权、玩忽职守、徇私舞弊',
        manualOther: '其他违反电子证照相关规定的行为',
        unknown: '未知规则'
      },
      subjectType: {
        catalogEntry: '证照目录',
        licence: '电子证照',
        statusChange: '证照状态变更',
        usageRecord: '用证记录',
        unitDay: '用证单位单日用证',
        objection: '异议复核',
        notice: '整改通知',
        manual: '人工登记'
      },
      noticeStatus: {
        draft: '草稿',
        issued: '已下发，整改中',
        reportReceived: '已收到整改报告',
        verified: '整改已核验',
        closed: '已办结',
        overdue: '逾期未整改',
        circular: '已书面通报',
        referred: '已移送依法依纪处理'
      },
      department: { unknown: '（未知单位）' },
      licence: { numbered: '证照{number}', unnumbered: '未填写编号的证照' },
      catalogEntry: { named: '“{name}”', typeCode: '{typeCode}' },
      notice: { unnumbered: '（未编号）' },
      permanent: '长期',
      period: { sameDay: '{event}当日', within: '{event}后{days}个工作日内' },
      event: {
        completion: '业务办结',
        businessAction: '业务发生',
        issuerChange: '机构变更',
        expiry: '有效期届满',
        requestReceived: '收到申请'
      },
      deadline: {
        late: '{citation}。{situation}，应于{lastDay}（含）前{duty}，{outcome}。',
        undetermined: '{citation}。{situation}，无法判断是否逾期：{reason}',
        notDone: '截至{today}仍未{duty}，{lateness}',
        done: '{done}，{lateness}',
        daysLate: '逾期{days}个工作日',
        lateUncounted: '已逾期（所跨年度节假日安排未录入，逾期工作日数无法计算）'
      },
      duty: {
        push: '推送至市统一电子证照库',
        sync: '同步至市统一电子证照库',
        updateCatalog: '更新证照目录',
        renewOrCancel: '办理延续或注销',
        reply: '答复',
        report: '报送整改报告'
      },
      done: {
        pushed: '实际于{day}推送',
        synced: '实际于{day}同步',
        replied: '实际于{day}答复'
      },
      situation: {
        push: '{licence}由{department}以{mode}方式于{completed}业务办结，按{period}推送的要求',
        statusChange: '{licence}于{business}办理“{action}”，按{period}同步的要求',
        expired:
          '{licence}有效期截止于{validUntil}，自{expiredOn}起已过期但状态仍为“有效”，按{period}更新状态的要求',
        staleIssuer:
          '{department}的机构信息于{changed}变更，其证照目录“{entry}”最后更新于{entryUpdated}，{stale}；按{period}更新目录的要求',
        objection: '{department}于{received}收到证照复核申请，按{period}核实并回复的要求',
        rectification:
          '本局以{number}责令{department}限期改正，整改期限至{lastDay}，当前状态为“{status}”'
      },
      stale: {
        issuerName: '证照颁发机构名称仍为“{recorded}”（现名“{current}”）',
        definerCode: '证照定义机构代码仍为{recorded}（现统一社会信用代码{current}）'
      },
      explanation: {
        catalogIncomplete: '{citation}。{department}登记的证照目录{entry}缺少{missing}。',
        catalogUnregisteredType:
          '{citation}。{licence}的证照类型代码{typeCode}未在证照目录中登记。',
        metadataMissing:
          '{citation}。{licence}已于{pushed}推送至市统一电子证照库，但{missing}为空，{department}提供的证照信息不完整。',
        usageUnauthorizedUnit:
          '{citation}。{unit}（{uscc}）于{used}使用证照办理“{matter}”，{why}。',
        usageBulkAccess:
          '{citation}。{unit}（{uscc}）于{day}调用了{count}张不同的电子证照，超过本局设定的单日{limit}张上限，存在批量获取证照数据的风险。',
        usageRefusedValid:
          '{citation}。{unit}于{used}办理“{matter}”时拒绝采信{licence}（理由：{reason}），而该证照当时在有效期内且状态为“有效”。',
        dataInvalidCode: '{citation}。{licence}的{problems}。',
        dataMissingSeal: '{citation}。{licence}由{department}签发，未加盖电子印章。',
        manual: '{citation}，{item}“{kindText}”。经{recordedBy}登记（{caseId}）：{description}'
      },
      unauthorized: {
        none: '但该单位不在证照类型{typeCode}的授权用证单位之列',
        outsidePeriod: '但该单位对证照类型{typeCode}的用证授权期限为{periods}，用证之日不在其内'
      },
      authorization: {
        between: '{from}至{until}',
        fromOn: '{from}至长期',
        upTo: '截至{until}'
      },
      invalidCode: {
        identifier: '证照标识“{value}”不合规：{reasons}',
        holder: '持证主体统一社会信用代码“{value}”不合规：{reasons}'
      },
      field: {
        number: '证照编号',
        holderName: '持证主体名称',
        holderCode: '持证主体代码',
        issueDate: '颁证日期',
        issuingAuthorityCode: '证照颁发机构代码'
      },
      fact: {
        missing: '缺少',
        typeCode: '证照类型代码',
        version: '目录版本',
        departmentChangedAt: '机构信息变更时间',
        entryUpdatedAt: '目录最后更新时间',
        stale: '未更新的信息',
        toleranceWorkingDays: '容许延迟（工作日）',
        generationMode: '生成方式',
        completedAt: '业务办结时间',
        deadlineWorkingDays: '推送期限（工作日）',
        action: '状态变更',
        businessTime: '业务发生时间',
        unitUscc: '用证单位统一社会信用代码',
        unitName: '用证单位',
        distinctLicences: '调用证照数（张）',
        limit: '单日上限（张）',
        reason: '拒绝理由',
        validFrom: '有效期起始日期',
        validUntil: '有效期截止日期',
        receivedAt: '收到申请时间',
        outcome: '复核结果',
        replyWorkingDays: '答复期限（工作日）',
        state: '证照状态',
        identifierProblems: '证照标识问题',
        holderCodeProblems: '持证主体代码问题',
        documentNumber: '整改通知文号',
        noticeStatus: '整改通知状态',
        graceWorkingDays: '宽限（工作日）',
        recordedBy: '登记人',
        calendarError: '无法判断的原因',
        yes: '是',
        no: '否'
      },
      correction: {
        catalogIncomplete:
          '补全{count}条证照目录缺失的登记事项（证照名称、证照类型、证照颁发机构名称、证照持有主体类型、证照底图），并实时更新。',
        catalogUnregisteredType:
          '将{count}张电子证照所属、尚未登记的证照类型在市统一电子证照库登记证照目录，或更正证照类型代码。',
        catalogStaleIssuer:
          '更新{count}条证照目录中已变更的颁发机构名称、代码等信息，今后在{period}同步更新证照目录。',
        push: '核查{count}张{mode}电子证照推送逾期的原因，补推尚未推送的证照数据，今后在{period}推送至市统一电子证照库。',
        statusLate:
          '核查{count}项证照状态变更（延续、吊销、注销、废止、挂起、质押等）同步迟延的原因，建立状态变更与市统一电子证照库的实时同步机制，最迟于{period}完成同步。',
        metadataMissing:
          '补齐{count}张已推送电子证照缺失的必填信息（证照编号、持证主体名称及代码、颁证日期、颁发机构代码等），确保推送数据与本单位业务库一致。',
        usageUnauthorizedUnit:
          '停止未经授权的用证行为，核查{count}条超出授权范围的用证记录的办理依据；确需使用的，按程序申请用证授权。',
        usageBulkAccess:
          '说明{count}个单日用证超过{limit}张的批量调用的业务依据，停止无业务需要的批量查询，并对相关数据的使用和留存情况开展自查。',
        usageRefusedValid:
          '纠正{count}起拒绝采信有效电子证照的行为，对窗口人员开展电子证照效力培训，凡能通过市电子证照库核验的，不得要求服务对象另行提交实体证照。',
        objectionLate:
          '对{count}件逾期未答复或答复逾期的证照异议复核申请尽快核实并答复，今后在{period}完成核实与回复。',
        dataExpiredShownValid:
          '核对{count}张有效期已届满但仍显示为“有效”的电子证照，按实际办理延续或注销并同步至市统一电子证照库，建立有效期届满预警。',
        dataInvalidCode:
          '核对并更正{count}张电子证照的证照标识（GB/T 36904）或持证主体统一社会信用代码（GB 32100），在签发环节增加代码校验。',
        dataMissingSeal:
          '为{count}张未加盖电子印章的电子证照补加电子印章并重新推送，确保签章环节纳入制证流程。',
        rectificationIgnored:
          '对{count}份逾期未整改的整改通知立即整改，并书面报送整改情况及逾期原因。',
        manual: '就督查发现的{count}项“{title}”问题书面说明情况，追究相关人员责任并整改到位。'
      },
      circular: {
        text: '{department}：本局于{issuedOn}以{number}责令你单位限期改正电子证照管理中存在的问题，整改期限至{lastDay}。你单位逾期未报送整改报告，依据《许昌市电子证照管理暂行办法》第三十一条，现予书面通报。'
      },
      error: {
        invalidSettings: '检查规则参数有误：{issues}',
        aborted: '合规检查已取消',
        needsFullScan: '{reason}，需重新全面检查',
        scanFailed: '合规检查失败，请重试',
        unknownRule: '没有编号为“{rule}”的检查规则',
        invalidParameters: '规则参数有误：{issues}'
      },
      fullScanReason: {
        dayChanged: '上次检查的基准日为{previous}，本次为{today}：期限随日期推移届满',
        settingsChanged: '检查规则、参数、节假日安排或部门信息已变化'
      },
      settings: {
        unknownRule: '没有这条规则：{rule}',
        parameter: '“{rule}”的参数“{parameter}”{problem}',
        invalidToday: '“{today}”不是 YYYY-MM-DD 日期'
      },
      parameter: {
        exemptSuperiorStandard: '执行上级标准的目录免于检查',
        toleranceWorkingDays: '容许延迟（工作日）',
        checkOrganisationHolderCodes: '校验单位持证主体代码',
        exemptTypeCodes: '免加盖电子印章的证照类型代码',
        requiredFields: '必填元数据项',
        replyWorkingDays: '异议答复期限（工作日）',
        graceWorkingDays: '整改逾期宽限（工作日）',
        dailyDistinctLicenceLimit: '单位单日用证上限（张）',
        deadlineWorkingDays: '推送期限（工作日）',
        unknown: '{name}'
      },
      parameterProblem: {
        tooSmall: '应不小于{minimum}',
        tooBig: '应不大于{maximum}',
        notInteger: '应为整数',
        wrongType: '类型不符',
        notAllowed: '取值不在允许范围内',
        badFormat: '格式不符',
        invalid: '不符合要求'
      },
      rectification: {
        transitionNotAllowed: '整改通知处于“{from}”状态，不能转为“{to}”',
        invalidStep: '日期应为 YYYY-MM-DD，经办人不能为空',
        dateBeforePreviousStep: '{on}早于上一步（{status}，{previousOn}）',
        invalidDraft: '整改期限、制发日期或经办人有误',
        noFindings: '整改通知须至少包含一项问题',
        foreignFindings: '有{count}项问题不属于该部门',
        closedFindings: '有{count}项问题已整改，不能再列入通知',
        invalidReport: '整改报告须有正文，附件须有文件名与 SHA-256',
        notYetOverdue: '整改期限至{lastDay}，{today}尚未逾期',
        deadlineUnset: '（未设定）',
        notIssued: '整改通知尚未下发，不能通报',
        authorityMissing: '请填写移送机关',
        calendar: '无法计算整改期限：{reason}',
        notFound: '未找到该整改通知',
        findingsStillOpen: '重新检查后仍有{count}项问题未整改，不能核验通过',
        findingsInOpenNotice:
          '有{count}项问题已列入整改通知 {notice}（尚未办结），不能再列入另一份通知',
        draftNotice: '（草稿，未编号）',
        nothingToReturn: '只有已收到整改报告的通知才能退回整改',
        returnReasonMissing: '请写明核验不通过的原因',
        circularExists: '该通知已有书面通报',
        circularOfOtherNotice: '这份书面通报不属于该整改通知',
        circularIssued: '书面通报已签发，不能再次签发',
        circularBeforeDraft: '签发日期{on}早于通报起草日期{draftedOn}',
        circularNotIssued: '书面通报尚未签发，不能登记送达',
        deliveredBeforeIssue: '送达日期{on}早于签发日期{issuedOn}'
      },
      noticeNumber: {
        placeholders: '发文字号格式须各含一次{year}与{seq}',
        brackets: '年份须用六角括号“〔〕”括入（GB/T 9704），不能用方括号、圆括号或【】',
        sequence: '发文顺序号应为从1开始的整数，收到 {value}',
        year: '年份应为四位数，收到 {value}'
      },
      manual: {
        invalid: '登记信息不完整：{issues}',
        descriptionTooShort: '请具体描述发现的问题（至少10个字）',
        evidenceRequired: '人工登记的问题须附至少一份证据材料',
        fieldMissing: '请填写{field}',
        notOpen: '该问题不是待处理的人工登记问题，或日期有误',
        field: {
          ruleId: '问题类别',
          caseId: '督查记录编号',
          departmentId: '责任部门',
          description: '问题描述',
          recordedOn: '登记日期',
          recordedBy: '登记人',
          attachments: '证据材料',
          relatedRecordIds: '相关记录'
        }
      },
      cli: {
        generating: '正在生成演示数据（许昌市）…',
        failed: '检查失败：{reason}',
        took: '检查用时 {seconds} 秒',
        heading:
          '许昌市电子证照合规检查（《许昌市电子证照管理暂行办法》第三十一条）· 基准日 {today}',
        totals:
          '证照 {licences} 张，状态变更 {statusChanges} 项，用证记录 {usageRecords} 条，异议 {objections} 件；发现问题 {violations} 项，无法判断 {undetermined} 项',
        kindLine: '{item} {text} —— {count} 项',
        ruleLine: '{title}（{article}）',
        top: '；最多：{departments}',
        departmentCount: '{name} {count}',
        unmatchedDepartment: '（未匹配部门）',
        readFailed: '无法读取数据（{code}）：{detail}',
        comparison: '与预置违规比对（查准率 / 查全率）：',
        compared: '预置 {planted}  发现 {found}  {precision} / {recall}',
        needsValue: '{flag} 需要一个值',
        licenceCount: '证照数量应为 1–{max} 的整数：{value}',
        badToday: '基准日应为 YYYY-MM-DD：{value}',
        unknownOption: '未知参数：{option}',
        demoOrDir: '请指定 --demo 或 --dir 之一',
        checkNeedsDemo: '--check 只能与 --demo 一起使用',
        unknownSubcommand: '未知子命令：{name}',
        missingSubcommand: '缺少子命令'
      }
    }
  },
  en: {
    compliance: {
      legacyText: '{text}',
      value: '{value}',
      cite: 'Under {article} of the Measures: “{quote}”',
      article: {
        art4: 'Article 4',
        art10: 'Article 10',
        art11: 'Article 11',
        art13: 'Article 13',
        art15: 'Article 15',
        art17: 'Article 17',
        art18: 'Article 18',
        art24: 'Article 24',
        art28: 'Article 28',
        art31: 'Article 31'
      },
      provision: {
        art4: 'electronic licences have the same legal effect as physical licences and may serve as the lawful basis for administration and public services',
        art10: 'the issuing unit manages and maintains its own electronic licence catalog',
        art11:
          'an issuing unit for which no superior department has set a catalog standard shall register the catalog information of the electronic licences it issues in the city’s unified e-licence library and update it in real time, mainly: (1) the licence name; (2) the licence type; (3) the name of the issuing authority; (4) the type of holder; (5) the base image',
        art13Online:
          'generate the electronic licence when the business is completed and, after review, synchronise it to the city’s unified e-licence library',
        art13Offline:
          'the issuing unit shall use offline generation and push the licence data to the city’s unified e-licence library within 1 working day of completing the business',
        art13Bulk:
          'where licences are issued in one large batch, the licence data shall be pushed to the city’s unified e-licence library within 5 working days of completing the business',
        art15:
          'under the principle ‘whoever provides it answers for it’, the issuing unit is responsible for the completeness, accuracy and timeliness of licence information',
        art17:
          'the issuing unit shall affix an electronic seal to electronic licences as the Electronic Signature Law of the People’s Republic of China and the technical specifications require, except where laws or administrative regulations provide otherwise',
        art18:
          'where a licence changes or its validity ends and it must be renewed, revoked, cancelled, annulled, suspended or pledged, the issuing unit shall update it in real time and synchronise it to the city’s unified e-licence library',
        art24:
          'the issuing unit shall verify the matter and reply within 5 working days of receiving the request',
        art28:
          'issuing and using units shall generate and use electronic licences only as their duties and business require, and for no other purpose',
        art31:
          'the Municipal Administration of Government Services and Big Data, with the departments concerned, orders correction within a time limit; where it is not corrected in time, a written circular is issued as the circumstances warrant'
      },
      kind: {
        k1: {
          numeral: '(1)',
          item: 'Article 31 (1)',
          text: 'failing to complete, update or maintain the electronic licence catalog as required'
        },
        k2: {
          numeral: '(2)',
          item: 'Article 31 (2)',
          text: 'refusing or delaying to provide licence data, or reducing the data to be provided without authorisation'
        },
        k3: {
          numeral: '(3)',
          item: 'Article 31 (3)',
          text: 'providing licence information to others without review or leaking data, or widening the scope of use without authorisation'
        },
        k4: {
          numeral: '(4)',
          item: 'Article 31 (4)',
          text: 'refusing to recognise the legal effect of electronic licences'
        },
        k5: {
          numeral: '(5)',
          item: 'Article 31 (5)',
          text: 'failing to check and correct faulty licence data in time'
        },
        k6: {
          numeral: '(6)',
          item: 'Article 31 (6)',
          text: 'abuse of power, neglect of duty, malpractice or other unlawful acts in building and managing electronic licences'
        },
        k7: {
          numeral: '(7)',
          item: 'Article 31 (7)',
          text: 'refusing to rectify problems the supervising authority ordered to be rectified'
        },
        k8: {
          numeral: '(8)',
          item: 'Article 31 (8)',
          text: 'other breaches of national, provincial or municipal electronic licence rules'
        }
      },
      kindLabel: '{numeral} {text}',
      rule: {
        catalogIncomplete: 'Catalog entry incomplete',
        catalogUnregisteredType: 'Licence type not registered in the catalog',
        catalogStaleIssuer: 'Catalog not updated after the issuer changed',
        pushOnlineLate: 'Online licence not pushed at once',
        pushOfflineLate: 'Offline licence pushed late',
        pushBulkLate: 'Bulk-issued licences pushed late',
        statusLate: 'Status change not synchronised in real time',
        metadataMissing: 'Pushed licence lacks mandatory data',
        usageUnauthorizedUnit: 'Licence used by an unauthorised unit',
        usageBulkAccess: 'Bulk access to licences in one day',
        usageRefusedValid: 'Valid electronic licence refused',
        objectionLate: 'Objection answered late',
        dataExpiredShownValid: 'Expired licence still shown as valid',
        dataInvalidCode: 'Invalid licence identifier or holder code',
        dataMissingSeal: 'Electronic licence without an electronic seal',
        rectificationIgnored: 'Order to rectify ignored',
        manualAbuseOfPower: 'Abuse of power, neglect of duty, malpractice',
        manualOther: 'Other breach of electronic licence rules',
        unknown: 'Unknown rule'
      },
      subjectType: {
        catalogEntry: 'Catalog entry',
        licence: 'Electronic licence',
        statusChange: 'Status change',
        usageRecord: 'Usage record',
        unitDay: 'One unit’s use in one day',
        objection: 'Objection',
        notice: 'Rectification notice',
        manual: 'Recorded by hand'
      },
      noticeStatus: {
        draft: 'Draft',
        issued: 'Issued, being rectified',
        reportReceived: 'Report received',
        verified: 'Rectification verified',
        closed: 'Closed',
        overdue: 'Overdue, not rectified',
        circular: 'Circulated in writing',
        referred: 'Referred for disciplinary action'
      },
      department: { unknown: '(unknown unit)' },
      licence: { numbered: 'licence {number}', unnumbered: 'a licence without a number' },
      catalogEntry: { named: '“{name}”', typeCode: 'of type {typeCode}' },
      notice: { unnumbered: '(not numbered)' },
      permanent: 'no expiry',
      period: {
        sameDay: 'on the day of {event}',
        within: 'within {days} working day(s) of {event}'
      },
      event: {
        completion: 'completion',
        businessAction: 'the business action',
        issuerChange: 'the change of the issuer',
        expiry: 'expiry',
        requestReceived: 'receipt of the request'
      },
      deadline: {
        late: '{citation}. {situation}; the duty to {duty} fell due on {lastDay} (inclusive); {outcome}.',
        undetermined: '{citation}. {situation}; whether this is late cannot be told: {reason}',
        notDone: 'as of {today} nothing had been done to {duty}, {lateness}',
        done: '{done}, {lateness}',
        daysLate: '{days} working day(s) late',
        lateUncounted:
          'late (the holiday arrangements of a year in between are not entered, so the working days late cannot be counted)'
      },
      duty: {
        push: 'push it to the city’s unified e-licence library',
        sync: 'synchronise it to the city’s unified e-licence library',
        updateCatalog: 'update the catalog entry',
        renewOrCancel: 'renew or cancel it',
        reply: 'reply',
        report: 'submit a rectification report'
      },
      done: {
        pushed: 'it was pushed on {day}',
        synced: 'it was synchronised on {day}',
        replied: 'the reply came on {day}'
      },
      situation: {
        push: 'On {completed}, {department} completed {licence} ({mode}), to be pushed {period}',
        statusChange: 'On {business}, {licence} underwent “{action}”, to be synchronised {period}',
        expired:
          'The validity of {licence} ended on {validUntil}; since {expiredOn} it has been expired but still recorded as “valid”, and its state was to be updated {period}',
        staleIssuer:
          'The details of {department} changed on {changed}; its catalog entry “{entry}” was last updated on {entryUpdated}, and {stale}; the catalog was to be updated {period}',
        objection:
          'On {received}, {department} received a request to review licence data, to be verified and answered {period}',
        rectification:
          'By notice {number} the Bureau ordered {department} to rectify by {lastDay}; the notice is now “{status}”'
      },
      stale: {
        issuerName: 'the issuing authority is still named “{recorded}” (now “{current}”)',
        definerCode:
          'the defining authority’s code is still {recorded} (its unified social credit code is now {current})'
      },
      explanation: {
        catalogIncomplete:
          '{citation}. The catalog entry {entry} registered by {department} lacks {missing}.',
        catalogUnregisteredType:
          '{citation}. The type code {typeCode} of {licence} is not registered in the catalog.',
        metadataMissing:
          '{citation}. On {pushed}, {licence} was pushed to the city’s unified e-licence library, but these are empty: {missing}. The licence information {department} provided is incomplete.',
        usageUnauthorizedUnit:
          '{citation}. On {used}, {unit} ({uscc}) used a licence for “{matter}”, {why}.',
        usageBulkAccess:
          '{citation}. On {day}, {unit} ({uscc}) accessed {count} different electronic licences, more than the daily limit of {limit} the Bureau set: a risk of harvesting licence data in bulk.',
        usageRefusedValid:
          '{citation}. On {used}, handling “{matter}”, {unit} refused {licence} (reason given: {reason}), although the licence was then within its validity period and recorded as “valid”.',
        dataInvalidCode: '{citation}. In {licence}, {problems}.',
        dataMissingSeal:
          '{citation}. No electronic seal is affixed to {licence}, issued by {department}.',
        manual:
          '{citation}; {item}: “{kindText}”. Recorded by {recordedBy} (case {caseId}): {description}'
      },
      unauthorized: {
        none: 'but the unit is not among those authorised to use licences of type {typeCode}',
        outsidePeriod:
          'but the unit’s authorisation for licences of type {typeCode} runs {periods}, which does not include the day of use'
      },
      authorization: {
        between: 'from {from} to {until}',
        fromOn: 'from {from} with no end',
        upTo: 'until {until}'
      },
      invalidCode: {
        identifier: 'the licence identifier “{value}” is invalid: {reasons}',
        holder: 'the holder’s unified social credit code “{value}” is invalid: {reasons}'
      },
      field: {
        number: 'licence number',
        holderName: 'holder name',
        holderCode: 'holder code',
        issueDate: 'issue date',
        issuingAuthorityCode: 'issuing authority code'
      },
      fact: {
        missing: 'Missing',
        typeCode: 'Licence type code',
        version: 'Catalog version',
        departmentChangedAt: 'Issuer details changed',
        entryUpdatedAt: 'Catalog last updated',
        stale: 'Not updated',
        toleranceWorkingDays: 'Tolerance (working days)',
        generationMode: 'Generation mode',
        completedAt: 'Business completed',
        deadlineWorkingDays: 'Push deadline (working days)',
        action: 'Status change',
        businessTime: 'Business action at',
        unitUscc: 'Using unit’s unified social credit code',
        unitName: 'Using unit',
        distinctLicences: 'Licences accessed',
        limit: 'Daily limit',
        reason: 'Reason for refusal',
        validFrom: 'Valid from',
        validUntil: 'Valid until',
        receivedAt: 'Request received',
        outcome: 'Review outcome',
        replyWorkingDays: 'Reply period (working days)',
        state: 'Licence state',
        identifierProblems: 'Identifier problems',
        holderCodeProblems: 'Holder code problems',
        documentNumber: 'Notice number',
        noticeStatus: 'Notice state',
        graceWorkingDays: 'Grace (working days)',
        recordedBy: 'Recorded by',
        calendarError: 'Why it cannot be told',
        yes: 'yes',
        no: 'no'
      },
      correction: {
        catalogIncomplete:
          'Complete the missing items (licence name, licence type, issuing authority name, holder type, base image) of {count} catalog entries, and keep them updated in real time.',
        catalogUnregisteredType:
          'Register in the city’s unified e-licence library the catalog entries of the unregistered types of {count} electronic licences, or correct their type codes.',
        catalogStaleIssuer:
          'Update the changed issuing authority names, codes and other details in {count} catalog entries, and in future update the catalog {period}.',
        push: 'Find out why {count} electronic licences ({mode}) were pushed late, push the data not yet pushed, and in future push to the city’s unified e-licence library {period}.',
        statusLate:
          'Find out why {count} status changes (renewal, revocation, cancellation, annulment, suspension, pledge and so on) were synchronised late, set up real-time synchronisation of status changes with the city’s unified e-licence library, and synchronise {period} at the latest.',
        metadataMissing:
          'Fill in the missing mandatory data (licence number, holder name and code, issue date, issuing authority code and so on) of {count} pushed electronic licences, so that the pushed data matches your business database.',
        usageUnauthorizedUnit:
          'Stop using licences without authorisation and check the basis of {count} usage records outside the authorised scope; where use is truly needed, apply for authorisation through the proper procedure.',
        usageBulkAccess:
          'Explain the business basis of {count} days on which more than {limit} licences were accessed, stop bulk queries without a business need, and review how the data concerned was used and kept.',
        usageRefusedValid:
          'Correct {count} refusals of valid electronic licences, train counter staff on the legal effect of electronic licences, and never ask applicants for a physical licence that the city’s e-licence library can verify.',
        objectionLate:
          'Verify and answer without delay {count} objections not answered or answered late, and in future verify and reply {period}.',
        dataExpiredShownValid:
          'Check {count} electronic licences whose validity has ended but which are still shown as “valid”, renew or cancel them as the case may be and synchronise them to the city’s unified e-licence library, and set up expiry alerts.',
        dataInvalidCode:
          'Check and correct the licence identifiers (GB/T 36904) or holders’ unified social credit codes (GB 32100) of {count} electronic licences, and check codes when issuing.',
        dataMissingSeal:
          'Affix electronic seals to {count} electronic licences that lack one and push them again, making sealing part of the issuing process.',
        rectificationIgnored:
          'Rectify at once the problems of {count} rectification notices past their deadline, and report in writing on the rectification and the reasons for the delay.',
        manual:
          'Explain in writing the {count} problems of “{title}” found by inspection, hold the persons concerned accountable and rectify them fully.'
      },
      circular: {
        text: '{department}: On {issuedOn}, by notice {number}, the Bureau ordered your unit to rectify problems in its management of electronic licences by {lastDay}. Your unit did not submit a rectification report in time; under Article 31 of the Interim Measures of Xuchang for the Administration of Electronic Licences, this written circular is hereby issued.'
      },
      error: {
        invalidSettings: 'The scan settings are wrong: {issues}',
        aborted: 'The compliance scan was cancelled',
        needsFullScan: '{reason}: a full scan is needed',
        scanFailed: 'The compliance scan failed; please try again',
        unknownRule: 'There is no rule “{rule}”',
        invalidParameters: 'The rule parameters are wrong: {issues}'
      },
      fullScanReason: {
        dayChanged:
          'The last scan was as of {previous}, this one is as of {today}, and deadlines fall due as days pass',
        settingsChanged: 'The rules, parameters, holiday arrangements or departments have changed'
      },
      settings: {
        unknownRule: 'no such rule: {rule}',
        parameter: 'parameter “{parameter}” of “{rule}” {problem}',
        invalidToday: '“{today}” is not a YYYY-MM-DD date'
      },
      parameter: {
        exemptSuperiorStandard: 'Exempt entries following a superior standard',
        toleranceWorkingDays: 'Tolerance (working days)',
        checkOrganisationHolderCodes: 'Check organisation holder codes',
        exemptTypeCodes: 'Type codes exempt from the seal',
        requiredFields: 'Mandatory metadata',
        replyWorkingDays: 'Objection reply period (working days)',
        graceWorkingDays: 'Grace after a notice lapses (working days)',
        dailyDistinctLicenceLimit: 'Daily licences per using unit',
        deadlineWorkingDays: 'Push deadline (working days)',
        unknown: '{name}'
      },
      parameterProblem: {
        tooSmall: 'must be at least {minimum}',
        tooBig: 'must be at most {maximum}',
        notInteger: 'must be a whole number',
        wrongType: 'has the wrong type',
        notAllowed: 'is not an allowed value',
        badFormat: 'has the wrong format',
        invalid: 'is not valid'
      },
      rectification: {
        transitionNotAllowed: 'The notice is “{from}” and cannot become “{to}”',
        invalidStep: 'The date must be YYYY-MM-DD and the officer must be named',
        dateBeforePreviousStep: '{on} is before the previous step ({status}, {previousOn})',
        invalidDraft: 'The rectification period, drafting date or officer is wrong',
        noFindings: 'A notice must list at least one finding',
        foreignFindings: '{count} of the findings belong to another department',
        closedFindings: '{count} of the findings are already resolved and cannot be listed',
        invalidReport: 'The report needs a text, and each attachment a file name and SHA-256',
        notYetOverdue:
          'The rectification period runs to {lastDay}; on {today} it is not yet overdue',
        deadlineUnset: '(not set)',
        notIssued: 'The notice has not been issued, so no circular can be made',
        authorityMissing: 'Name the authority it is referred to',
        calendar: 'The deadline cannot be computed: {reason}',
        notFound: 'The notice was not found',
        findingsInOpenNotice:
          '{count} of these findings are already in notice {notice}, which is still open; a finding can be in one open notice only',
        draftNotice: '(draft, not numbered)',
        nothingToReturn: 'Only a notice whose rectification report was received can be returned',
        returnReasonMissing: 'Say why the check failed',
        circularExists: 'The notice already has a written circular',
        circularOfOtherNotice: 'This written circular belongs to another notice',
        circularIssued: 'The written circular is already issued',
        circularBeforeDraft:
          'The issue date {on} is before the day the circular was drafted ({draftedOn})',
        circularNotIssued: 'The written circular is not issued yet, so it cannot be delivered',
        deliveredBeforeIssue: 'The delivery date {on} is before the issue date {issuedOn}',
        findingsStillOpen:
          'After a new scan {count} of the findings are still open, so it cannot be verified'
      },
      noticeNumber: {
        placeholders: 'The document number pattern must contain {year} and {seq} once each',
        brackets:
          'The year must be enclosed in the hexagonal brackets 〔〕 (GB/T 9704), not in square or round brackets or 【】',
        sequence: 'The sequence number must be a whole number from 1; got {value}',
        year: 'The year must have four digits; got {value}'
      },
      manual: {
        invalid: 'The record is incomplete: {issues}',
        descriptionTooShort: 'Describe the problem found in at least 10 characters',
        evidenceRequired: 'A finding recorded by hand needs at least one piece of evidence',
        fieldMissing: 'Fill in {field}',
        notOpen: 'This is not an open finding recorded by hand, or the date is wrong',
        field: {
          ruleId: 'the kind of problem',
          caseId: 'the inspection record number',
          departmentId: 'the department responsible',
          description: 'the description',
          recordedOn: 'the recording date',
          recordedBy: 'the officer recording it',
          attachments: 'the evidence',
          relatedRecordIds: 'the related records'
        }
      },
      cli: {
        generating: 'Generating the demo city (Xuchang)…',
        failed: 'The scan failed: {reason}',
        took: 'Scanned in {seconds} s',
        heading:
          'Xuchang electronic licence compliance scan (Article 31 of the Interim Measures) · as of {today}',
        totals:
          '{licences} licences, {statusChanges} status changes, {usageRecords} usage records, {objections} objections; {violations} findings, {undetermined} undetermined',
        kindLine: '{item} {text} —— {count}',
        ruleLine: '{title} ({article})',
        top: '; most: {departments}',
        departmentCount: '{name} {count}',
        unmatchedDepartment: '(no matching department)',
        readFailed: 'Cannot read the data ({code}): {detail}',
        comparison: 'Against the planted violations (precision / recall):',
        compared: 'planted {planted}  found {found}  {precision} / {recall}',
        needsValue: '{flag} needs a value',
        licenceCount: 'The number of licences must be a whole number from 1 to {max}: {value}',
        badToday: 'The reference day must be YYYY-MM-DD: {value}',
        unknownOption: 'Unknown option: {option}',
        demoOrDir: 'Give either --demo or --dir',
        checkNeedsDemo: '--check works only with --demo',
        unknownSubcommand: 'Unknown subcommand: {name}',
        missingSubcommand: 'Missing subcommand'
      }
    }
  }
}
