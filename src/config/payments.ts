import type { Env } from "./env"

/*
 * The payment module's providers, each registered only when its settings are complete; the system provider is
 * always there. One boot line per gateway says whether it is on and, when off, which setting is missing.
 */

type ProviderEntry = { resolve: string; id: string; options: Record<string, unknown> }

export const PAYME_CHECKOUT_HOSTS = { live: "https://checkout.paycom.uz", test: "https://test.paycom.uz" } as const

function missingOf(env: Env, keys: readonly (keyof Env)[]): string[] {
  return keys.filter((key) => !env[key]) as string[]
}

function stripeProvider(env: Env, report: string[]): ProviderEntry | undefined {
  if (!env.STRIPE_API_KEY) {
    report.push("payments: Stripe left out (STRIPE_API_KEY unset); the system provider stays available")
    return undefined
  }
  report.push(
    env.STRIPE_WEBHOOK_SECRET
      ? "payments: Stripe on"
      : "payments: Stripe on without webhooks (STRIPE_WEBHOOK_SECRET unset): payments are confirmed only by polling"
  )
  return {
    resolve: "./src/modules/payment-stripe",
    id: "stripe",
    options: {
      apiKey: env.STRIPE_API_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      capture: true,
      apiBaseUrl: env.STRIPE_API_BASE_URL,
    },
  }
}

export type PaymeSettings = {
  merchantId: string
  key: string
  testMode: boolean
  accountField: string
  checkoutUrl: string
  returnUrl?: string
}

export type ClickSettings = {
  serviceId: string
  merchantId: string
  secretKey: string
  merchantUserId: string
  payUrl: string
  merchantApiUrl: string
  returnUrl?: string
}

const PAYME_KEYS = (env: Env) => ["PAYME_MERCHANT_ID", env.PAYME_TEST_MODE ? "PAYME_TEST_KEY" : "PAYME_KEY"] as const
const CLICK_KEYS = ["CLICK_SERVICE_ID", "CLICK_MERCHANT_ID", "CLICK_SECRET_KEY", "CLICK_MERCHANT_USER_ID"] as const

/** Payme's settings when complete; the provider and the merchant endpoint read the same values. */
export function paymeSettings(env: Env): PaymeSettings | undefined {
  if (missingOf(env, PAYME_KEYS(env)).length) return undefined
  return {
    merchantId: env.PAYME_MERCHANT_ID!,
    // Only the key of the environment in use is ever accepted (the sandbox sends the other one on purpose).
    key: (env.PAYME_TEST_MODE ? env.PAYME_TEST_KEY : env.PAYME_KEY)!,
    testMode: env.PAYME_TEST_MODE,
    accountField: env.PAYME_ACCOUNT_FIELD,
    checkoutUrl: env.PAYME_CHECKOUT_URL ?? PAYME_CHECKOUT_HOSTS[env.PAYME_TEST_MODE ? "test" : "live"],
    returnUrl: env.PAYMENT_RETURN_URL,
  }
}

export function clickSettings(env: Env): ClickSettings | undefined {
  if (missingOf(env, CLICK_KEYS).length) return undefined
  return {
    serviceId: env.CLICK_SERVICE_ID!,
    merchantId: env.CLICK_MERCHANT_ID!,
    secretKey: env.CLICK_SECRET_KEY!,
    merchantUserId: env.CLICK_MERCHANT_USER_ID!,
    payUrl: env.CLICK_PAY_URL,
    merchantApiUrl: env.CLICK_MERCHANT_API_URL,
    returnUrl: env.PAYMENT_RETURN_URL,
  }
}

function paymeProvider(env: Env, report: string[]): ProviderEntry | undefined {
  const settings = paymeSettings(env)
  if (!settings) {
    report.push(`payments: Payme left out (${missingOf(env, PAYME_KEYS(env)).join(", ")} unset)`)
    return undefined
  }
  report.push(`payments: Payme on${settings.testMode ? " in test mode (sandbox key, test checkout)" : ""}`)
  return { resolve: "./src/modules/payment-payme", id: "payme", options: settings }
}

export type TelegramPaymentsSettings = { botToken: string; providerToken: string; returnUrl?: string }

/** Invoices in the bot need both the bot and a payment provider connected to it in @BotFather. */
export function telegramPaymentsSettings(env: Env): TelegramPaymentsSettings | undefined {
  if (!env.TELEGRAM_BOT_TOKEN || !env.TELEGRAM_PAYMENTS_PROVIDER_TOKEN) return undefined
  return { botToken: env.TELEGRAM_BOT_TOKEN, providerToken: env.TELEGRAM_PAYMENTS_PROVIDER_TOKEN }
}

function telegramPaymentsProvider(env: Env, report: string[]): ProviderEntry | undefined {
  const settings = telegramPaymentsSettings(env)
  if (!settings) {
    if (env.TELEGRAM_BOT_TOKEN) report.push("payments: Telegram invoices left out (TELEGRAM_PAYMENTS_PROVIDER_TOKEN unset)")
    return undefined
  }
  report.push("payments: Telegram invoices on")
  return { resolve: "./src/modules/payment-telegram", id: "telegram", options: settings }
}

function clickProvider(env: Env, report: string[]): ProviderEntry | undefined {
  const settings = clickSettings(env)
  if (!settings) {
    report.push(`payments: Click left out (${missingOf(env, CLICK_KEYS).join(", ")} unset)`)
    return undefined
  }
  report.push("payments: Click on")
  return { resolve: "./src/modules/payment-click", id: "click", options: settings }
}

export function paymentModule(env: Env, report: string[]): { resolve: string; options: Record<string, unknown> } {
  const providers = [
    stripeProvider(env, report),
    paymeProvider(env, report),
    clickProvider(env, report),
    telegramPaymentsProvider(env, report),
  ].filter(
    (provider): provider is ProviderEntry => provider !== undefined
  )
  return {
    resolve: "@medusajs/medusa/payment",
    options: { providers, webhook_delay: env.PAYMENT_WEBHOOK_DELAY_MS },
  }
}
