import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { apiKey } from './api'
import { createApiClient } from './api/client'
import { detectTransport } from './api/transport'
import { createAppRouter } from './app/router'
import { createAppI18n } from './i18n'

const i18n = createAppI18n()
const api = createApiClient(detectTransport(), (code) => i18n.global.t(`errors.${code}`))

createApp(App)
  .use(createPinia())
  .use(i18n)
  .use(createAppRouter())
  .use(ElementPlus)
  .provide(apiKey, api)
  .mount('#app')
