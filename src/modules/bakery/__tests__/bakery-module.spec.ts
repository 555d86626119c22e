import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BAKERY_MODULE } from ".."
import type BakeryModuleService from "../service"

jest.setTimeout(60_000)

const application = (email: string) => ({
  applicant_name: "Dilnoza Karimova",
  email,
  phone: "+998901234567",
  new_bakery: { name: "Dilnoza's Cakes", handle: "dilnoza-cakes" },
})

// The schema comes from the module's own migrations, so these tests check the constraints that ship.
moduleIntegrationTestRunner<BakeryModuleService>({
  moduleName: BAKERY_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    describe("bakery handle", () => {
      it("refuses a second live bakery with the same handle", async () => {
        await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        await expect(service.createBakeries({ handle: "non-uyi", name: "Copy" })).rejects.toThrow(/handle.*already exists/)
        expect(await service.listBakeries({ handle: "non-uyi" })).toHaveLength(1)
      })

      it("frees the handle of a soft-deleted bakery and refuses to restore it while another uses the handle", async () => {
        const first = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        await service.softDeleteBakeries(first.id)
        const second = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi 2" })
        expect(second.id).not.toBe(first.id)
        await expect(service.restoreBakeries(first.id)).rejects.toThrow(/already exists/)
      })

      it("defaults to Asia/Tashkent, active, no rating", async () => {
        const bakery = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        expect(bakery).toMatchObject({ timezone: "Asia/Tashkent", status: "active", rating_average: 0, rating_count: 0 })
      })

      it("keeps the rating average between 0 and 5 and the count non-negative", async () => {
        const bakery = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        await expect(service.updateBakeries({ id: bakery.id, rating_average: 5.1 })).rejects.toThrow()
        await expect(service.updateBakeries({ id: bakery.id, rating_count: -1 })).rejects.toThrow()
        await service.updateBakeries({ id: bakery.id, rating_average: 4.5, rating_count: 2 })
        const [stored] = await service.listBakeries({ id: bakery.id })
        expect(stored).toMatchObject({ rating_average: 4.5, rating_count: 2 })
      })
    })

    describe("bakery reviews", () => {
      it.each([0, 6, -1])("refuses a rating of %i in the database", async (rating) => {
        const bakery = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        await expect(
          service.createBakeryReviews({ bakery_id: bakery.id, rating, customer_id: "cus_1", order_id: "order_1" })
        ).rejects.toThrow(/bakery_review_rating_range/)
        expect(await service.listBakeryReviews({})).toHaveLength(0)
      })

      it("accepts ratings 1 to 5 and at most one review per order", async () => {
        const bakery = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        for (const rating of [1, 2, 3, 4, 5]) {
          await service.createBakeryReviews({ bakery_id: bakery.id, rating, customer_id: "cus_1", order_id: `order_${rating}` })
        }
        await expect(
          service.createBakeryReviews({ bakery_id: bakery.id, rating: 4, customer_id: "cus_1", order_id: "order_1" })
        ).rejects.toThrow(/order_id.*already exists/)
        expect(await service.listBakeryReviews({ bakery_id: bakery.id })).toHaveLength(5)
      })
    })

    describe("baker applications", () => {
      it("allows one pending application per email", async () => {
        await service.createBakerApplications(application("dilnoza@example.uz"))
        await expect(service.createBakerApplications(application("dilnoza@example.uz"))).rejects.toThrow(/email.*already exists/)
        await service.createBakerApplications(application("other@example.uz"))
        expect(await service.listBakerApplications({ status: "pending" })).toHaveLength(2)
      })

      it("lets an applicant apply again once the earlier application is decided or withdrawn", async () => {
        const first = await service.createBakerApplications(application("dilnoza@example.uz"))
        await service.updateBakerApplications({ id: first.id, status: "rejected", rejection_reason: "No licence" })
        const second = await service.createBakerApplications(application("dilnoza@example.uz"))
        await service.updateBakerApplications({ id: second.id, status: "withdrawn" })
        await service.createBakerApplications(application("dilnoza@example.uz"))
        expect(await service.listBakerApplications({ email: "dilnoza@example.uz" })).toHaveLength(3)
      })

      it("keeps the history of an application in the order it happened", async () => {
        const { id } = await service.createBakerApplications(application("dilnoza@example.uz"))
        await service.createBakerApplicationStatusChanges({ application_id: id, from_status: null, to_status: "pending", actor_type: "applicant" })
        await service.createBakerApplicationStatusChanges({
          application_id: id,
          from_status: "pending",
          to_status: "approved",
          actor_type: "user",
          actor_id: "user_1",
        })
        const [stored] = await service.listBakerApplications({ id }, { relations: ["history"] })
        const history = [...stored.history].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
        expect(history.map((change) => [change.from_status, change.to_status, change.actor_type])).toEqual([
          [null, "pending", "applicant"],
          ["pending", "approved", "user"],
        ])
      })

      it("refuses an actor type outside applicant, user and system", async () => {
        const { id } = await service.createBakerApplications(application("dilnoza@example.uz"))
        await expect(
          service.createBakerApplicationStatusChanges({ application_id: id, to_status: "approved", actor_type: "robot" as "user" })
        ).rejects.toThrow()
      })
    })

    describe("soft delete", () => {
      it("hides a soft-deleted bakery but not its bakers, reviews or applications: the delete workflow removes bakers itself", async () => {
        const bakery = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        const baker = await service.createBakers({ bakery_id: bakery.id, name: "Aziz", email: "aziz@example.uz" })
        await service.createBakeryReviews({ bakery_id: bakery.id, rating: 5, customer_id: "cus_1", order_id: "order_1" })
        await service.createBakerApplications({ ...application("dilnoza@example.uz"), new_bakery: null, bakery_id: bakery.id })

        await service.softDeleteBakeries(bakery.id)

        expect(await service.listBakeries({ id: bakery.id })).toHaveLength(0)
        expect(await service.listBakers({ id: baker.id })).toHaveLength(1)
        expect(await service.listBakeryReviews({ bakery_id: bakery.id })).toHaveLength(1)
        expect(await service.listBakerApplications({ bakery_id: bakery.id })).toHaveLength(1)

        await service.restoreBakeries(bakery.id)
        expect(await service.listBakeries({ id: bakery.id })).toHaveLength(1)
      })

      it("refuses to hard-delete a bakery that still has bakers", async () => {
        const bakery = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        await service.createBakers({ bakery_id: bakery.id, name: "Aziz", email: "aziz@example.uz" })
        await expect(service.deleteBakeries(bakery.id)).rejects.toThrow()
        expect(await service.listBakeries({ id: bakery.id })).toHaveLength(1)
      })

      it("frees a baker's email when the baker is soft-deleted", async () => {
        const bakery = await service.createBakeries({ handle: "non-uyi", name: "Non Uyi" })
        const baker = await service.createBakers({ bakery_id: bakery.id, name: "Aziz", email: "aziz@example.uz" })
        await expect(service.createBakers({ bakery_id: bakery.id, name: "Aziz 2", email: "aziz@example.uz" })).rejects.toThrow(
          /email.*already exists/
        )
        await service.softDeleteBakers(baker.id)
        await service.createBakers({ bakery_id: bakery.id, name: "Aziz 2", email: "aziz@example.uz" })
      })
    })
  },
})
