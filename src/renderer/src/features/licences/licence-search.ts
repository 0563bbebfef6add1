import { ref } from 'vue'

/**
 * The licence browser's search text, kept for the session (in memory, so a return to 证照查询
 * finds it again) and never in the URL: it may be a person's full ID number.
 */
export const licenceSearchText = ref('')
