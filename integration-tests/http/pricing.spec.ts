import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { CAKE_PRICING_MODULE } from "../../src/modules/cake-pricing"
import { DEMO_INGREDIENTS, type CakeFeatures } from "../../src/modules/cake-pricing/domain"
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
  testSuite: ({ getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const pricing = () => container().resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
    const predict = (sizes_cm: number[] = []) =>
      predictCakePriceWorkflow(container()).run({ input: { features: HONEY_CAKE, sizes_cm, context: "admin" } }).then(({ result }) => result)
    const train = () => trainPricingModelWorkflow(container()).run({ input: {} }).then(({ result }) => result)

    beforeEach(async () => {
      await pricing().createIngredients(
        DEMO_INGREDIENTS.map(({ id, name, unit, cost_per_unit, allergens }) => ({ id, name, unit, cost_per_unit, allergens }))
      )
    })

    it("answers with the baseline before any model is trained, and logs every suggestion per size", async () => {
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
  },
})
