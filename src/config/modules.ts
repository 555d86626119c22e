import type { Env } from "./env"
import { backendUrl, E164_PHONE } from "./env"
import { paymentModule } from "./payments"
import { maskRecipient } from "../lib/mask"
import { missingTwilioSettings, twilioSmsOptions } from "../modules/notification-twilio/settings"

/*
 * Builds the module list of medusa-config.ts from the environment. Pure, so unit tests can check which
 * infrastructure and providers a given environment selects; the boot report says the same in one line each.
 */

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

export type ModulePlan = {
  modules: ModuleEntry[]
  /** Which login methods each actor may use (Telegram logins only ever for customers). */
  authMethodsPerActor: Record<string, string[]>
  featureFlags: Record<string, boolean>
  /** One line each: which infrastructure runs, which optional integrations are on or left out and why. */
  report: string[]
}

function redisInfrastructure(redisUrl: string): ModuleEntry[] {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
      },
    },
  ]
}

const S3_KEYS = ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const

/** Files go to S3 when all its settings are present; otherwise to the local folders. */
export function usesS3Storage(env: Env): boolean {
  return S3_KEYS.every((key) => env[key])
}

function fileModule(env: Env, report: string[]): ModuleEntry {
  const missing = S3_KEYS.filter((key) => !env[key])
  if (missing.length === 0) {
    report.push(
      `files: S3 bucket ${env.S3_BUCKET}${env.S3_ENDPOINT ? ` at ${env.S3_ENDPOINT}` : ""}, ` +
        `private files by links signed for ${env.S3_SIGNED_URL_SECONDS} s`
    )
    return {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-s3",
            id: "s3",
            options: {
              file_url: env.S3_FILE_URL,
              bucket: env.S3_BUCKET,
              region: env.S3_REGION,
              access_key_id: env.S3_ACCESS_KEY_ID,
              secret_access_key: env.S3_SECRET_ACCESS_KEY,
              endpoint: env.S3_ENDPOINT,
              additional_client_config: { forcePathStyle: env.S3_FORCE_PATH_STYLE },
              // private objects get the private ACL (public ones public-read); they are read by presigned GETs
              download_file_duration: env.S3_SIGNED_URL_SECONDS,
              // false: no ACL header, which buckets without object ACLs refuse; their policy keeps private files private
              ...(env.S3_OBJECT_ACLS ? {} : { acl: false }),
            },
          },
        ],
      },
    }
  }
  const why = missing.length === S3_KEYS.length ? "S3 not configured" : `S3 left out, missing ${missing.join(", ")}`
  report.push(`files: local folder ${env.FILE_UPLOAD_DIR} served at /static (${why})`)
  return {
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/file-local",
          id: "local",
          // private files (customers' photos, receipts) outside the served folder: read only through authenticated routes
          options: { upload_dir: env.FILE_UPLOAD_DIR, private_upload_dir: env.FILE_PRIVATE_UPLOAD_DIR, backend_url: `${backendUrl(env)}/static` },
        },
      ],
    },
  }
}

/** Our own modules: always on, whatever the environment. */
const DASTURXON_MODULES: ModuleEntry[] = [
  { resolve: "./src/modules/bakery" },
  { resolve: "./src/modules/gateway" },
  { resolve: "./src/modules/cake-pricing" },
  { resolve: "./src/modules/custom-cake" },
  { resolve: "./src/modules/telegram" },
  { resolve: "./src/modules/staff-channel" },
  { resolve: "./src/modules/scheduling" },
  { resolve: "./src/modules/cart-hold" },
  { resolve: "./src/modules/inventory-ledger" },
  { resolve: "./src/modules/reports" },
  { resolve: "./src/modules/media" },
  { resolve: "./src/modules/receipt" },
]

