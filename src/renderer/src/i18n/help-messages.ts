/** Messages of the front door: 帮助 and the page for an address that does not exist. */
export const helpMessagesZhCN = {
  help: {
    title: '帮助',
    intro:
      '本工作台是许昌市政务服务和大数据管理局治理全市电子证照的本地工具，依据《许昌市电子证照管理暂行办法》（以下简称《办法》）。下面说明每个页面的用途、它所依据的条款，以及如何导入数据。',
    pagesTitle: '各页面的用途',
    page: '页面',
    purpose: '用途',
    articles: '依据条款',
    open: '打开',
    pages: {
      overview: {
        purpose: '全市证照的分布、目录登记完整率和按月推送及时率；点击图表可查看对应证照。',
        articles: '第十一条、第十三条'
      },
      licences: {
        purpose:
          '按部门、类型、状态、生成方式和颁发日期筛选证照，按证照编号或持证主体名称中的任意文字搜索，查看证照详情与状态变更。',
        articles: '第十二条、第十五条、第十八条'
      },
      complianceMonitor: {
        purpose: '扫描本地数据，发现第三十一条所列情形，按部门和情形查看问题及其证据。',
        articles: '第三十一条（一）至（八）、第十三条、第十八条、第二十四条、第二十八条'
      },
      complianceScorecards: {
        purpose: '按未整改问题给各部门排名，看出哪些部门落后。',
        articles: '第十五条、第三十一条'
      },
      complianceNotices: {
        purpose: '对问题责令限期改正，跟踪整改期限，逾期不改正的出具书面通报。',
        articles: '第三十一条'
      },
      sealInspection: {
        purpose: '离线打开加盖电子印章的 PDF，核验每个印章是否完整、由谁签署、是否可信。',
        articles: '第七条、第十七条'
      },
      systemInfo: {
        purpose: '本机的版本、数据位置与运行环境，以及与主程序的连接自检。',
        articles: '第二十五条'
      },
      auditLog: {
        purpose:
          '所有改变数据的操作，按时间排列，逐条以主程序的密钥认证并相连，改动、删除、截断都能发现。',
        articles: '第二十五条、第二十六条'
      },
      imports: {
        purpose: '查看本地数据的数量，导入部门、证照目录、电子证照和用证授权。',
        articles: '第十条、第十一条、第二十八条'
      },
      settings: {
        purpose:
          '合规规则的参数与节假日安排，核验印章所信任的根证书，以及电子证照库连接与逐步的连接诊断。',
        articles: '第十三条、第十七条、第二十四条'
      },
      sync: {
        purpose:
          '与市统一电子证照库同步：首次同步取得完整快照（可暂停、续传），之后按游标拉取变更、推送本单位的记录；查看同步记录与冲突，立即同步、核对或重新同步。未配置证照库时使用本机内置的演示库；政务外网上的证照库可先用命令行 npm run cli -- sync check --server 地址 逐步诊断。',
        articles: '第八条、第九条、第二十条'
      },
      operators: {
        purpose:
          '系统管理员管理本工作站的操作员：姓名、单位/科室与角色（审计员、合规专员、系统管理员），停用或启用账户、重置密码；审计日志以姓名和角色记录每项操作。',
        articles: '第二十六条、第二十九条'
      }
    },
    importTitle: '如何导入数据',
    importSteps: {
      order:
        '按顺序导入：先导入部门，再导入证照目录，然后导入电子证照和用证授权——后者按统一社会信用代码和证照类型代码引用前者。',
      template:
        '在“数据管理”中选择要导入的数据类型，点击“下载导入模板”。模板第一个工作表是要填写的表格，带＊的列为必填；“填写说明”工作表说明每一列的要求。',
      example:
        '模板第 2 行是灰色的示例行，原样保留时导入会自动忽略它；可以在它下面填写数据，也可以直接改写或删除它。',
      choices: '证照状态、生成方式、机构级别等编码列在 Excel 中有下拉选项，请从中选择。',
      drop: '把填好的 Excel（.xlsx）或 CSV 文件拖到导入区域，或按 Enter 选择文件。',
      allOrNothing:
        '只要有一行不合格，整个文件都不会写入；页面会列出每一个有问题的行、列和原因，改正后重新导入即可。再次导入同一文件会更新已有记录，不会重复。'
    },
    keyboardTitle: '键盘操作',
    keyboard:
      '按 Tab 进入左侧导航，用上下方向键在页面之间移动，按 Enter 打开；Home、End 跳到第一个或最后一个页面。',
    measuresTitle: '《办法》第三十一条所列情形',
    measures:
      '（一）未按照要求完善、更新、维护电子证照目录；（二）拒绝、拖延提供证照数据，以及擅自减少应提供数据；（三）不经审核擅自对外提供证照信息或者泄漏数据，以及擅自扩大使用范围；（四）拒绝承认电子证照效力；（五）对存在问题的证照数据，未及时核对和修正；（六）电子证照建设和管理工作有滥用职权、玩忽职守、徇私舞弊等违法行为；（七）对于监督检查机关责令整改的问题，拒不整改；（八）其他违反国家、省、市电子证照相关规定的行为。'
  },
  notFound: {
    title: '找不到页面',
    description: '地址“{path}”没有对应的页面，可能是链接已过期或输入有误。',
    home: '返回总览',
    help: '查看帮助'
  }
}

