import { defineStore } from 'pinia'
import { ref } from 'vue'
import { errorOf, type RpcError, type SystemInfo } from '@shared/contract'
import { message } from '@shared/i18n/message'
import type { ApiClient } from '../../api/client'
import { runSelfTest, type SelfTestOutcome } from './self-test'

/** 系统信息 and the connection self-test, as the 系统信息 page shows them. */
export const useSystemStore = defineStore('system', () => {
  const info = ref<SystemInfo | null>(null)
  /** Why 系统信息 could not be read: main's error value, said by the view. */
  const loadError = ref<RpcError | null>(null)
  const loading = ref(false)
  const selfTest = ref<SelfTestOutcome[]>([])
  const selfTestRunning = ref(false)

  async function load(api: ApiClient): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      info.value = await api.call('system.info', {})
    } catch (error) {
      loadError.value = errorOf(error, message('errors.ui.unexpected'))
    } finally {
      loading.value = false
    }
  }

  async function testConnection(api: ApiClient): Promise<void> {
    selfTestRunning.value = true
    try {
      selfTest.value = await runSelfTest(api, () => performance.now())
    } finally {
      selfTestRunning.value = false
    }
  }

  return { info, loadError, loading, selfTest, selfTestRunning, load, testConnection }
})