/** SMS through Twilio (channel `sms`) when its settings are complete; the staff alerts' numbers are ALERT_SMS_TO. */
function smsProvider(env: Env, report: string[]): Record<string, unknown> | undefined {
  const options = twilioSmsOptions(env)
  const alerts = env.ALERT_SMS_TO.length ? `staff alerts to ${env.ALERT_SMS_TO.length} number(s)` : "no staff alert numbers (ALERT_SMS_TO unset)"
  if (!options) {
    const fallback = env.ALERT_SMS_TO.length ? "; staff alerts go to the staff chat instead" : ""
    report.push(`sms: Twilio off (${missingTwilioSettings(env).join(", ")} unset)${fallback}`)
    return undefined
  }
  // an alphanumeric sender id is the shop's name, a number is masked like any other
  const from = options.from ?? ""
  const sender = options.messagingServiceSid ? "a messaging service" : E164_PHONE.test(from) ? maskRecipient(from) : from
  report.push(`sms: Twilio on, from ${sender}, ${alerts}`)
  return { resolve: "./src/modules/notification-twilio", id: "twilio-sms", options: { channels: ["sms"], ...options } }
}

/**
 * Notifications are recorded by Medusa's module: Telegram messages when the bot is configured, SMS when Twilio is;
 * email (until a mail provider exists) and the admin's feed are logged.
 */
function notificationModule(env: Env, report: string[]): ModuleEntry {
  const providers: Record<string, unknown>[] = [{ resolve: "./src/modules/notification-log", id: "log", options: { channels: ["email", "feed"] } }]
  if (env.TELEGRAM_BOT_TOKEN) {
    providers.push({
      resolve: "./src/modules/notification-telegram",
      id: "telegram",
      options: { channels: ["telegram"], botToken: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT },
    })
    report.push("telegram: bot on (webhook at /hooks/telegram), notifications on the telegram channel")
  } else {
    report.push("telegram: bot off (TELEGRAM_BOT_TOKEN unset)")
  }
  const sms = smsProvider(env, report)
  if (sms) providers.push(sms)
  return { resolve: "@medusajs/medusa/notification", options: { providers } }
}

/** Email and password for everyone; with the bot configured, customers may also log in with Telegram Mini App data. */
function authModule(env: Env): ModuleEntry {
  const providers: Record<string, unknown>[] = [{ resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" }]
  if (env.TELEGRAM_BOT_TOKEN) {
    providers.push({
      resolve: "./src/modules/auth-telegram",
      id: "telegram",
      options: { botToken: env.TELEGRAM_BOT_TOKEN, maxAgeSeconds: env.TELEGRAM_INIT_DATA_MAX_AGE_SECONDS },
    })
  }
  return { resolve: "@medusajs/medusa/auth", options: { providers } }
}

export function planModules(env: Env): ModulePlan {
  const report: string[] = []
  const modules: ModuleEntry[] = [{ resolve: "@medusajs/medusa/translation" }, ...DASTURXON_MODULES]
  const featureFlags: Record<string, boolean> = { translation: true }

  if (env.REDIS_URL) {
    modules.push(...redisInfrastructure(env.REDIS_URL))
    featureFlags.caching = true
    report.push(`infrastructure: Redis at ${redactUrl(env.REDIS_URL)} (event bus, workflow engine, locking, caching)`)
  } else {
    report.push("infrastructure: in-memory event bus, workflow engine, locking and no cache (REDIS_URL unset)")
  }

  modules.push(fileModule(env, report))
  modules.push(paymentModule(env, report))
  modules.push(notificationModule(env, report))
  modules.push(authModule(env))
  const customerLogins = env.TELEGRAM_BOT_TOKEN ? ["emailpass", "telegram"] : ["emailpass"]
  const authMethodsPerActor = { user: ["emailpass"], baker: ["emailpass"], customer: customerLogins }
  return { modules, featureFlags, report, authMethodsPerActor }
}

/** Hides credentials in a connection URL before it is logged. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = "***"
    if (parsed.username && parsed.password) parsed.username = "***"
    return parsed.toString().replace(/\/$/, "")
  } catch {
    return "(unparsable URL)"
  }
}
