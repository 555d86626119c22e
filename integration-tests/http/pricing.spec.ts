import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { CAKE_PRICING_MODULE } from "../../src/modules/cake-pricing"
import type CakePricingModuleService from "../../src/modules/cake-pricing/service"
import { predictCakePriceWorkflow } from "../../src/workflows/pricing/predict-cake-price"
import { recordHandSetPriceWorkflow } from "../../src/workflows/pricing/record-hand-set-price"
import { trainPricingModelWorkflow } from "../../src/workflows/pricing/train-pricing-model"
import { HONEY_CAKE } from "../fixtures/cakes"
import { eventually } from "../helpers/eventually"

jest.setTimeout(180_000)

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

    describe("a cake variant's price saved by hand and its servings", () => {
      const napoleon16 = async () => {
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = (await query.graph({ entity: "product_variant", fields: ["id", "product_id", "metadata", "prices.currency_code", "prices.amount"], filters: { sku: "NAPOLEON-16" } })) as { data: any[] }
        return data[0]
      }

      it("records the price staff save in Medusa's own editor as the final price of the suggestion for that size only", async () => {
        const variant = await napoleon16()
        const { data } = await send("post", "/admin/pricing/predict", { features: HONEY_CAKE, sizes_cm: [16, 20, 24], product_variant_id: variant.id })
        const bySize = Object.fromEntries(data.predictions.map((prediction: any) => [prediction.size_cm, prediction.prediction_id]))
        const usd = variant.prices.find((price: any) => price.currency_code === "usd").amount

        // a save that leaves the price as it was (a title edit) finalizes nothing
        await send("post", `/admin/products/${variant.product_id}/variants/${variant.id}`, { title: "16 cm round" })
        const { result: untouched } = await recordHandSetPriceWorkflow(container()).run({ input: { product_variant_id: variant.id } })
        expect(untouched).toBeNull()

        const saved = await send("post", `/admin/products/${variant.product_id}/variants/${variant.id}`, {
          prices: [{ currency_code: "uzs", amount: 199_000 }, { currency_code: "usd", amount: usd }],
        })
        expect(saved.status).toBe(200)
        const finalized = await eventually(async () => {
          const [row] = await pricing().listPricePredictions({ id: bySize[16], final_price: { $ne: null } })
          return row
        }, "the hand-set price in the log")
        expect(finalized).toMatchObject({ final_price: 199_000, difference: 199_000 - finalized.predicted_price })
        const siblings = await pricing().listPricePredictions({ id: [bySize[20], bySize[24]] })
        expect(siblings.map((row) => row.final_price)).toEqual([null, null])

        // saving again does not finalize the sizes offered beside it
        const { result: again } = await recordHandSetPriceWorkflow(container()).run({ input: { product_variant_id: variant.id } })
        expect(again).toBeNull()
      })

      it("shows servings from the variant's size, lets staff set their own number, and shows it on the Store API", async () => {
        const variant = await napoleon16()
        const key = { headers: { "x-publishable-api-key": await publishableKey() } }
        // the seed gives Napoleon 16 cm (10 cm tall) the shop's figure of 6; the estimate is π·8²/25 = 8.04 → 8 party
        const seeded = await send("get", `/admin/pricing/variants/${variant.id}/servings`)
        expect(seeded.data).toEqual({ variant_id: variant.id, estimate: { party: 8, wedding: 16 }, override: 6, servings: 6 })

        const set = await send("post", `/admin/pricing/variants/${variant.id}/servings`, { servings: 9 })
        expect(set.data).toMatchObject({ override: 9, servings: 9 })
        const store = await send("get", `/store/servings-estimate?product_id=${variant.product_id}`, undefined, key)
        expect(store.status).toBe(200)
        expect(store.data.variants).toHaveLength(3)
        expect(store.data.variants.find((row: { variant_id: string }) => row.variant_id === variant.id)).toEqual({ variant_id: variant.id, title: "16 cm", estimate: { party: 8, wedding: 16 }, override: 9, servings: 9 })

        const cleared = await send("post", `/admin/pricing/variants/${variant.id}/servings`, { servings: null })
        expect(cleared.data).toMatchObject({ override: null, servings: 8 })
        const metadata = (await napoleon16()).metadata
        expect(metadata).not.toHaveProperty("servings")
        expect(metadata).toMatchObject({ diameter_cm: 16, height_cm: 10, layers: 6 })

        for (const body of [{ servings: 0 }, { servings: 2.5 }, { servings: "ten" }, {}, { servings: 5, extra: 1 }]) {
          const refused = await send("post", `/admin/pricing/variants/${variant.id}/servings`, body)
          expect([body, refused.status]).toEqual([body, 400])
        }
        expect((await send("post", "/admin/pricing/variants/variant_missing/servings", { servings: 5 })).status).toBe(404)
        expect((await send("post", "/admin/pricing/predict", { features: HONEY_CAKE, product_variant_id: "variant_missing" })).status).toBe(404)
        expect((await send("get", "/store/servings-estimate?product_id=prod_missing", undefined, key)).status).toBe(404)
        const both = await send("get", `/store/servings-estimate?product_id=${variant.product_id}&shape=round`, undefined, key)
        expect(both.status).toBe(400)
        expect(both.data.message).toMatch(/either product_id/)
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
