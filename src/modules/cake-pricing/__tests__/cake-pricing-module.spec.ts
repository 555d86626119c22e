import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CAKE_PRICING_MODULE } from ".."
import type CakePricingModuleService from "../service"

jest.setTimeout(60_000)

const version = (status: "ACTIVE" | "CANDIDATE" | "RETIRED") => ({
  model: { kind: "gbrt", version: 1, trees: [] },
  feature_names: ["total_volume_cm3"],
  sample_count: 800,
  holdout_count: 200,
  holdout_mae: 40_000.5,
  holdout_mape: 4.25,
  baseline_mae: 170_000,
  status,
  decision: "test",
  trained_at: new Date("2026-11-22T03:00:00Z"),
})

// The schema comes from the module's own migrations, so these tests check the constraints that ship.
moduleIntegrationTestRunner<CakePricingModuleService>({
  moduleName: CAKE_PRICING_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    describe("model versions", () => {
      it("allows one ACTIVE version at most, and any number of candidates and retired ones", async () => {
        await service.createPricingModelVersions([version("ACTIVE"), version("CANDIDATE"), version("CANDIDATE"), version("RETIRED")])
        await expect(service.createPricingModelVersions(version("ACTIVE"))).rejects.toThrow()
        expect(await service.listPricingModelVersions({ status: "ACTIVE" })).toHaveLength(1)
      })

      it("keeps the metrics as floats and the serialized model as stored", async () => {
        const created = await service.createPricingModelVersions(version("CANDIDATE"))
        const stored = await service.retrievePricingModelVersion(created.id)
        expect(stored).toMatchObject({ holdout_mae: 40_000.5, holdout_mape: 4.25, model: { kind: "gbrt", version: 1, trees: [] } })
      })
    })

    describe("ingredients", () => {
      it("refuses a second live ingredient with the same name and frees it once deleted", async () => {
        const flour = await service.createIngredients({ name: "Wheat flour", unit: "kg", cost_per_unit: 8_000, allergens: ["gluten"] })
        await expect(service.createIngredients({ name: "Wheat flour", unit: "kg", cost_per_unit: 9_000 })).rejects.toThrow()
        await service.softDeleteIngredients(flour.id)
        await expect(service.createIngredients({ name: "Wheat flour", unit: "kg", cost_per_unit: 9_000 })).resolves.toMatchObject({ cost_per_unit: 9_000 })
      })
    })
  },
})
