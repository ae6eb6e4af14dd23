// Background service worker: routes typed messages between content scripts and extension pages.
import { defineBackground } from 'wxt/utils/define-background';
import { registerHistoryHandlers } from '../lib/store/background.ts';

export default defineBackground(() => {
  registerHistoryHandlers();
  // Filled in by the inline-checking work: badge counts per tab, message routing.
});
