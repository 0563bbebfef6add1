import type { YearNotice } from '../year-notice'

/** The first year under the 2024 revision of 《全国年节及纪念日放假办法》 (春节 includes 除夕). */
export const notice2025: YearNotice = {
  year: 2025,
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' }
  ],
  adjustedWorkdays: [
    { date: '2025-01-26', holiday: '春节' },
    { date: '2025-02-08', holiday: '春节' },
    { date: '2025-04-27', holiday: '劳动节' },
    { date: '2025-09-28', holiday: '国庆节、中秋节' },
    { date: '2025-10-11', holiday: '国庆节、中秋节' }
  ],
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    issuedOn: '2024-11-12',
    documentNumber: '国办发明电〔2024〕12号'
  }
}
