import path from "node:path"
import { z } from "zod"

/*
 * The one typed reader of the environment. medusa-config.ts, scripts and modules read settings through
 * `readEnv()`, never from `process.env` directly, so every variable is validated, defaulted and listed
 * (with a comment) in .env.template.
 */

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()))

const optionalUrl = optionalString.refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), {
  message: "must be an http(s) URL",
})

const booleanFlag = (defaultValue: boolean) =>
  z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((value) => (value === undefined || value === "" ? defaultValue : value === "true" || value === "1"))

const DEV_SECRET = "supersecret"

/** A phone number in E.164: "+", country code, subscriber number, 7 to 15 digits in all. */
export const E164_PHONE = /^\+[1-9]\d{6,14}$/

/* A comma-separated list of E.164 numbers, repeats dropped. A bad entry is named by its place, never echoed: it is
   probably someone's phone number with a typo, and the boot log must not show it. */
const phoneList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean)
    entries.forEach((entry, index) => {
      if (!E164_PHONE.test(entry)) ctx.addIssue({ code: "custom", message: `entry ${index + 1} is not an E.164 phone number like +998901234567` })
    })
    return [...new Set(entries)]
  })

const twilioSid = (prefix: "AC" | "MG", name: string) =>
  optionalString.refine((value) => value === undefined || new RegExp(`^${prefix}[0-9a-fA-F]{32}$`).test(value), {
    message: `${name} must be ${prefix} followed by 32 hex digits (Twilio Console)`,
  })

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(9000),
    MEDUSA_BACKEND_URL: optionalString,
    DATABASE_URL: optionalString,
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(5488),
    EMBEDDED_PG_TEST_PORT: z.coerce.number().int().min(1024).max(65535).default(5489),
    DB_HOST: z.string().default("localhost"),
    DB_PORT: z.coerce.number().int().min(1).max(65535).default(5432),
    DB_USERNAME: z.string().default("postgres"),
    DB_PASSWORD: z.string().default(""),
    EMBEDDED_PG_PASSWORD: z.string().min(1).default("postgres"),
    EMBEDDED_PG_DATA_DIR: z.string().default(".data/postgres").transform((dir) => path.resolve(dir)),
    DB_NAME: z.string().regex(/^[a-z_][a-z0-9_-]*$/i, "DB_NAME must be a plain identifier").default("dasturxon"),
    REDIS_URL: optionalString.refine((value) => value === undefined || /^rediss?:\/\//.test(value), {
      message: "REDIS_URL must start with redis:// or rediss://",
    }),
    STORE_CORS: z.string().default("http://localhost:8000,http://localhost:5173"),
    ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:5173"),
    AUTH_CORS: z.string().default("http://localhost:9000,http://localhost:8000,http://localhost:5173"),
    JWT_SECRET: z.string().default(DEV_SECRET),
    COOKIE_SECRET: z.string().default(DEV_SECRET),
    ADMIN_EMAIL: z.string().email("ADMIN_EMAIL must be an email address").default("admin@dasturxon.local"),
    ADMIN_PASSWORD: z.string().min(8, "ADMIN_PASSWORD must have at least 8 characters").default("dasturxon-admin"),
    LOG_LEVEL: z.enum(["error", "warn", "info", "http", "verbose", "debug", "silly"]).default("info"),
    FILE_UPLOAD_DIR: z.string().default("static").transform((dir) => path.resolve(dir)),
    FILE_PRIVATE_UPLOAD_DIR: z.string().default(".data/private-uploads").transform((dir) => path.resolve(dir)),
    DISABLE_MEDUSA_ADMIN: booleanFlag(false),
    MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
    S3_BUCKET: optionalString,
    S3_REGION: optionalString,
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_ENDPOINT: optionalString,
    S3_FILE_URL: optionalString,
    S3_FORCE_PATH_STYLE: booleanFlag(false),
    S3_SIGNED_URL_SECONDS: z.coerce.number().int().min(1).max(604_800).default(300),
    S3_OBJECT_ACLS: booleanFlag(true),
    STRIPE_API_KEY: optionalString,
    BENCH_BASE_URL: optionalString,
    BENCH_PUBLISHABLE_KEY: optionalString,
    BENCH_CHECKOUTS: z.coerce.number().int().min(1).max(1000).default(20),
    STRIPE_WEBHOOK_SECRET: optionalString,
    STRIPE_API_BASE_URL: optionalUrl,
    PAYMENT_WEBHOOK_DELAY_MS: z.coerce.number().int().min(1).max(600_000).default(5000),
    PAYMENT_RETURN_URL: optionalUrl,
    PAYME_MERCHANT_ID: optionalString,
    PAYME_KEY: optionalString,
    PAYME_TEST_KEY: optionalString,
    PAYME_TEST_MODE: booleanFlag(false),
    PAYME_ACCOUNT_FIELD: z.string().regex(/^[a-z_][a-z0-9_]*$/i, "PAYME_ACCOUNT_FIELD must be a plain field name").default("order_id"),
    PAYME_CHECKOUT_URL: optionalUrl,
    CLICK_SERVICE_ID: optionalString,
    CLICK_MERCHANT_ID: optionalString,
    CLICK_SECRET_KEY: optionalString,
    CLICK_MERCHANT_USER_ID: optionalString,
    CLICK_PAY_URL: z.string().url().default("https://my.click.uz/services/pay"),
    CLICK_MERCHANT_API_URL: z.string().url().default("https://api.click.uz/v2/merchant"),
    BAKER_APPLICATIONS_PER_HOUR: z.coerce.number().int().min(1).max(10000).default(5),
    PRICING_LABOR_RATE_PER_HOUR: z.coerce.number().int().min(0).default(25_000),
    PRICING_MARKUP: z.coerce.number().min(1).max(10).default(1.6),
    PRICING_COMPLEXITY_SURCHARGE: z.coerce.number().min(0).max(1).default(0.15),
    PRICING_RUSH_SURCHARGE: z.coerce.number().min(0).max(2).default(0.25),
    PRICING_ROUND_TO: z.coerce.number().int().min(1).default(1_000),
    PRICING_RETRAIN_SCHEDULE: z.string().regex(/^(\S+\s+){4}\S+$/, "PRICING_RETRAIN_SCHEDULE must be a 5-field cron expression").default("0 3 * * 1"),
    PRICING_MIN_REAL_SAMPLES: z.coerce.number().int().min(0).max(1_000_000).default(200),
    REPORTS_DAILY_SCHEDULE: z.string().regex(/^(\S+\s+){4}\S+$/, "REPORTS_DAILY_SCHEDULE must be a 5-field cron expression").default("15 19 * * *"),
    REPORTS_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(21),
    CUSTOM_CAKE_MIN_LEAD_HOURS: z.coerce.number().int().min(0).max(24 * 60).default(24),
    CART_HOLD_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
    CUSTOM_CAKE_PAYMENT_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(48),
    CUSTOM_CAKE_EXPIRY_SCHEDULE: z.string().regex(/^(\S+\s+){4}\S+$/, "CUSTOM_CAKE_EXPIRY_SCHEDULE must be a 5-field cron expression").default("*/5 * * * *"),
    STRIPE_PUBLISHABLE_KEY: optionalString,
    TELEGRAM_BOT_TOKEN: optionalString.refine((value) => value === undefined || /^\d+:[\w-]{20,}$/.test(value), {
      message: "TELEGRAM_BOT_TOKEN must look like 123456789:AA... (from @BotFather)",
    }),
    TELEGRAM_WEBHOOK_SECRET: optionalString.refine((value) => value === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(value), {
      message: "TELEGRAM_WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ and -",
    }),
    TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
    TELEGRAM_INIT_DATA_MAX_AGE_SECONDS: z.coerce.number().int().min(60).max(7 * 86400).default(86400),
    TELEGRAM_PAYMENTS_PROVIDER_TOKEN: optionalString,
    TELEGRAM_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(8),
    TWILIO_ACCOUNT_SID: twilioSid("AC", "TWILIO_ACCOUNT_SID"),
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_FROM: optionalString.refine((value) => value === undefined || E164_PHONE.test(value) || /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/.test(value), {
      message: "TWILIO_FROM must be an E.164 number like +998901234567 or an alphanumeric sender id of up to 11 characters",
    }),
    TWILIO_MESSAGING_SERVICE_SID: twilioSid("MG", "TWILIO_MESSAGING_SERVICE_SID"),
    TWILIO_API_BASE_URL: z.string().url().default("https://api.twilio.com"),
    TWILIO_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
    TWILIO_RETRY_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(500),
    ALERT_SMS_TO: phoneList,
    STAFF_ACCEPT_REMINDER_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(10),
    STAFF_DELIVERY_PROOF_REQUIRED: booleanFlag(false),
    SLOT_HOLD_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(20),
    STAFF_REMINDER_SCHEDULE: z.string().regex(/^(\S+\s+){4}\S+$/, "STAFF_REMINDER_SCHEDULE must be a 5-field cron expression").default("* * * * *"),
    LEDGER_CORRECTION_APPROVAL_THRESHOLD: z.coerce.number().int().min(0).max(1_000_000).default(20),
    RECEIPT_SHOP_DETAILS: optionalString.transform((value) => (value ?? "").split("|").map((line) => line.trim()).filter(Boolean)),
    RECEIPT_SHOP_VAT_RATE: optionalString
      .refine((value) => value === undefined || (/^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= 100), {
        message: "RECEIPT_SHOP_VAT_RATE must be a percent from 0 to 100, e.g. 12",
      })
      .transform((value) => (value === undefined ? undefined : Number(value))),
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_BOT_TOKEN && !env.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["TELEGRAM_WEBHOOK_SECRET"], message: "TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_BOT_TOKEN" })
    }
    if (env.NODE_ENV !== "production") return
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      if (env[key] === DEV_SECRET || env[key].length < 32) {
        ctx.addIssue({ code: "custom", path: [key], message: `${key} must be a random string of at least 32 characters in production` })
      }
    }
  })

