import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { countSeededEntities } from "../helpers/counts"

jest.setTimeout(120_000)

const ADMIN = { email: "admin@test.dasturxon.local", password: "correct-horse-battery" }

// One suite for the foundation: every suite pays a fresh migration (~10 s), and the seeded database is
// snapshotted after beforeAll and restored before each test.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKeys: { title: string; token: string }[]

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoStore(container)
      await ensureAdminUser(container, ADMIN)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "api_key", fields: ["title", "token"], filters: { type: "publishable" } })
      publishableKeys = data.filter((key: { title: string }) => key.title !== "Default Publishable API Key")
    })

    describe("GET /health/ready", () => {
      it("answers 200 with the database up and reports each dependency", async () => {
        const response = await api.get("/health/ready")
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          status: "ready",
          database: "up",
          redis: process.env.REDIS_URL ? "up" : "not_configured",
          version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        })
      })
    })

    describe("seed", () => {
      it("changes nothing when run a second time", async () => {
        const container = getContainer()
        const before = await countSeededEntities(container)
        const summary = await seedDemoStore(container)
        const after = await countSeededEntities(container)
        expect(summary.createdSomething).toBe(false)
        expect(after).toEqual(before)
        expect(before.product).toBeGreaterThanOrEqual(12)
        expect(before.region).toBeGreaterThanOrEqual(2)
        expect(before.translation).toBeGreaterThan(0)
        expect(before.bakery).toBe(2)
        expect(before.baker_application).toBe(1)
        expect(before.ingredient).toBeGreaterThanOrEqual(10)
        expect(before.pricing_model_version).toBe(1)
      })
    })

    describe("Store API", () => {
      it("has one publishable key per storefront channel", () => {
        expect(publishableKeys.map((key) => key.title).sort()).toEqual(["Telegram storefront", "Web storefront"])
      })

      it("lists the seeded products with each publishable key", async () => {
        for (const key of publishableKeys) {
          const response = await api.get("/store/products?limit=50&fields=handle,*variants", {
            headers: { "x-publishable-api-key": key.token },
          })
          expect(response.status).toBe(200)
          expect(response.data.count).toBeGreaterThanOrEqual(12)
          const handles = response.data.products.map((product: { handle: string }) => product.handle)
          expect(handles).toEqual(expect.arrayContaining(["medovik", "napoleon"]))
        }
      })

      it("serves Russian, Uzbek and English titles of a product", async () => {
        const headers = { "x-publishable-api-key": publishableKeys[0].token }
        const titleIn = async (locale: string) => {
          const response = await api.get(`/store/products?handle=medovik&fields=title&locale=${locale}`, { headers })
          return response.data.products[0].title as string
        }
        const [ru, uz, en] = [await titleIn("ru-RU"), await titleIn("uz-Latn-UZ"), await titleIn("en-US")]
        expect(ru).toMatch(/[А-Яа-яЁё]/)
        expect(new Set([ru, uz, en]).size).toBe(3)
      })

      it("refuses a request without a publishable key with 400 and says which header is missing", async () => {
        const response = await api.get("/store/products").catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("x-publishable-api-key")
      })
    })

    describe("Admin API", () => {
      it("answers 401 without a token", async () => {
        const response = await api.get("/admin/products").catch((error: any) => error.response)
        expect(response.status).toBe(401)
      })

      it("answers 200 with the token of the admin user", async () => {
        const login = await api.post("/auth/user/emailpass", ADMIN)
        expect(login.data.token).toEqual(expect.any(String))
        const response = await api.get("/admin/products?limit=1", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(response.status).toBe(200)
        expect(response.data.count).toBeGreaterThanOrEqual(12)
      })

      it("refuses a wrong password with 401", async () => {
        const response = await api
          .post("/auth/user/emailpass", { email: ADMIN.email, password: "wrong-password" })
          .catch((error: any) => error.response)
        expect(response.status).toBe(401)
      })
    })
  },
})
