import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOM_CAKE_MODULE } from ".."
import type CustomCakeModuleService from "../service"

jest.setTimeout(60_000)

const request = (overrides: Record<string, unknown> = {}) => ({
  customer_id: "cus_1",
  region_id: "reg_1",
  sales_channel_id: "sc_1",
  currency_code: "uzs",
  features: { shape: "round" },
  colors: ["white"],
  wanted_at: new Date("2026-12-01T10:00:00Z"),
  fulfillment: "PICKUP" as const,
  predicted_price: 250_000,
  predicted_servings_party: 12,
  predicted_servings_wedding: 25,
  prediction_id: "ppred_1",
  prediction_source: "model" as const,
  payment_provider_ids: [],
  ...overrides,
})

// The schema comes from the module's own migrations, so these tests check the constraints that ship.
moduleIntegrationTestRunner<CustomCakeModuleService>({
  moduleName: CUSTOM_CAKE_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    it("numbers requests one after another and starts them in PENDING_REVIEW", async () => {
      const [first, second] = await service.createCustomCakeRequests([request(), request()])
      expect(second.display_id).toBe(first.display_id + 1)
      expect(first.status).toBe("PENDING_REVIEW")
      expect(Number(first.predicted_price)).toBe(250_000)
    })

    it("keeps a cart and a payment-link token to one request each", async () => {
      await service.createCustomCakeRequests(request({ cart_id: "cart_1", payment_link_token: "token-1" }))
      await expect(service.createCustomCakeRequests(request({ cart_id: "cart_1" }))).rejects.toThrow()
      await expect(service.createCustomCakeRequests(request({ payment_link_token: "token-1" }))).rejects.toThrow()
      // many requests have neither yet
      await expect(service.createCustomCakeRequests([request(), request()])).resolves.toHaveLength(2)
    })

    it("refuses a status outside the machine", async () => {
      await expect(service.createCustomCakeRequests(request({ status: "DONE" }))).rejects.toThrow()
    })

    it("keeps the history and the photos with their request", async () => {
      const created = await service.createCustomCakeRequests(request())
      await service.createCustomCakeStatusChanges({ request_id: created.id, from_status: null, to_status: "PENDING_REVIEW", actor_type: "customer", actor_id: "cus_1" })
      const [photo] = await service.createCustomCakeImages([{ file_id: "file_1", customer_id: "cus_1", mime_type: "image/png", size: 68, filename: "idea.png" }])
      expect((await service.listCustomCakeImages({ request_id: null })).map((image) => image.id)).toEqual([photo.id])
      await service.updateCustomCakeImages({ id: photo.id, request_id: created.id })
      const [loaded] = await service.listCustomCakeRequests({ id: created.id }, { relations: ["history", "images"] })
      expect(loaded.history.map((line) => line.to_status)).toEqual(["PENDING_REVIEW"])
      expect(loaded.images.map((image) => image.id)).toEqual([photo.id])
    })

    it("answers the bakery of the requests made from the given suggestions, not of deleted ones", async () => {
      const [, , deleted] = await service.createCustomCakeRequests([
        request({ prediction_id: "ppred_a", bakery_id: "bkry_1" }),
        request({ prediction_id: "ppred_b" }),
        request({ prediction_id: "ppred_c", bakery_id: "bkry_2" }),
        request({ prediction_id: "ppred_other", bakery_id: "bkry_1" }),
      ])
      await service.softDeleteCustomCakeRequests(deleted.id)
      const bakeries = await service.listBakeriesOfPredictions(["ppred_a", "ppred_b", "ppred_c", "ppred_none"])
      expect(bakeries.sort((a, b) => a.prediction_id.localeCompare(b.prediction_id))).toEqual([
        { prediction_id: "ppred_a", bakery_id: "bkry_1" },
        { prediction_id: "ppred_b", bakery_id: null },
      ])
      expect(await service.listBakeriesOfPredictions([])).toEqual([])
    })
  },
})
