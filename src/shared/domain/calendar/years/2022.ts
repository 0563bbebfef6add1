import type { YearNotice } from '../year-notice'

export const notice2022: YearNotice = {
  year: 2022,
  holidays: [
    { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
    { name: '春节', from: '2022-01-31', to: '2022-02-06' },
    { name: '清明节', from: '2022-04-03', to: '2022-04-05' },
    { name: '劳动节', from: '2022-04-30', to: '2022-05-04' },
    { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
    { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
    { name: '国庆节', from: '2022-10-01', to: '2022-10-07' }
  ],
  adjustedWorkdays: [
    { date: '2022-01-29', holiday: '春节' },
    { date: '2022-01-30', holiday: '春节' },
    { date: '2022-04-02', holiday: '清明节' },
    { date: '2022-04-24', holiday: '劳动节' },
    { date: '2022-05-07', holiday: '劳动节' },
    { date: '2022-10-08', holiday: '国庆节' },
    { date: '2022-10-09', holiday: '国庆节' }
  ],
  source: {
    title: '国务院办公厅关于2022年部分节假日安排的通知',
    issuedOn: '2021-10-25',
    documentNumber: '国办发明电〔2021〕11号'
  }
}
