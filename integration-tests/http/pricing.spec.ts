import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { CAKE_PRICING_MODULE } from "../../src/modules/cake-pricing"
import type { CakeFeatures } from "../../src/modules/cake-pricing/domain"
import type CakePricingModuleService from "../../src/modules/cake-pricing/service"
import { predictCakePriceWorkflow } from "../../src/workflows/pricing/predict-cake-price"
import { trainPricingModelWorkflow } from "../../src/workflows/pricing/train-pricing-model"

jest.setTimeout(180_000)

const HONEY_CAKE: CakeFeatures = {
  shape: "round",
  tiers: [{ size_cm: 20, height_cm: 10 }],
  layers: 6,
  flavor: "honey",
  filling: "cream",
  decoration_complexity: 2,
  ingredients: [
    { ingredient_id: "ing_flour", quantity: 0.5 },
    { ingredient_id: "ing_eggs", quantity: 6 },
  ],
  labor_hours: 3,
  rush: false,
  event_type: "birthday",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const pricing = () => container().resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
    const predict = (sizes_cm: number[] = []) =>
      predictCakePriceWorkflow(container()).run({ input: { features: HONEY_CAKE, sizes_cm, context: "admin" } }).then(({ result }) => result)
    const publishableKey = async () => {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "api_key", fields: ["token", "title"], filters: { type: "publishable" } })
      return (data as { token: string; title: string }[]).find((key) => key.title === "Web storefront")!.token
    }
    const train = () => trainPricingModelWorkflow(container()).run({ input: {} }).then(({ result }) => result)

    const ADMIN = { email: "admin@test.dasturxon.local", password: "correct-horse-battery" }
    let headers: { authorization: string }
    const send = (method: "get" | "post" | "delete", path: string, body?: unknown, withHeaders: object = { headers }) =>
      (method === "post" ? api.post(path, body, withHeaders) : api[method](path, withHeaders)).catch((error: any) => {
        if (!error.response) throw error
        return error.response
      })

    beforeAll(async () => {
      // The seed brings the demo ingredient list and trains a first model on generated data.
      await seedDemoStore(container(), { bakeries: false })
      await ensureAdminUser(container(), ADMIN)
      headers = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
    })

    // Each test starts from the seeded database (the runner restores it), so the cold-start tests first retire the seed's model.
    const retireSeededModels = async () => {
      const versions = await pricing().listPricingModelVersions({})
      await pricing().deletePricingModelVersions(versions.map((version) => version.id))
    }

    it("answers with the baseline before any model is trained, and logs every suggestion per size", async () => {
      await retireSeededModels()
      const prices = await predict([16, 20, 24])
      expect(prices.map((price) => [price.size_cm, price.source, price.model_version_id])).toEqual([
        [16, "baseline", null],
        [20, "baseline", null],
        [24, "baseline", null],
      ])
      expect(prices[0].price).toBeLessThan(prices[2].price)
      expect(prices[0].servings.party).toBeLessThan(prices[2].servings.party)
      const logged = await pricing().listPricePredictions({ id: prices.map((price) => price.prediction_id) })
      expect(logged).toHaveLength(3)
      expect(logged.every((row) => row.source === "baseline" && row.final_price === null)).toBe(true)
    })

    it("promotes a first model that beats the baseline, keeps an equal retrain unused, and predicts with the active one", async () => {
      await retireSeededModels()
      const first = await train()
      expect(first).toMatchObject({ promote: true, decision: expect.stringMatching(/^Promoted/), synthetic_count: expect.any(Number) })
      const [active] = await pricing().listPricingModelVersions({ status: "ACTIVE" })
      expect(active.id).toBe(first.id)
      expect(active.holdout_mae).toBeLessThan(active.baseline_mae)

      const [price] = await predict()
      expect(price).toMatchObject({ source: "model", model_version_id: first.id })
      expect(price.price % 1000).toBe(0)

      // Same data, same seed: the new version is no better than the active one and is kept but not used.
      const second = await train()
      expect(second).toMatchObject({ promote: false, decision: expect.stringMatching(/active version's/) })
      const versions = await pricing().listPricingModelVersions({}, { order: { trained_at: "ASC" } })
      expect(versions.map((version) => version.status)).toEqual(["ACTIVE", "CANDIDATE"])
    })

    it("runs concurrent trainings one after the other, leaving exactly one active version", async () => {
      await retireSeededModels()
      const results = await Promise.all([train(), train()])
      expect(results.filter((result) => result.promote)).toHaveLength(1)
      expect(await pricing().listPricingModelVersions({ status: "ACTIVE" })).toHaveLength(1)
    })

    it("refuses an ingredient missing from the price list with UNKNOWN_INGREDIENT and logs nothing", async () => {
      const unknown = { ...HONEY_CAKE, ingredients: [{ name: "saffron", quantity: 1 }] }
      const error = await predictCakePriceWorkflow(container())
        .run({ input: { features: unknown, sizes_cm: [], context: "admin" } })
        .catch((caught) => caught)
      expect(error).toMatchObject({ code: "UNKNOWN_INGREDIENT", message: expect.stringMatching(/saffron/) })
      expect(await pricing().listPricePredictions({})).toEqual([])
    })

    describe("admin API", () => {
      it("predicts per size with servings and the seeded model, and refuses bad input with 400 and a clear message", async () => {
        const ok = await send("post", "/admin/pricing/predict", { features: HONEY_CAKE, sizes_cm: [16, 24] })
        expect(ok.status).toBe(200)
        expect(ok.data.predictions).toEqual([
          expect.objectContaining({ size_cm: 16, source: "model", model_version_id: expect.stringMatching(/^pmv_/), servings: { party: expect.any(Number), wedding: expect.any(Number) } }),
          expect.objectContaining({ size_cm: 24, source: "model" }),
        ])
        const bad = {
          "negative size": { features: { ...HONEY_CAKE, tiers: [{ size_cm: -20, height_cm: 10 }] } },
          "7 tiers": { features: { ...HONEY_CAKE, tiers: Array.from({ length: 7 }, () => ({ size_cm: 20, height_cm: 10 })) } },
          "a size too small": { features: HONEY_CAKE, sizes_cm: [2] },
          "an unknown field": { features: HONEY_CAKE, discount: 5 },
        }
        for (const [name, body] of Object.entries(bad)) {
          const response = await send("post", "/admin/pricing/predict", body)
          expect([name, response.status]).toEqual([name, 400])
          expect(response.data.message).toEqual(expect.any(String))
        }
        const unknown = await send("post", "/admin/pricing/predict", { features: { ...HONEY_CAKE, ingredients: [{ name: "saffron", quantity: 1 }] } })
        expect(unknown.status).toBe(400)
        expect(unknown.data).toMatchObject({ code: "UNKNOWN_INGREDIENT", message: expect.stringMatching(/saffron/) })
      })

      it("applies a suggestion to the variant's UZS price, keeps its USD price, and records the final price", async () => {
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [variant] } = (await query.graph({ entity: "product_variant", fields: ["id", "prices.currency_code", "prices.amount"], filters: { sku: "NAPOLEON-16" } })) as { data: any[] }
        const usd = variant.prices.find((price: any) => price.currency_code === "usd").amount
        const { data } = await send("post", "/admin/pricing/predict", { features: HONEY_CAKE, product_variant_id: variant.id })
        const [suggestion] = data.predictions
        const applied = await send("post", `/admin/pricing/predictions/${suggestion.prediction_id}/apply`, { price: suggestion.price + 5000 })
        expect(applied.status).toBe(200)
        expect(applied.data.prediction).toEqual({ id: suggestion.prediction_id, predicted_price: suggestion.price, final_price: suggestion.price + 5000, difference: 5000, product_variant_id: variant.id })
        const { data: [after] } = (await query.graph({ entity: "product_variant", fields: ["prices.currency_code", "prices.amount"], filters: { id: variant.id } })) as { data: any[] }
        expect(after.prices.find((price: any) => price.currency_code === "uzs").amount).toBe(suggestion.price + 5000)
        expect(after.prices.find((price: any) => price.currency_code === "usd").amount).toBe(usd)

        const accuracy = await send("get", "/admin/pricing/accuracy")
        expect(accuracy.data.overall).toEqual({ count: 1, mae: 5000, mape: expect.any(Number), mean_signed_error: -5000 })
        expect(accuracy.data.by_week).toHaveLength(1)

        const adminOnly = await send("post", "/admin/pricing/predict", { features: HONEY_CAKE })
        const refused = await send("post", `/admin/pricing/predictions/${adminOnly.data.predictions[0].prediction_id}/apply`, {})
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("PREDICTION_NOT_APPLICABLE")
      })

      it("keeps the ingredient list: create, refuse a duplicate name with 409, update, search, delete", async () => {
        const created = await send("post", "/admin/pricing/ingredients", { name: "Pistachio paste", unit: "kg", cost_per_unit: 450_000, allergens: ["Nuts"] })
        expect(created.data.ingredient).toEqual({ id: expect.stringMatching(/^ingr_/), name: "Pistachio paste", unit: "kg", cost_per_unit: 450_000, allergens: ["nuts"] })
        const id = created.data.ingredient.id
        const duplicate = await send("post", "/admin/pricing/ingredients", { name: "pistachio PASTE", unit: "kg", cost_per_unit: 1 })
        expect(duplicate.status).toBe(409)
        expect(duplicate.data.code).toBe("INGREDIENT_NAME_TAKEN")
        expect((await send("post", "/admin/pricing/ingredients", { name: "Salt", unit: "tonne", cost_per_unit: 1 })).status).toBe(400)
        expect((await send("post", `/admin/pricing/ingredients/${id}`, { cost_per_unit: 480_000 })).data.ingredient.cost_per_unit).toBe(480_000)
        expect((await send("get", "/admin/pricing/ingredients?q=pistachio")).data.ingredients.map((row: any) => row.id)).toEqual([id])
        expect((await send("delete", `/admin/pricing/ingredients/${id}`)).data).toEqual({ id, object: "ingredient", deleted: true })
        expect((await send("get", "/admin/pricing/ingredients?q=pistachio")).data.count).toBe(0)
        expect((await send("delete", `/admin/pricing/ingredients/${id}`)).status).toBe(404)
      })

      it("retrains on demand and lists the versions newest first, without their trees", async () => {
        const trained = await send("post", "/admin/pricing/models/train")
        expect(trained.status).toBe(200)
        expect(trained.data).toMatchObject({ promoted: false, decision: expect.stringMatching(/active version's/), model_version: { status: "CANDIDATE" } })
        const { data } = await send("get", "/admin/pricing/models")
        expect(data.count).toBe(2)
        expect(data.model_versions.map((version: any) => version.status)).toEqual(["CANDIDATE", "ACTIVE"])
        expect(data.model_versions[0]).not.toHaveProperty("model")
        expect((await send("get", "/admin/pricing/models", undefined, {})).status).toBe(401)
      })
    })

    describe("GET /store/servings-estimate", () => {
      it("estimates party and wedding servings from the tiers, and refuses a tier larger than the one below", async () => {
        const key = { headers: { "x-publishable-api-key": await publishableKey() } }
        const ok = await send("get", "/store/servings-estimate?shape=round&sizes_cm=20&heights_cm=10", undefined, key)
        expect(ok.status).toBe(200)
        expect(ok.data).toEqual({ shape: "round", servings: { party: 12, wedding: 25 } })
        const upsideDown = await send("get", "/store/servings-estimate?shape=round&sizes_cm=14,20&heights_cm=10,10", undefined, key)
        expect(upsideDown.status).toBe(400)
        expect(upsideDown.data.message).toMatch(/larger than tier 1/)
        expect((await send("get", "/store/servings-estimate?shape=hexagon&sizes_cm=20&heights_cm=10", undefined, key)).status).toBe(400)
      })
    })
  },
})
