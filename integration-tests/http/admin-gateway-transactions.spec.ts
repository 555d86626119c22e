import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { GATEWAY_MODULE } from "../../src/modules/gateway"
import type GatewayModuleService from "../../src/modules/gateway/service"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"

jest.setTimeout(120_000)

const ADMIN = { email: "admin@test.dasturxon.local", password: "correct-horse-battery" }

const responseOf = (error: any) => {
  if (!error.response) throw error
  return error.response
}

type PaymeFields = { state: number; reason?: number; create_time: Date; perform_time?: Date; cancel_time?: Date }
type ClickFields = {
  status: "PREPARED" | "COMPLETED" | "CANCELLED" | "REVERSED"
  failure?: string
  prepared_at: Date
  completed_at?: Date
  reversed_at?: Date
}

const at = (time: string) => new Date(`2026-11-22T${time}.000Z`)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { authorization: string }

    const container = (): MedusaContainer => getContainer()
    const gateway = () => container().resolve<GatewayModuleService>(GATEWAY_MODULE)
    const get = (path: string, options: object = { headers }) => api.get(path, options).catch(responseOf)

    /** An order paid through the given number of payment collections (an edited order gets a second one). */
    async function orderWithPaymentCollections(count: number) {
      const order = await container()
        .resolve(Modules.ORDER)
        .createOrders({ currency_code: "uzs", email: "buyer@example.uz" })
      if (!count) return { orderId: order.id, collectionIds: [] }
      const collections = await container()
        .resolve(Modules.PAYMENT)
        .createPaymentCollections(Array.from({ length: count }, () => ({ currency_code: "uzs", amount: 5000 })))
      await container()
        .resolve(ContainerRegistrationKeys.LINK)
        .create(
          collections.map((collection) => ({
            [Modules.ORDER]: { order_id: order.id },
            [Modules.PAYMENT]: { payment_collection_id: collection.id },
          }))
        )
      return { orderId: order.id, collectionIds: collections.map((collection) => collection.id) }
    }

    const paymeRow = (paymentCollectionId: string, paymeId: string, fields: PaymeFields) => ({
      payme_id: paymeId,
      payme_time: fields.create_time,
      amount_tiyin: 500000,
      account: { payment_session_id: `payses_${paymeId}` },
      payment_session_id: `payses_${paymeId}`,
      payment_collection_id: paymentCollectionId,
      ...fields,
    })

    const clickRow = (paymentCollectionId: string, clickTransId: string, fields: ClickFields) => ({
      click_trans_id: clickTransId,
      click_paydoc_id: `paydoc_${clickTransId}`,
      payment_session_id: `payses_${clickTransId}`,
      payment_collection_id: paymentCollectionId,
      amount: "1234.50",
      amount_tiyin: 123450,
      ...fields,
    })

    beforeAll(async () => {
      await ensureAdminUser(container(), ADMIN)
      const login = await api.post("/auth/user/emailpass", ADMIN)
      headers = { authorization: `Bearer ${login.data.token}` }
    })

    describe("GET /admin/orders/:id/gateway-transactions", () => {
      it("lists the Payme and Click transactions of all the order's payment collections, oldest first", async () => {
        const { orderId, collectionIds: [first, second] } = await orderWithPaymentCollections(2)
        const { collectionIds: [otherOrders] } = await orderWithPaymentCollections(1)
        const [timedOut, performed] = await gateway().createPaymeTransactions([
          paymeRow(first, "5305e3bab097f420a62ced01", {
            state: -1,
            reason: 4,
            create_time: at("08:00:00"),
            cancel_time: at("20:00:00"),
          }),
          paymeRow(first, "5305e3bab097f420a62ced02", {
            state: 2,
            create_time: at("21:00:00"),
            perform_time: at("21:00:30"),
          }),
          paymeRow(otherOrders, "5305e3bab097f420a62ced03", {
            state: 2,
            create_time: at("09:00:00"),
            perform_time: at("09:00:01"),
          }),
        ])
        const [reversed] = await gateway().createClickTransactions([
          clickRow(second, "9007199254740993", {
            status: "REVERSED",
            failure: "The order was canceled before the payment arrived",
            prepared_at: at("10:00:00"),
            completed_at: at("10:00:05"),
            reversed_at: at("10:00:06"),
          }),
          clickRow(otherOrders, "9007199254740994", { status: "PREPARED", prepared_at: at("11:00:00") }),
        ])

        const response = await get(`/admin/orders/${orderId}/gateway-transactions`)

        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          transactions: [
            {
              gateway: "payme",
              id: timedOut.id,
              gateway_transaction_id: "5305e3bab097f420a62ced01",
              state: "CANCELLED",
              state_code: -1,
              amount: "5000",
              reason: 4,
              created_at: "2026-11-22T08:00:00.000Z",
              performed_at: null,
              cancelled_at: "2026-11-22T20:00:00.000Z",
              reversed_at: null,
              failure: null,
            },
            {
              gateway: "click",
              id: reversed.id,
              gateway_transaction_id: "9007199254740993",
              state: "REVERSED",
              state_code: null,
              amount: "1234.5",
              reason: null,
              created_at: "2026-11-22T10:00:00.000Z",
              performed_at: "2026-11-22T10:00:05.000Z",
              cancelled_at: null,
              reversed_at: "2026-11-22T10:00:06.000Z",
              failure: "The order was canceled before the payment arrived",
            },
            {
              gateway: "payme",
              id: performed.id,
              gateway_transaction_id: "5305e3bab097f420a62ced02",
              state: "PERFORMED",
              state_code: 2,
              amount: "5000",
              reason: null,
              created_at: "2026-11-22T21:00:00.000Z",
              performed_at: "2026-11-22T21:00:30.000Z",
              cancelled_at: null,
              reversed_at: null,
              failure: null,
            },
          ],
        })
      })

      it("answers an empty list for an order that no gateway has been asked to pay", async () => {
        const { orderId } = await orderWithPaymentCollections(1)
        const { orderId: unpaid } = await orderWithPaymentCollections(0)

        for (const id of [orderId, unpaid]) {
          const response = await get(`/admin/orders/${id}/gateway-transactions`)
          expect([id, response.status, response.data]).toEqual([id, 200, { transactions: [] }])
        }
      })

      it("answers 404 for an unknown order", async () => {
        const response = await get("/admin/orders/order_unknown/gateway-transactions")
        expect(response.status).toBe(404)
        expect(response.data.message).toContain("order_unknown")
      })

      it("answers 401 without an admin token", async () => {
        const { orderId } = await orderWithPaymentCollections(1)
        expect((await get(`/admin/orders/${orderId}/gateway-transactions`, {})).status).toBe(401)
      })
    })
  },
})
