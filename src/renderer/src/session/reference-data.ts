import { computed, ref, shallowRef, watch } from 'vue'
import type { CatalogEntry, Department } from '@shared/domain/licences'
import { useSessionStore } from './session-store'

/**
 * Departments and catalog entries, re-read whenever the working copy changes wholesale; they are
 * small (tens and hundreds of rows), so views look names up in memory.
 */
export function useReferenceData() {
  const workbench = useSessionStore()
  const departments = shallowRef<Department[]>([])
  const catalog = shallowRef<CatalogEntry[]>([])
  /** False until the first read, so an empty list is not mistaken for "none". */
  const loaded = ref(false)

  watch(
    () => [workbench.phase, workbench.dataVersion] as const,
    async ([phase]) => {
      if (phase !== 'ready') return
      ;[departments.value, catalog.value] = await Promise.all([
        workbench.repos.departments.list(),
        workbench.repos.catalog.list()
      ])
      loaded.value = true
    },
    { immediate: true }
  )

  const departmentName = computed(() => {
    const names = new Map(departments.value.map((department) => [department.id, department.name]))
    return (id: string) => names.get(id) ?? id
  })

  /** One name per 证照类型代码 (several issuers may register the same national type). */
  const typeName = computed(() => {
    const names = new Map<string, string>()
    for (const entry of catalog.value) {
      if (entry.name && !names.has(entry.typeCode)) names.set(entry.typeCode, entry.name)
    }
    return (typeCode: string) => names.get(typeCode) ?? typeCode
  })

  const typeOptions = computed(() => {
    const seen = new Map<string, string>()
    for (const entry of catalog.value) {
      if (!seen.has(entry.typeCode)) seen.set(entry.typeCode, entry.name || entry.typeCode)
    }
    return [...seen].map(([value, label]) => ({ value, label }))
  })

  return { departments, catalog, loaded, departmentName, typeName, typeOptions }
}
