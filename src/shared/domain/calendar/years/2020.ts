import type { YearNotice } from '../year-notice'

export const notice2020: YearNotice = {
  year: 2020,
  holidays: [
    { name: '元旦', from: '2020-01-01', to: '2020-01-01' },
    // The original notice gave 01-24 … 01-30; the extension notice ran the holiday to 02-02.
    { name: '春节', from: '2020-01-24', to: '2020-02-02' },
    { name: '清明节', from: '2020-04-04', to: '2020-04-06' },
    { name: '劳动节', from: '2020-05-01', to: '2020-05-05' },
    { name: '端午节', from: '2020-06-25', to: '2020-06-27' },
    { name: '国庆节、中秋节', from: '2020-10-01', to: '2020-10-08' }
  ],
  adjustedWorkdays: [
    { date: '2020-01-19', holiday: '春节' },
    { date: '2020-04-26', holiday: '劳动节' },
    { date: '2020-05-09', holiday: '劳动节' },
    { date: '2020-06-28', holiday: '端午节' },
    { date: '2020-09-27', holiday: '国庆节、中秋节' },
    { date: '2020-10-10', holiday: '国庆节、中秋节' }
  ],
  source: {
    title: '国务院办公厅关于2020年部分节假日安排的通知',
    issuedOn: '2019-11-21',
    documentNumber: '国办发明电〔2019〕16号'
  },
  amendedBy: [
    {
      title: '国务院办公厅关于延长2020年春节假期的通知',
      issuedOn: '2020-01-26',
      documentNumber: '国办发明电〔2020〕1号'
    }
  ]
}
