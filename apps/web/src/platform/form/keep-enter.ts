import type { KeyboardEvent } from 'react';

/**
 * Enter in a date picker takes the typed date and closes the panel; it must not also submit the form (the browser
 * submits on Enter in any input). The picker has handled the key by the time it bubbles up to the form.
 */
export function keepEnterInPickers(e: KeyboardEvent) {
  if (e.key === 'Enter' && e.target instanceof HTMLElement && e.target.closest('.ant-picker')) e.preventDefault();
}
