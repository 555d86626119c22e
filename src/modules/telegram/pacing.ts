import type { Transformer } from "grammy"

/**
 * The Bot API methods Telegram's per-chat limits are about: new messages (sent, copied, forwarded). Edits are not
 * paced: a busy kitchen's post changes must not queue behind a group's 20 new messages a minute; a 429 on one is
 * retried by auto-retry.
 */
const PACED_METHODS = /^(send|copy|forward)/

/**
 * Lets `throttler` pace only new messages; edits, reads (getChatMember, getFile) and answers to button presses go at
 * once, so fifty staff pressing one button are not queued behind a group's budget.
 */
export function pacedSends(throttler: Transformer): Transformer {
  return (prev, method, payload, signal) => (PACED_METHODS.test(method) ? throttler(prev, method, payload, signal) : prev(method, payload, signal))
}
