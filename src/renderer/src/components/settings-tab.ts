import type { Component } from 'vue'

/** One tab of the 设置 page; a capability that has settings offers its tabs, the shell lists them. */
export interface SettingsTab {
  name: string
  titleKey: string
  component: Component
}