export type Env = z.infer<typeof envSchema>

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((issue) => `  - ${issue}`).join("\n")}\nSee .env.template for every variable.`)
    this.name = "EnvError"
  }
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`))
  }
  return parsed.data
}

/** The base URL the server is reachable at, for links printed or sent to users. */
export function backendUrl(env: Env): string {
  return env.MEDUSA_BACKEND_URL ?? `http://localhost:${env.PORT}`
}

/** DATABASE_URL when given, otherwise the embedded server's URL (the launcher starts that server). */
export function databaseUrl(env: Env): string {
  return env.DATABASE_URL ?? embeddedDatabaseUrl(env)
}

export function embeddedDatabaseUrl(env: Env, databaseName = env.DB_NAME): string {
  return `postgres://postgres:${encodeURIComponent(env.EMBEDDED_PG_PASSWORD)}@localhost:${env.EMBEDDED_PG_PORT}/${databaseName}`
}

/**
 * Medusa marks the admin session cookie Secure in production, and express-session then never sends it over plain
 * HTTP, so a production server on http://localhost could not keep anyone logged in. Secure follows the public URL
 * instead: on for https (directly or behind a TLS proxy, which Medusa trusts), off for plain http.
 */
export function sessionCookieOptions(env: Env): { secure: boolean; sameSite: "lax" } {
  return { secure: backendUrl(env).startsWith("https://"), sameSite: "lax" }
}
