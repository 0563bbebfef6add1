import type { Catalog } from '../catalog'

/**
 * The calendar capability's words (codes under `calendar.`): why the working-day calendar cannot
 * answer, what is wrong with a holiday notice entered in 设置, the festivals and weekdays, and
 * the words of `calendar` on the command line.
 */
export const calendarCatalog: Catalog = {
  'zh-CN': {
    calendar: {
      yearNotCovered:
        '{year}年的节假日安排尚未录入，无法按工作日计算期限。请在“设置”中录入《国务院办公厅关于{year}年部分节假日安排的通知》。',
      invalidDate: '“{text}”不是有效的日期，应为 YYYY-MM-DD 格式',
      invalidCount: '工作日数应为不小于 0 的整数，收到 {count}',
      holiday: {
        newYearsDay: '元旦',
        springFestival: '春节',
        qingming: '清明节',
        labourDay: '劳动节',
        dragonBoat: '端午节',
        midAutumn: '中秋节',
        nationalDay: '国庆节'
      },
      weekday: {
        monday: '星期一',
        tuesday: '星期二',
        wednesday: '星期三',
        thursday: '星期四',
        friday: '星期五'
      },
      notice: {
        invalid: '节假日安排有 {count} 处问题',
        notAnObject: '节假日安排的格式不正确',
        dateMissing: '请填写日期',
        dateInvalid: '日期应为 YYYY-MM-DD 格式的有效日期',
        titleMissing: '请填写通知标题',
        documentNumberMissing: '请填写发文字号',
        yearNotNumber: '年度应为数字',
        yearNotInteger: '年度应为整数',
        yearOutOfRange: '年度应在 2000–2100 之间',
        holidayNameMissing: '请填写节日名称',
        holidaysMissing: '请录入放假安排',
        holidaysEmpty: '至少录入一段放假安排',
        adjustedHolidayMissing: '请填写调休对应的节日',
        adjustedWorkdaysMissing: '请录入调休上班日（没有时填空列表）',
        holidayRangeReversed: '第{index}段假期（{name}）的结束日期 {to} 早于开始日期 {from}',
        holidayTooLong: '第{index}段假期（{name}）长达 {days} 天，超过 {limit} 天，请核对日期',
        holidayOutsideYear: '第{index}段假期（{name}）包含 {date}，不在{year}年内',
        holidaysOverlap: '第{index}段假期（{name}）与第{otherIndex}段假期（{otherName}）日期重叠',
        adjustedWorkdayDuplicate: '调休上班日 {date}重复录入',
        adjustedWorkdayOutsideYear: '调休上班日 {date}不在{year}年内',
        adjustedWorkdayNotWeekend:
          '调休上班日 {date}是{weekday}，本来就是工作日，调休上班日应为周六或周日',
        adjustedWorkdayInHoliday: '调休上班日 {date}落在假期（{name} {from} 至 {to}）之内',
        adjustedWorkdayUnknownHoliday:
          '调休上班日 {date}对应的节日“{holiday}”不在本通知的放假安排中',
        sourceIssuedAfterYear: '通知发布日期 {date} 晚于{year}年年末'
      },
      cli: {
        workday: '工作日',
        weekend: '周末',
        holiday: '节假日：{holiday}',
        adjustedWorkday: '调休上班：{holiday}',
        isWorkingDay: '{date} 是（{reason}）',
        isNotWorkingDay: '{date} 否（{reason}）',
        expires: '期限届满：{day}24时（北京时间）',
        startNotCounted: '起算日 {day} 不计入（《民法典》第二百零一条、第二百零三条）',
        unreadableNotice: '无法读取通知文件 {file}：{reason}',
        invalidNotice: '通知文件 {file} 无效：{reason}',
        issueAt: '  {path}：{issue}',
        noticeNeedsFile: '--notice 需要一个文件路径',
        unknownOption: '未知选项：{option}',
        unknownSubcommand: '未知子命令：{subcommand}',
        missingSubcommand: '缺少子命令',
        addNeedsArguments: 'add-working-days 需要日期和工作日数两个参数',
        isNeedsArgument: 'is-working-day 需要一个日期参数',
        badCount: '工作日数应为非负整数：{count}'
      }
    }
  },
  en: {
    calendar: {
      yearNotCovered:
        'The holiday arrangements for {year} have not been entered, so periods in working days cannot be counted. Enter the State Council General Office’s notice on the {year} holidays in Settings.',
      invalidDate: '“{text}” is not a valid date; write it as YYYY-MM-DD',
      invalidCount: 'The number of working days must be a whole number of 0 or more, not {count}',
      holiday: {
        newYearsDay: 'New Year’s Day',
        springFestival: 'Spring Festival',
        qingming: 'Qingming Festival',
        labourDay: 'Labour Day',
        dragonBoat: 'Dragon Boat Festival',
        midAutumn: 'Mid-Autumn Festival',
        nationalDay: 'National Day'
      },
      weekday: {
        monday: 'a Monday',
        tuesday: 'a Tuesday',
        wednesday: 'a Wednesday',
        thursday: 'a Thursday',
        friday: 'a Friday'
      },
      notice: {
        invalid: 'The holiday arrangements have {count} problem(s)',
        notAnObject: 'The holiday arrangements are not in the expected form',
        dateMissing: 'Enter a date',
        dateInvalid: 'A date must be a real date written as YYYY-MM-DD',
        titleMissing: 'Enter the notice’s title',
        documentNumberMissing: 'Enter the document number',
        yearNotNumber: 'The year must be a number',
        yearNotInteger: 'The year must be a whole number',
        yearOutOfRange: 'The year must be between 2000 and 2100',
        holidayNameMissing: 'Enter the holiday’s name',
        holidaysMissing: 'Enter the holidays',
        holidaysEmpty: 'Enter at least one holiday',
        adjustedHolidayMissing: 'Enter the holiday the working day makes up for',
        adjustedWorkdaysMissing: 'Enter the make-up working days (an empty list if there are none)',
        holidayRangeReversed: 'Holiday {index} ({name}) ends on {to}, before it starts on {from}',
        holidayTooLong:
          'Holiday {index} ({name}) lasts {days} days, more than {limit}: check the dates',
        holidayOutsideYear: 'Holiday {index} ({name}) includes {date}, which is not in {year}',
        holidaysOverlap: 'Holiday {index} ({name}) overlaps holiday {otherIndex} ({otherName})',
        adjustedWorkdayDuplicate: 'The make-up working day {date} is entered twice',
        adjustedWorkdayOutsideYear: 'The make-up working day {date} is not in {year}',
        adjustedWorkdayNotWeekend:
          'The make-up working day {date} is {weekday}, a working day anyway: make-up working days fall on a Saturday or Sunday',
        adjustedWorkdayInHoliday:
          'The make-up working day {date} falls within a holiday ({name}, {from} to {to})',
        adjustedWorkdayUnknownHoliday:
          'The holiday “{holiday}” of the make-up working day {date} is not among this notice’s holidays',
        sourceIssuedAfterYear: 'The notice is dated {date}, after the end of {year}'
      },
      cli: {
        workday: 'working day',
        weekend: 'weekend',
        holiday: 'holiday: {holiday}',
        adjustedWorkday: 'make-up working day: {holiday}',
        isWorkingDay: '{date} yes ({reason})',
        isNotWorkingDay: '{date} no ({reason})',
        expires: 'The period ends at 24:00 on {day} (Beijing time)',
        startNotCounted: 'The start day {day} is not counted (Civil Code, Articles 201 and 203)',
        unreadableNotice: 'Cannot read the notice file {file}: {reason}',
        invalidNotice: 'The notice file {file} is not valid: {reason}',
        issueAt: '  {path}: {issue}',
        noticeNeedsFile: '--notice needs a file path',
        unknownOption: 'Unknown option: {option}',
        unknownSubcommand: 'Unknown subcommand: {subcommand}',
        missingSubcommand: 'Missing subcommand',
        addNeedsArguments: 'add-working-days needs a date and a number of working days',
        isNeedsArgument: 'is-working-day needs a date',
        badCount: 'The number of working days must be a whole number of 0 or more: {count}'
      }
    }
  }
}