export const helpMessagesEn: typeof helpMessagesZhCN = {
  help: {
    title: 'Help',
    intro:
      'This workbench is the local tool of the Xuchang Municipal Government Services and Big Data Administration for governing the city’s electronic licences under the Xuchang Interim Measures for the Administration of Electronic Licences (the Measures). Below: what each page is for, the articles it applies, and how to import data.',
    pagesTitle: 'What each page is for',
    page: 'Page',
    purpose: 'Purpose',
    articles: 'Articles',
    open: 'Open',
    pages: {
      overview: {
        purpose:
          'Where the city’s licences are, how complete the catalog is and how timely licences reach the library, month by month; click a chart to see its licences.',
        articles: 'Art. 11, Art. 13'
      },
      licences: {
        purpose:
          'Filter licences by department, type, state, generation mode and issue date, search for any part of a licence number or holder name, and open a licence with its status changes.',
        articles: 'Art. 12, Art. 15, Art. 18'
      },
      complianceMonitor: {
        purpose:
          'Scan the local data for the cases listed in Art. 31 and look at the findings and their evidence by department and kind.',
        articles: 'Art. 31 (1)–(8), Art. 13, Art. 18, Art. 24, Art. 28'
      },
      complianceScorecards: {
        purpose: 'Rank departments by their open findings, to see which ones lag.',
        articles: 'Art. 15, Art. 31'
      },
      complianceNotices: {
        purpose:
          'Order rectification within a deadline, follow the deadlines, and issue a written circular when one lapses.',
        articles: 'Art. 31'
      },
      sealInspection: {
        purpose:
          'Open a sealed PDF offline and check whether each electronic seal is intact, who signed it and whether it is trusted.',
        articles: 'Art. 7, Art. 17'
      },
      systemInfo: {
        purpose:
          'Versions, data location and runtime of this workstation, and a self-test of the connection to the main process.',
        articles: 'Art. 25'
      },
      auditLog: {
        purpose:
          'Every action that changed data, in order, each entry keyed by main and linked to the one before: edits, deletions and truncation are found.',
        articles: 'Art. 25, Art. 26'
      },
      imports: {
        purpose:
          'See how much data the working copy holds; import departments, the licence catalog, licences and usage authorisations.',
        articles: 'Art. 10, Art. 11, Art. 28'
      },
      settings: {
        purpose:
          'Parameters of the compliance rules and the holiday schedule, the root certificates trusted for seal inspection, and the e-licence library connection with its diagnosis, step by step.',
        articles: 'Art. 13, Art. 17, Art. 24'
      },
      sync: {
        purpose:
          "Sync with the city e-licence library: a first sync takes a whole snapshot (pause and resume), later ones pull changes from the cursor and push the bureau's records; see the runs and the conflicts, sync now, verify or re-sync. With no library configured the built-in demo library is used; a library on the extranet can first be diagnosed with npm run cli -- sync check --server ADDRESS.",
        articles: 'Art. 8, Art. 9, Art. 20'
      },
      operators: {
        purpose:
          'Administrators manage the operators of this workstation: name, unit or department and roles (auditor, compliance officer, administrator), disabling or enabling an account and resetting a password; the audit log records every action with the name and role.',
        articles: 'Art. 26, Art. 29'
      }
    },
    importTitle: 'How to import data',
    importSteps: {
      order:
        'Import in this order: departments, then the licence catalog, then licences and usage authorisations, which refer to the former by USCC and licence type code.',
      template:
        'In Data management choose the kind of data and click “Download import template”. Its first sheet is the table to fill in, columns marked ＊ are required; the 填写说明 (instructions) sheet explains each column.',
      example:
        'Row 2 of the template is a grey example row; left as it is, the import skips it. Fill in your data below it, or type over or delete it.',
      choices:
        'Coded columns such as licence state, generation mode and authority level offer a dropdown in Excel; pick a value from it.',
      drop: 'Drop the filled-in Excel (.xlsx) or CSV file onto the import area, or press Enter to choose the file.',
      allOrNothing:
        'If any row is wrong, nothing of the file is written; the page lists every bad row, column and reason. Correct them and import again. Importing the same file again updates the records instead of doubling them.'
    },
    keyboardTitle: 'Keyboard',
    keyboard:
      'Press Tab to reach the navigation on the left, move between pages with the up and down arrow keys and press Enter to open one; Home and End jump to the first and the last page.',
    measuresTitle: 'The cases listed in Art. 31 of the Measures',
    measures:
      '(1) the licence catalog not completed, updated and maintained as required; (2) refusing or delaying to supply licence data, or reducing it without authority; (3) supplying licence information without review, leaking data, or widening its use without authority; (4) refusing to recognise the validity of electronic licences; (5) problem data not checked and corrected in time; (6) abuse of power, dereliction of duty or favouritism in building and managing electronic licences; (7) refusing to rectify problems the supervisor ordered rectified; (8) other breaches of national, provincial or municipal rules on electronic licences.'
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at “{path}”; the link may be out of date or mistyped.',
    home: 'Back to the overview',
    help: 'Open help'
  }
}
