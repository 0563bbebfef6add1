import { inject, type InjectionKey } from 'vue'
import type { ApiClient } from './client'

export const apiKey: InjectionKey<ApiClient> = Symbol('api')

export function useApi(): ApiClient {
  const api = inject(apiKey)
  if (!api) throw new Error('api client not provided')
  return api
}
