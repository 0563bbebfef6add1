import type { YearNotice } from '../year-notice'

export const notice2023: YearNotice = {
  year: 2023,
  holidays: [
    // The notice's 元旦 holiday starts on Saturday 2022-12-31, a weekend day of the year before.
    { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
    { name: '春节', from: '2023-01-21', to: '2023-01-27' },
    { name: '清明节', from: '2023-04-05', to: '2023-04-05' },
    { name: '劳动节', from: '2023-04-29', to: '2023-05-03' },
    { name: '端午节', from: '2023-06-22', to: '2023-06-24' },
    { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' }
  ],
  adjustedWorkdays: [
    { date: '2023-01-28', holiday: '春节' },
    { date: '2023-01-29', holiday: '春节' },
    { date: '2023-04-23', holiday: '劳动节' },
    { date: '2023-05-06', holiday: '劳动节' },
    { date: '2023-06-25', holiday: '端午节' },
    { date: '2023-10-07', holiday: '中秋节、国庆节' },
    { date: '2023-10-08', holiday: '中秋节、国庆节' }
  ],
  source: {
    title: '国务院办公厅关于2023年部分节假日安排的通知',
    issuedOn: '2022-12-08',
    documentNumber: '国办发明电〔2022〕16号'
  }
}
