import { createApp, unref, type Ref } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus, { ElMessage } from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { apiKey } from './api'
import { errorOf } from '@shared/contract'
import { message, renderMessage, type Locale } from '@shared/i18n'
import { createApiClient } from './api/client'
import { detectTransport } from './api/transport'
import { createAppRouter } from './app/router'
import { createAppI18n, storedLocale } from './i18n'

const i18n = createAppI18n(storedLocale(window.localStorage))
const api = createApiClient(detectTransport())

/**
 * Nothing a view throws may blank the page: a coded error (main's, a worker's) is said in the
 * user's language, anything else as `errors.ui.unexpected`; the exception's own text goes to the
 * console for support, not into the user's words.
 */
function reportUnexpected(thrown: unknown): void {
  const error = errorOf(thrown, message('errors.ui.unexpected'))
  console.error(error.code, error.detail ?? '', thrown)
  const t = i18n.global.t as (code: string, params: Record<string, string>) => string
  // Composition mode (legacy: false): the global locale is a ref at run time.
  const locale = unref(i18n.global.locale as unknown as Ref<Locale>)
  ElMessage.error({
    message: renderMessage(error, t, locale),
    duration: 8000,
    showClose: true
  })
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
