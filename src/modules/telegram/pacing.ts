import type { Transformer } from "grammy"

/** The Bot API methods Telegram's flood limits count: messages the bot sends, copies, forwards and edits. */
const PACED_METHODS = /^(send|copy|forward|edit)/

/**
 * Lets `throttler` pace only what Telegram limits; reads (getChatMember, getFile) and answers to button presses go at
 * once, so fifty staff pressing one button are not queued behind a group's 20-messages-a-minute budget.
 */
export function pacedSends(throttler: Transformer): Transformer {
  return (prev, method, payload, signal) => (PACED_METHODS.test(method) ? throttler(prev, method, payload, signal) : prev(method, payload, signal))
}
