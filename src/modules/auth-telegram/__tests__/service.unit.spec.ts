import type { AuthIdentityDTO, AuthIdentityProviderService } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { signInitData } from "../init-data"
import TelegramAuthService from "../service"

const botToken = "123456:test-token-for-dasturxon-unit-tests"
const user = { id: 279058397, first_name: "Алишер", last_name: "Каримов", username: "alisher_k", language_code: "uz" }

const nowSeconds = () => Math.floor(Date.now() / 1000)
const launch = (fields: Record<string, string | number | object> = {}, token = botToken) =>
  ({ body: { init_data: signInitData({ user, auth_date: nowSeconds(), query_id: "AAHdF6IQ", ...fields }, token) } })

/**
 * The auth module's per-provider identity service as Medusa builds it (AuthModuleService.getAuthIdentityProviderService):
 * retrieve throws NOT_FOUND when no identity has the entity_id, and the unique (entity_id, provider) index refuses a
 * second create. Each call yields to the event loop, as the database round trip does, so concurrent calls interleave.
 */
class InMemoryAuthIdentities implements AuthIdentityProviderService {
  readonly identities: AuthIdentityDTO[] = []
  createCalls = 0
  retrieveFailure: Error | undefined

  constructor(private readonly provider: string) {}

  retrieve = async ({ entity_id }: { entity_id: string }): Promise<AuthIdentityDTO> => {
    await new Promise((resolve) => setImmediate(resolve))
    if (this.retrieveFailure) {
      throw this.retrieveFailure
    }
    const found = this.identities.find((identity) => this.providerIdentity(identity, entity_id))
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `AuthIdentity with entity_id "${entity_id}" not found`)
    }
    return structuredClone(found)
  }

  create = async (data: { entity_id: string; provider_metadata?: Record<string, unknown>; user_metadata?: Record<string, unknown> }) => {
    this.createCalls += 1
    await new Promise((resolve) => setImmediate(resolve))
    if (this.identities.some((identity) => this.providerIdentity(identity, data.entity_id))) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Provider identity with entity_id: ${data.entity_id}, provider: ${this.provider}, already exists.`
      )
    }
    const id = `authid_${this.identities.length + 1}`
    const identity: AuthIdentityDTO = {
      id,
      app_metadata: undefined,
      provider_identities: [
        { id: `provid_${this.identities.length + 1}`, provider: this.provider, auth_identity_id: id, ...data },
      ],
    }
    this.identities.push(identity)
    return structuredClone(identity)
  }

  update = async (): Promise<AuthIdentityDTO> => {
    throw new Error("the telegram provider never updates an identity")
  }

  setState = async (): Promise<void> => {
    throw new Error("the telegram provider keeps no state")
  }

  getState = async (): Promise<null> => {
    throw new Error("the telegram provider keeps no state")
  }

  private providerIdentity(identity: AuthIdentityDTO, entityId: string) {
    return identity.provider_identities?.find((pi) => pi.provider === this.provider && pi.entity_id === entityId)
  }
}

function setup(options: { maxAgeSeconds?: number } = {}) {
  const service = new TelegramAuthService({}, { botToken, ...options })
  const identities = new InMemoryAuthIdentities(service.provider)
  return { service, identities }
}

describe("TelegramAuthService", () => {
  it("is the provider named telegram", () => {
    expect(setup().service.provider).toBe("telegram")
  })

  describe("authenticate", () => {
    it("creates an identity keyed by the Telegram user id with the user's names on the first sign-in", async () => {
      const { service, identities } = setup()

      const result = await service.authenticate(launch(), identities)

      expect(result.success).toBe(true)
      expect(identities.identities).toHaveLength(1)
      expect(result.authIdentity).toEqual(identities.identities[0])
      expect(result.authIdentity?.provider_identities?.[0]).toMatchObject({
        provider: "telegram",
        entity_id: "279058397",
        user_metadata: { first_name: "Алишер", last_name: "Каримов", username: "alisher_k", language_code: "uz" },
      })
    })

    it("signs a returning user in to the same identity without creating another", async () => {
      const { service, identities } = setup()
      const first = await service.authenticate(launch(), identities)

      const second = await service.authenticate(launch({ query_id: "another-launch" }), identities)

      expect(second).toEqual({ success: true, authIdentity: first.authIdentity })
      expect(identities.createCalls).toBe(1)
    })

    it("gives concurrent first sign-ins of one user the same single identity", async () => {
      const { service, identities } = setup()

      const results = await Promise.all(Array.from({ length: 5 }, () => service.authenticate(launch(), identities)))

      expect(results.every((result) => result.success)).toBe(true)
      expect(new Set(results.map((result) => result.authIdentity?.id))).toEqual(new Set([identities.identities[0].id]))
      expect(identities.identities).toHaveLength(1)
      expect(identities.createCalls).toBe(5)
    })

    it("keeps different Telegram users apart", async () => {
      const { service, identities } = setup()

      const alisher = await service.authenticate(launch(), identities)
      const dilnoza = await service.authenticate(launch({ user: { id: 42, first_name: "Dilnoza" } }), identities)

      expect(dilnoza.authIdentity?.id).not.toBe(alisher.authIdentity?.id)
      expect(dilnoza.authIdentity?.provider_identities?.[0]).toMatchObject({ entity_id: "42", user_metadata: { first_name: "Dilnoza" } })
    })

    it.each([
      ["no body", {}],
      ["no init_data", { body: {} }],
      ["an empty init_data", { body: { init_data: "" } }],
      ["a non-string init_data", { body: { init_data: { user: "1" } as unknown as string } }],
    ])("answers success:false for %s and creates nothing", async (_, input) => {
      const { service, identities } = setup()

      const result = await service.authenticate(input, identities)

      expect(result).toEqual({ success: false, error: "Send the Mini App's Telegram.WebApp.initData as init_data" })
      expect(identities.createCalls).toBe(0)
    })

    it("answers success:false for initData signed by another bot, and creates nothing", async () => {
      const { service, identities } = setup()

      const result = await service.authenticate(launch({}, "654321:another-bot"), identities)

      expect(result.success).toBe(false)
      expect(result.error).toMatch(/hash does not match/)
      expect(identities.createCalls).toBe(0)
    })

    it("answers success:false for a tampered user id", async () => {
      const { service, identities } = setup()
      const params = new URLSearchParams(launch().body.init_data)
      params.set("user", JSON.stringify({ ...user, id: 1 }))

      const result = await service.authenticate({ body: { init_data: params.toString() } }, identities)

      expect(result.success).toBe(false)
      expect(identities.createCalls).toBe(0)
    })

    it("answers success:false for a launch older than maxAgeSeconds", async () => {
      const { service, identities } = setup({ maxAgeSeconds: 60 })

      const result = await service.authenticate(launch({ auth_date: nowSeconds() - 120 }), identities)

      expect(result.success).toBe(false)
      expect(result.error).toMatch(/expired/)
    })

    it("accepts a launch a few hours old under the default day-long limit", async () => {
      const { service, identities } = setup()

      const result = await service.authenticate(launch({ auth_date: nowSeconds() - 3 * 3600 }), identities)

      expect(result.success).toBe(true)
    })

    it("does not take a failing identity store for a new user", async () => {
      const { service, identities } = setup()
      identities.retrieveFailure = new Error("connection terminated")

      await expect(service.authenticate(launch(), identities)).rejects.toThrow("connection terminated")
      expect(identities.createCalls).toBe(0)
    })
  })

  describe("register", () => {
    it("signs in like authenticate: creates on first use, reuses afterwards", async () => {
      const { service, identities } = setup()

      const registered = await service.register(launch(), identities)
      const again = await service.register(launch(), identities)

      expect(registered.success).toBe(true)
      expect(again.authIdentity?.id).toBe(registered.authIdentity?.id)
      expect(identities.identities).toHaveLength(1)
    })

    it("answers success:false for bad initData", async () => {
      const { service, identities } = setup()

      expect((await service.register({ body: { init_data: "user=1&hash=00" } }, identities)).success).toBe(false)
    })
  })

  describe("validateOptions", () => {
    it.each([
      ["no botToken", {}],
      ["an empty botToken", { botToken: "" }],
    ])("refuses %s", (_, options) => {
      expect(() => TelegramAuthService.validateOptions(options)).toThrow("option botToken is required")
    })

    it.each([[0], [-1], [1.5], ["3600"]])("refuses maxAgeSeconds %p", (maxAgeSeconds) => {
      expect(() => TelegramAuthService.validateOptions({ botToken, maxAgeSeconds })).toThrow("maxAgeSeconds must be")
    })

    it("accepts a botToken with or without maxAgeSeconds", () => {
      expect(() => TelegramAuthService.validateOptions({ botToken })).not.toThrow()
      expect(() => TelegramAuthService.validateOptions({ botToken, maxAgeSeconds: 3600 })).not.toThrow()
    })
  })
})
