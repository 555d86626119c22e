import { readEnv } from "../env"
import { planModules, redactUrl } from "../modules"

const resolves = (plan: ReturnType<typeof planModules>) => plan.modules.map((entry) => entry.resolve)
const providerOf = (plan: ReturnType<typeof planModules>, resolve: string) =>
  (plan.modules.find((entry) => entry.resolve === resolve)?.options?.providers as { resolve: string; options: Record<string, unknown> }[])[0]

describe("planModules", () => {
  it("uses Medusa's in-memory infrastructure without REDIS_URL and says so in one line", () => {
    const plan = planModules(readEnv({}))
    expect(resolves(plan).filter((resolve) => resolve.includes("redis"))).toEqual([])
    expect(plan.featureFlags).toEqual({ translation: true })
    expect(plan.report.filter((line) => line.startsWith("infrastructure:"))).toEqual([
      "infrastructure: in-memory event bus, workflow engine, locking and no cache (REDIS_URL unset)",
    ])
  })

  it("switches event bus, workflow engine, locking and caching to Redis with REDIS_URL", () => {
    const plan = planModules(readEnv({ REDIS_URL: "redis://:hunter2@cache:6379/0" }))
    expect(resolves(plan)).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/locking",
        "@medusajs/medusa/caching",
      ])
    )
    expect(providerOf(plan, "@medusajs/medusa/locking").resolve).toBe("@medusajs/medusa/locking-redis")
    expect(providerOf(plan, "@medusajs/medusa/caching").resolve).toBe("@medusajs/medusa/caching-redis")
    expect(plan.featureFlags.caching).toBe(true)
    const line = plan.report.find((entry) => entry.startsWith("infrastructure:"))
    expect(line).toContain("Redis at redis://:***@cache:6379/0")
    expect(line).not.toContain("hunter2")
  })

  it("keeps files local and names the missing S3 settings when S3 is half configured", () => {
    const plan = planModules(readEnv({ S3_BUCKET: "shop", S3_REGION: "fra1" }))
    expect(providerOf(plan, "@medusajs/medusa/file").resolve).toBe("@medusajs/medusa/file-local")
    expect(plan.report).toContainEqual(expect.stringContaining("missing S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FILE_URL"))
  })

  it("stores files in S3 when every S3 setting is given", () => {
    const plan = planModules(
      readEnv({
        S3_BUCKET: "shop",
        S3_REGION: "fra1",
        S3_ACCESS_KEY_ID: "key",
        S3_SECRET_ACCESS_KEY: "secret",
        S3_FILE_URL: "https://cdn.example.com",
        S3_ENDPOINT: "http://127.0.0.1:9100",
        S3_FORCE_PATH_STYLE: "true",
      })
    )
    const s3 = providerOf(plan, "@medusajs/medusa/file")
    expect(s3.resolve).toBe("@medusajs/medusa/file-s3")
    expect(s3.options).toMatchObject({ bucket: "shop", endpoint: "http://127.0.0.1:9100", additional_client_config: { forcePathStyle: true } })
    // private files are read by presigned links that expire after S3_SIGNED_URL_SECONDS (default five minutes)
    expect(s3.options).toMatchObject({ download_file_duration: 300 })
    expect(plan.report).toContainEqual("files: S3 bucket shop at http://127.0.0.1:9100, private files by links signed for 300 s")
  })

  it("leaves each gateway out with one line naming what is missing, and adds it when its settings are complete", () => {
    const without = planModules(readEnv({}))
    expect(providerIds(without)).toEqual([])
    expect(without.report).toEqual(
      expect.arrayContaining([
        "payments: Stripe left out (STRIPE_API_KEY unset); the system provider stays available",
        "payments: Payme left out (PAYME_MERCHANT_ID, PAYME_KEY unset)",
        "payments: Click left out (CLICK_SERVICE_ID, CLICK_MERCHANT_ID, CLICK_SECRET_KEY, CLICK_MERCHANT_USER_ID unset)",
      ])
    )

    const all = planModules(
      readEnv({
        STRIPE_API_KEY: "sk_test_123",
        STRIPE_WEBHOOK_SECRET: "whsec_123",
        PAYME_MERCHANT_ID: "m1",
        PAYME_KEY: "live-key",
        CLICK_SERVICE_ID: "1",
        CLICK_MERCHANT_ID: "2",
        CLICK_SECRET_KEY: "s",
        CLICK_MERCHANT_USER_ID: "3",
      })
    )
    expect(providerIds(all)).toEqual(["stripe", "payme", "click"])
    expect(paymentProviders(all)[0]).toMatchObject({ options: { apiKey: "sk_test_123", webhookSecret: "whsec_123", capture: true } })
    expect(paymentProviders(all)[1]).toMatchObject({ options: { key: "live-key", testMode: false, checkoutUrl: "https://checkout.paycom.uz", accountField: "order_id" } })
  })

  it("uses only the sandbox key and the test checkout in Payme test mode", () => {
    const testMode = planModules(readEnv({ PAYME_MERCHANT_ID: "m1", PAYME_KEY: "live-key", PAYME_TEST_KEY: "sandbox-key", PAYME_TEST_MODE: "true" }))
    expect(paymentProviders(testMode)[0]).toMatchObject({ options: { key: "sandbox-key", testMode: true, checkoutUrl: "https://test.paycom.uz" } })
    const missingSandboxKey = planModules(readEnv({ PAYME_MERCHANT_ID: "m1", PAYME_KEY: "live-key", PAYME_TEST_MODE: "true" }))
    expect(providerIds(missingSandboxKey)).toEqual([])
    expect(missingSandboxKey.report).toContainEqual("payments: Payme left out (PAYME_TEST_KEY unset)")
  })
})

function paymentProviders(plan: ReturnType<typeof planModules>): { id: string; options: Record<string, unknown> }[] {
  const payment = plan.modules.find((entry) => entry.resolve === "@medusajs/medusa/payment")
  return (payment?.options?.providers ?? []) as { id: string; options: Record<string, unknown> }[]
}

const providerIds = (plan: ReturnType<typeof planModules>) => paymentProviders(plan).map((provider) => provider.id)

describe("redactUrl", () => {
  it("hides the password and user of a connection URL", () => {
    expect(redactUrl("postgres://shop:s3cret@db:5432/shop")).toBe("postgres://***:***@db:5432/shop")
  })

  it("never echoes an unparsable value", () => {
    expect(redactUrl("::not a url with s3cret")).toBe("(unparsable URL)")
  })
})
