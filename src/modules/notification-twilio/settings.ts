import type { Env } from "../../config/env"

/** What the `twilio-sms` provider is registered with (see README.md beside this file). */
export type TwilioSmsOptions = {
  accountSid: string
  authToken: string
  /** The sender: an E.164 number or an alphanumeric id; or instead a messaging service that picks one. */
  from?: string
  messagingServiceSid?: string
  /** Twilio's REST API origin; tests point it at a fake on loopback. */
  apiBaseUrl: string
  /** Tries of one message in all, the first included. */
  maxAttempts: number
  /** The wait before the first retry; each later one waits twice as long. */
  retryDelayMs: number
}

/** The settings that stop Twilio from being registered, named as in .env.template; empty when it is on. */
export function missingTwilioSettings(env: Env): string[] {
  const missing: string[] = []
  if (!env.TWILIO_ACCOUNT_SID) missing.push("TWILIO_ACCOUNT_SID")
  if (!env.TWILIO_AUTH_TOKEN) missing.push("TWILIO_AUTH_TOKEN")
  if (!env.TWILIO_FROM && !env.TWILIO_MESSAGING_SERVICE_SID) missing.push("TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID")
  return missing
}

/** The provider's options when Twilio is configured, otherwise null: medusa-config and the alert workflows ask the same. */
export function twilioSmsOptions(env: Env): TwilioSmsOptions | null {
  if (missingTwilioSettings(env).length) return null
  return {
    accountSid: env.TWILIO_ACCOUNT_SID!,
    authToken: env.TWILIO_AUTH_TOKEN!,
    from: env.TWILIO_FROM,
    messagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID,
    apiBaseUrl: env.TWILIO_API_BASE_URL,
    maxAttempts: env.TWILIO_MAX_ATTEMPTS,
    retryDelayMs: env.TWILIO_RETRY_DELAY_MS,
  }
}
