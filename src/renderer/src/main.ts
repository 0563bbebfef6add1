import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus, { ElMessage } from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { apiKey } from './api'
import { ApiError, createApiClient } from './api/client'
import { detectTransport } from './api/transport'
import { createAppRouter } from './app/router'
import { createAppI18n, storedLocale } from './i18n'

const i18n = createAppI18n(storedLocale(window.localStorage))
const api = createApiClient(detectTransport(), (code) => i18n.global.t(`errors.${code}`))

/** Nothing a view throws may blank the page: it becomes a message in the user's language. */
function reportUnexpected(error: unknown): void {
  const message =
    error instanceof ApiError
      ? error.message
      : i18n.global.t('errors.unexpected', {
          message: error instanceof Error ? error.message : String(error)
        })
  ElMessage.error({ message, duration: 8000, showClose: true })
}

const app = createApp(App)
app.config.errorHandler = (error) => reportUnexpected(error)
window.addEventListener('unhandledrejection', (event) => reportUnexpected(event.reason))

app
  .use(createPinia())
  .use(i18n)
  .use(createAppRouter())
  .use(ElementPlus)
  .provide(apiKey, api)
  .mount('#app')
