import type { Catalog } from '../catalog'

/**
 * The operators capability's words (codes under `operators.`, and the dispatcher's refusals
 * under `errors.auth.`): roles, sign-in and first run, the idle lock, 修改密码 and 操作员管理.
 */
export const operatorsCatalog: Catalog = {
  'zh-CN': {
    errors: {
      auth: {
        signInRequired: '请先登录。',
        forbidden: '您的角色无权执行此操作。',
        locked: '长时间未操作，工作台已锁定，请重新登录。'
      }
    },
    operators: {
      role: {
        auditor: '审计员',
        complianceOfficer: '合规专员',
        administrator: '系统管理员'
      },
      actor: '{name}（{roles}）',
      actorName: '{name}',
      error: {
        passwordTooShort: '密码至少需要 {min} 位。',
        passwordTooLong: '密码不能超过 {max} 位。',
        nameInvalid: '请填写姓名（不超过 {max} 个字）。',
        unitInvalid: '请填写单位/科室（不超过 {max} 个字）。',
        noRole: '请至少选择一个角色。',
        nameTaken: '已有名为“{name}”的操作员，请换一个姓名（可加科室区分）。',
        signInRejected: '姓名或密码不正确，或该账户已停用。',
        lockedOut: '连续输错密码次数过多，该账户已锁定至 {until}。',
        wrongPassword: '原密码不正确。',
        lastAdministrator: '必须至少保留一名启用的系统管理员。',
        alreadySetUp: '首位系统管理员已经创建，请直接登录。',
        passwordMismatch: '两次输入的密码不一致。'
      },
      field: {
        name: '姓名',
        unit: '单位/科室',
        roles: '角色',
        password: '密码',
        confirmPassword: '确认密码',
        oldPassword: '原密码',
        newPassword: '新密码',
        passwordHint: '至少 {min} 位'
      },
      signIn: {
        title: '操作员登录',
        submit: '登录',
        locked: '工作台已锁定（{minutes} 分钟未操作），请重新登录。'
      },
      setup: {
        title: '首次使用：创建系统管理员',
        hint: '本工作站还没有操作员账户。请先创建第一位系统管理员，再由其创建合规专员和审计员。',
        submit: '创建并登录'
      },
      header: {
        label: '当前操作员',
        changePassword: '修改密码',
        signOut: '退出登录'
      },
      password: {
        title: '修改密码',
        changed: '密码已修改。',
        resetTitle: '重置“{name}”的密码',
        reset: '已重置“{name}”的密码。'
      },
      page: {
        title: '操作员管理',
        create: '新建操作员',
        createTitle: '新建操作员',
        editTitle: '编辑“{name}”',
        state: '状态',
        actions: '操作',
        enabled: '启用',
        disabled: '已停用',
        lockedUntil: '锁定至 {until}',
        edit: '编辑',
        disable: '停用',
        enable: '启用',
        resetPassword: '重置密码',
        created: '已创建操作员“{name}”。',
        saved: '已保存。',
        disabledNotice: '已停用“{name}”。账户保留，审计日志仍指向它。',
        enabledNotice: '已启用“{name}”。',
        save: '保存',
        cancel: '取消'
      }
    }
  },
  en: {
    errors: {
      auth: {
        signInRequired: 'Please sign in first.',
        forbidden: 'Your role does not allow this.',
        locked: 'The workbench was locked after a period without use; please sign in again.'
      }
    },
    operators: {
      role: {
        auditor: 'Auditor',
        complianceOfficer: 'Compliance officer',
        administrator: 'Administrator'
      },
      actor: '{name} ({roles})',
      actorName: '{name}',
      error: {
        passwordTooShort: 'The password must be at least {min} characters long.',
        passwordTooLong: 'The password must not be longer than {max} characters.',
        nameInvalid: 'Enter a name (at most {max} characters).',
        unitInvalid: 'Enter a unit or department (at most {max} characters).',
        noRole: 'Choose at least one role.',
        nameTaken:
          'An operator named “{name}” already exists; choose another name (add the department).',
        signInRejected: 'The name or password is wrong, or the account is disabled.',
        lockedOut: 'Too many wrong passwords in a row: the account is locked until {until}.',
        wrongPassword: 'The current password is wrong.',
        lastAdministrator: 'At least one enabled administrator must remain.',
        alreadySetUp: 'The first administrator already exists; please sign in.',
        passwordMismatch: 'The two passwords differ.'
      },
      field: {
        name: 'Name',
        unit: 'Unit / department',
        roles: 'Roles',
        password: 'Password',
        confirmPassword: 'Confirm password',
        oldPassword: 'Current password',
        newPassword: 'New password',
        passwordHint: 'At least {min} characters'
      },
      signIn: {
        title: 'Operator sign-in',
        submit: 'Sign in',
        locked: 'The workbench is locked ({minutes} minutes without use); please sign in again.'
      },
      setup: {
        title: 'First run: create the administrator',
        hint: 'This workstation has no operator accounts yet. Create the first administrator; they then create the compliance officers and auditors.',
        submit: 'Create and sign in'
      },
      header: {
        label: 'Signed-in operator',
        changePassword: 'Change password',
        signOut: 'Sign out'
      },
      password: {
        title: 'Change password',
        changed: 'The password was changed.',
        resetTitle: 'Reset the password of “{name}”',
        reset: 'The password of “{name}” was reset.'
      },
      page: {
        title: 'Operators',
        create: 'New operator',
        createTitle: 'New operator',
        editTitle: 'Edit “{name}”',
        state: 'State',
        actions: 'Actions',
        enabled: 'Enabled',
        disabled: 'Disabled',
        lockedUntil: 'Locked until {until}',
        edit: 'Edit',
        disable: 'Disable',
        enable: 'Enable',
        resetPassword: 'Reset password',
        created: 'Operator “{name}” was created.',
        saved: 'Saved.',
        disabledNotice:
          '“{name}” was disabled. The account is kept: the audit log still refers to it.',
        enabledNotice: '“{name}” was enabled.',
        save: 'Save',
        cancel: 'Cancel'
      }
    }
  }
}
