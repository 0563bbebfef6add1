import type { YearNotice } from '../year-notice'

export const notice2024: YearNotice = {
  year: 2024,
  holidays: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
    { name: '春节', from: '2024-02-10', to: '2024-02-17' },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
    { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07' }
  ],
  adjustedWorkdays: [
    { date: '2024-02-04', holiday: '春节' },
    { date: '2024-02-18', holiday: '春节' },
    { date: '2024-04-07', holiday: '清明节' },
    { date: '2024-04-28', holiday: '劳动节' },
    { date: '2024-05-11', holiday: '劳动节' },
    { date: '2024-09-14', holiday: '中秋节' },
    { date: '2024-09-29', holiday: '国庆节' },
    { date: '2024-10-12', holiday: '国庆节' }
  ],
  source: {
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    issuedOn: '2023-10-25',
    documentNumber: '国办发明电〔2023〕7号'
  }
}
