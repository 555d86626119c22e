import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Update } from "grammy/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow, createPaymentCollectionForCartWorkflow } from "@medusajs/medusa/core-flows"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { sellingContext } from "../../src/modules/telegram/bot/catalog-queries"
import { CAKE_PRICING_MODULE } from "../../src/modules/cake-pricing"
import type CakePricingModuleService from "../../src/modules/cake-pricing/service"
import { CUSTOM_CAKE_MODULE } from "../../src/modules/custom-cake"
import type CustomCakeModuleService from "../../src/modules/custom-cake/service"
import { GATEWAY_MODULE } from "../../src/modules/gateway"
import type GatewayModuleService from "../../src/modules/gateway/service"
import { INVENTORY_LEDGER_MODULE } from "../../src/modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../src/modules/inventory-ledger/service"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { STAFF_CHANNEL_MODULE } from "../../src/modules/staff-channel"
import type StaffChannelModuleService from "../../src/modules/staff-channel/service"
import { shopDay } from "../../src/modules/telegram/bot/dates"
import { setStaffChatWorkflow } from "../../src/workflows/staff-channel/set-staff-chat"
import sendDailyDigest from "../../src/jobs/send-daily-digest"
import backfillGatewayAttemptSellers from "../../src/migration-scripts/backfill-gateway-attempt-sellers"
import { REPORTS_MODULE } from "../../src/modules/reports"
import type ReportsModuleService from "../../src/modules/reports/service"
import { computeDailyReportsWorkflow } from "../../src/workflows/reports/compute-daily-reports"
import { HONEY_CAKE } from "../fixtures/cakes"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { plain, telegramChat } from "../helpers/telegram-chat"

jest.setTimeout(300_000)

const TOKEN = "7000000004:AAH-dasturxon-report-token-0123456789"
const SECRET = "dasturxon-report-secret-0123"
const fake = botAgainstFakeTelegram(TOKEN, SECRET)

const ADMIN = { email: "reports-admin@test.dasturxon.local", password: "correct-horse-battery" }
const STAFF_CHAT = -1002000000001
const OTHER_GROUP = -1002000000009
const BAKER = 5_100_001
const STRANGER = 7_100_001
/** Monday 2 … Wednesday 4 November 2026, Asia/Tashkent (UTC+5): [2026-11-01T19:00Z, 2026-11-04T19:00Z). */
const RANGE = "from=2026-11-02&to=2026-11-04"

let lastUpdateId = 900_000
/** A command typed in a group chat (a private chat's builder does not fit: groups have their own ids and type). */
const groupMessage = (chatId: number, userId: number, text: string): Update => ({
  update_id: ++lastUpdateId,
  message: {
    message_id: lastUpdateId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: "supergroup", title: "Kitchen" },
    from: { id: userId, is_bot: false, first_name: "Baker" },
    text,
    entities: [{ type: "bot_command", offset: 0, length: text.length }],
  },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const staff = () => container().resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const ledger = () => container().resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    const chat = telegramChat(api, fake, SECRET)
    let admin: { authorization: string }
    const get = (path: string, headers: Record<string, string> = admin) => api.get(path, { headers, validateStatus: () => true })
    /** The body as sent, bytes decoded (axios would strip the BOM from a text answer). */
    const getCsv = async (path: string) => {
      const response = await api.get(path, { headers: admin, responseType: "arraybuffer", validateStatus: () => true })
      return { ...response, data: Buffer.from(response.data).toString("utf8") }
    }

    /** A seeded product of a bakery and one of the store, each with its inventory item and a cart's payment collection. */
    type SellerGoods = { seller_id: string; variant_id: string; inventory_item_id: string; payment_collection_id: string }
    let bakeryGoods: SellerGoods
    let storeGoods: SellerGoods

    async function sellerGoods(product: any): Promise<SellerGoods> {
      const where = await sellingContext(container())
      const variant = product.variants.find((candidate: any) => candidate.inventory_items?.length)
      const { result: cart } = await createCartWorkflow(container()).run({ input: { region_id: where.regionId, sales_channel_id: where.salesChannelId, items: [{ variant_id: variant.id, quantity: 1 }] } })
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container()).run({ input: { cart_id: cart.id } })
      return { seller_id: product.bakery?.id ?? "store", variant_id: variant.id, inventory_item_id: variant.inventory_items[0].inventory_item_id, payment_collection_id: collection.id }
    }

    // test-utils restores the database before each test from a snapshot taken after this hook
    beforeAll(async () => {
      await seedDemoStore(container(), { slots: false })
      const { data: products }: { data: any[] } = await container()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "bakery.id", "variants.id", "variants.inventory_items.inventory_item_id"], filters: { status: "published" } })
      const stocked = products.filter((product) => product.variants?.some((variant: any) => variant.inventory_items?.length))
      bakeryGoods = await sellerGoods(stocked.find((product) => product.bakery?.id))
      storeGoods = await sellerGoods(stocked.find((product) => !product.bakery?.id))
      await ensureAdminUser(container(), ADMIN)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
      await setStaffChatWorkflow(container()).run({ input: { seller_id: "store", staff_chat_id: String(STAFF_CHAT), language: "uz" } })
    })
    beforeEach(() => {
      fake().reset()
      fake().addMember(STAFF_CHAT, BAKER)
    })

    let ticketNumber = 0
    const ticket = (seller_id: string, status: string, paidAt: string, seconds: number | null) => ({
      order_id: `order_rep_${++ticketNumber}`,
      display_id: ticketNumber,
      seller_id,
      status: status as "NEW",
      fulfillment: "PICKUP" as const,
      paid_at: new Date(paidAt),
      accepted_at: seconds === null ? null : new Date(Date.parse(paidAt) + seconds * 1000),
      seconds_to_accept: seconds,
    })
    const movement = (item: string, reason: string, quantity: number, before: number, at: string) => ({
      inventory_item_id: item,
      location_id: "sloc_rep",
      reason: reason as "SALE",
      quantity,
      quantity_before: before,
      quantity_after: before + quantity,
      actor_type: "user",
      created_at: new Date(at),
    })
    const cake = (status: string, bakery_id: string | null, rejection_reason: string | null = null) => ({
      status: status as "PAID",
      bakery_id,
      rejection_reason,
      customer_id: "cus_rep",
      region_id: "reg_rep",
      sales_channel_id: "sc_rep",
      currency_code: "uzs",
      features: HONEY_CAKE as unknown as Record<string, unknown>,
      colors: [],
      wanted_at: new Date("2026-11-20T10:00:00Z"),
      fulfillment: "PICKUP" as const,
      predicted_price: 300_000,
      predicted_servings_party: 12,
      predicted_servings_wedding: 25,
      prediction_id: "ppred_rep",
      prediction_source: "model" as const,
      payment_provider_ids: [],
      created_at: new Date("2026-11-03T06:00:00Z"),
    })
    const prediction = (predicted: number, final: number, finalizedAt: string) => ({
      features: HONEY_CAKE as unknown as Record<string, unknown>,
      vector: {},
      predicted_price: predicted,
      source: "model" as const,
      context: "admin",
      servings_party: 12,
      servings_wedding: 25,
      final_price: final,
      difference: final - predicted,
      finalized_at: new Date(finalizedAt),
    })

    /** The figures the expectations below are worked out from by hand. */
    async function seedOperations() {
      await staff().createProductionTickets([
        ticket("store", "ACCEPTED", "2026-11-02T05:00:00Z", 300),
        ticket("store", "ACCEPTED", "2026-11-02T06:00:00Z", 600),
        ticket("store", "ACCEPTED", "2026-11-03T06:00:00Z", 1200),
        ticket("store", "NEW", "2026-11-04T18:59:00Z", null),
        ticket("bak_rep", "ACCEPTED", "2026-11-03T07:00:00Z", 60),
        // 00:00 on 5 November in Tashkent: after the range
        ticket("store", "ACCEPTED", "2026-11-04T19:00:00Z", 100),
      ])
      await ledger().createStockMovements([
        movement("iitem_rep_a", "INCOMING", 20, 10, "2026-11-02T04:00:00Z"),
        movement("iitem_rep_a", "SALE", -5, 30, "2026-11-02T08:00:00Z"),
        movement("iitem_rep_a", "LOSS", -3, 25, "2026-11-03T08:00:00Z"),
        movement("iitem_rep_a", "CORRECTION", 1, 22, "2026-11-04T09:00:00Z"),
        movement("iitem_rep_a", "SALE", -7, 23, "2026-11-04T10:00:00Z"),
        movement("iitem_rep_b", "SALE", -2, 5, "2026-11-04T12:00:00Z"),
        // eight days later: too late to count as correcting the sale
        movement("iitem_rep_b", "CORRECTION", -1, 3, "2026-11-12T12:00:00Z"),
        // 00:30 on 5 November in Tashkent
        movement("iitem_rep_c", "SALE", -1, 4, "2026-11-04T19:30:00Z"),
      ])
      const gateway = container().resolve<GatewayModuleService>(GATEWAY_MODULE)
      const payme = (n: number, state: number, created: string) => ({
        payme_id: `5305e3bab097f420a62ce${String(n).padStart(3, "0")}`,
        payme_time: new Date(created),
        amount_tiyin: 500_000,
        account: {},
        payment_session_id: `payses_rep_${n}`,
        payment_collection_id: `paycol_rep_${n}`,
        state,
        create_time: new Date(created),
      })
      await gateway.createPaymeTransactions([
        payme(1, 2, "2026-11-02T08:00:00Z"),
        payme(2, 2, "2026-11-03T08:00:00Z"),
        payme(3, -2, "2026-11-03T09:00:00Z"),
        payme(4, -1, "2026-11-04T08:00:00Z"),
        payme(5, 1, "2026-11-04T09:00:00Z"),
        payme(6, -1, "2026-11-10T08:00:00Z"),
      ])
      const click = (n: number, status: string) => ({
        click_trans_id: `click_rep_${n}`,
        click_paydoc_id: `paydoc_rep_${n}`,
        payment_session_id: `payses_rep_click_${n}`,
        payment_collection_id: `paycol_rep_click_${n}`,
        amount: "5000.00",
        amount_tiyin: 500_000,
        status: status as "COMPLETED",
        prepared_at: new Date("2026-11-03T10:00:00Z"),
      })
      await gateway.createClickTransactions([click(1, "COMPLETED"), click(2, "CANCELLED"), click(3, "REVERSED"), click(4, "PREPARED")])
      await container()
        .resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE)
        .createCustomCakeRequests([
          cake("PENDING_REVIEW", null),
          cake("APPROVED_AWAITING_PAYMENT", null),
          cake("PAID", null),
          cake("COMPLETED", null),
          cake("REJECTED", null, "too soon"),
          cake("REJECTED", null, "too soon"),
          cake("REJECTED", null, "design"),
          cake("EXPIRED", "bak_rep"),
        ])
      await container()
        .resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
        .createPricePredictions([
          prediction(100_000, 110_000, "2026-11-02T10:00:00Z"),
          prediction(200_000, 190_000, "2026-11-04T10:00:00Z"),
          prediction(100_000, 300_000, "2026-11-09T10:00:00Z"),
        ])
      const scheduling = container().resolve<SchedulingModuleService>(SCHEDULING_MODULE)
      const template = (seller_id: string, type: "PICKUP" | "DELIVERY", weekday: number, starts_at: string, capacity_orders: number) => ({
        seller_id,
        type,
        weekday,
        starts_at,
        ends_at: "13:00",
        capacity_orders,
        capacity_cakes: null,
      })
      await scheduling.createSlotTemplates([template("store", "PICKUP", 1, "10:00", 4), template("store", "PICKUP", 2, "10:00", 4), template("bak_rep", "DELIVERY", 1, "12:00", 6)])
      await scheduling.createSlotUsages([
        { seller_id: "store", type: "PICKUP", date: "2026-11-02", starts_at: "10:00", booked_orders: 3 },
        { seller_id: "bak_rep", type: "DELIVERY", date: "2026-11-02", starts_at: "12:00", booked_orders: 2 },
        { seller_id: "store", type: "PICKUP", date: "2026-11-03", starts_at: "10:00", booked_orders: 1 },
      ])
      await scheduling.createClosures([{ seller_id: "store", date: "2026-11-03" }])
    }

    describe("GET /admin/reports/*", () => {
      it("refuses a request without an admin (401)", async () => {
        for (const report of ["operations", "inventory-turnover", "pricing"]) {
          expect((await get(`/admin/reports/${report}?${RANGE}`, {})).status).toBe(401)
        }
      })

      it("answers the operations KPIs of the range, worked out by hand", async () => {
        await seedOperations()
        const response = await get(`/admin/reports/operations?${RANGE}`)
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          from: "2026-11-02",
          to: "2026-11-04",
          tz: "Asia/Tashkent",
          seller: null,
          // waits 60, 300, 600, 1200 s of 5 tickets: median (300+600)/2, p90 600 + 0.7 × 600, 3 of 5 within 15 min
          acceptance: { tickets: 5, accepted: 4, median_seconds_to_accept: 450, p90_seconds_to_accept: 1020, accepted_within_15_min_share: 0.6 },
          // a's first sale and its loss were corrected within 7 days; its second sale came after the correction; b's was 8 days later
          write_offs: { write_offs: 4, corrected_within_7_days: 2, share_without_correction: 0.5 },
          payments: [
            { gateway: "payme", attempts: 4, succeeded: 3, failed: 1, failure_rate: 0.25 },
            { gateway: "click", attempts: 3, succeeded: 1, failed: 2, failure_rate: 0.6667 },
          ],
          custom_cakes: {
            submitted: 8,
            approved: 4,
            paid: 2,
            rejected: 3,
            approval_rate: 0.5,
            payment_rate: 0.5,
            rejection_reasons: [
              { reason: "too soon", count: 2 },
              { reason: "design", count: 1 },
            ],
          },
          // Monday: store 4 + bakery 6 offered, 3 + 2 booked; Tuesday the store is closed; Wednesday has no slots
          slots: { capacity_orders: 10, booked_orders: 5, utilisation: 0.5 },
        })
      })

      it("narrows tickets, custom cakes and slots to one seller", async () => {
        await seedOperations()
        const response = await get(`/admin/reports/operations?${RANGE}&seller=store`)
        expect(response.status).toBe(200)
        expect(response.data.acceptance).toEqual({ tickets: 4, accepted: 3, median_seconds_to_accept: 600, p90_seconds_to_accept: 1080, accepted_within_15_min_share: 0.5 })
        expect(response.data.custom_cakes).toMatchObject({ submitted: 7, approved: 3, paid: 2, approval_rate: 0.4286, payment_rate: 0.6667 })
        expect(response.data.slots).toEqual({ capacity_orders: 4, booked_orders: 3, utilisation: 0.75 })
        const csv = await getCsv(`/admin/reports/operations?${RANGE}&seller=store&format=csv`)
        expect(csv.data.split("\r\n")).toEqual(expect.arrayContaining(["\uFEFFmetric,value", "acceptance.median_seconds_to_accept,600", "slots.utilisation,0.75", "custom_cakes.rejection_reasons.too soon.count,2"]))
      })

      it("answers inventory turnover per item from the ledger, and as CSV", async () => {
        await seedOperations()
        const response = await get(`/admin/reports/inventory-turnover?${RANGE}`)
        expect(response.status).toBe(200)
        expect(response.data.items).toEqual([
          // day ends 25, 22, 16
          { inventory_item_id: "iitem_rep_a", title: null, sku: null, sold: 12, lost: 3, corrections: 1, opening_stock: 10, closing_stock: 16, average_stock: 21, turnover_ratio: 0.5714, loss_share: 0.2 },
          // day ends 5, 5, 3 → 13 / 3
          { inventory_item_id: "iitem_rep_b", title: null, sku: null, sold: 2, lost: 0, corrections: 0, opening_stock: 5, closing_stock: 3, average_stock: 4.33, turnover_ratio: 0.4619, loss_share: 0 },
        ])
        const csv = await getCsv(`/admin/reports/inventory-turnover?${RANGE}&format=csv`)
        expect(csv.status).toBe(200)
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        expect(csv.data).toBe(
          "\uFEFFinventory_item_id,title,sku,sold,lost,corrections,opening_stock,closing_stock,average_stock,turnover_ratio,loss_share\r\n" +
            "iitem_rep_a,,,12,3,1,10,16,21,0.5714,0.2\r\n" +
            "iitem_rep_b,,,2,0,0,5,3,4.33,0.4619,0\r\n"
        )

        // the nightly job caches the days' stock rows; the report then reads them and answers the same
        await computeDailyReportsWorkflow(container()).run({ input: { dates: ["2026-11-02", "2026-11-03", "2026-11-04"], tz: "Asia/Tashkent" } })
        const cached = await container().resolve<ReportsModuleService>(REPORTS_MODULE).listDailyStocks({ time_zone: "Asia/Tashkent" })
        expect(new Set(cached.map((row) => row.inventory_item_id))).toEqual(new Set(["iitem_rep_a", "iitem_rep_b"]))
        expect((await get(`/admin/reports/inventory-turnover?${RANGE}`)).data.items).toEqual(response.data.items)
        // and it is the cache that answers: a cached day changed by hand shows
        const [dayOfA] = cached.filter((row) => row.inventory_item_id === "iitem_rep_a" && row.date === "2026-11-02")
        await container().resolve<ReportsModuleService>(REPORTS_MODULE).updateDailyStocks({ id: dayOfA.id, sold: dayOfA.sold + 100 })
        expect((await get(`/admin/reports/inventory-turnover?${RANGE}`)).data.items[0]).toMatchObject({ inventory_item_id: "iitem_rep_a", sold: 112 })
      })

      it("narrows stock, payment failures and pricing to one seller through its products, orders and carts", async () => {
        const { seller_id } = bakeryGoods
        await ledger().createStockMovements([
          movement(bakeryGoods.inventory_item_id, "SALE", -2, 10, "2026-11-02T08:00:00Z"),
          movement(bakeryGoods.inventory_item_id, "CORRECTION", 1, 8, "2026-11-03T08:00:00Z"),
          movement(storeGoods.inventory_item_id, "SALE", -1, 5, "2026-11-02T09:00:00Z"),
          movement(storeGoods.inventory_item_id, "LOSS", -1, 4, "2026-11-03T09:00:00Z"),
          // an item no variant uses (a raw material): no seller's
          movement("iitem_rep_flour", "LOSS", -1, 9, "2026-11-03T10:00:00Z"),
        ])
        const attempt = (n: number, payment_collection_id: string, state: number) => ({
          payme_id: `5305e3bab097f420a62cf${String(n).padStart(3, "0")}`,
          payme_time: new Date("2026-11-03T08:00:00Z"),
          amount_tiyin: 500_000,
          account: {},
          payment_session_id: `payses_seller_${n}`,
          payment_collection_id,
          state,
          create_time: new Date("2026-11-03T08:00:00Z"),
        })
        await container()
          .resolve<GatewayModuleService>(GATEWAY_MODULE)
          .createPaymeTransactions([
            attempt(1, bakeryGoods.payment_collection_id, -1),
            attempt(2, bakeryGoods.payment_collection_id, 2),
            attempt(3, storeGoods.payment_collection_id, -1),
            attempt(4, "paycol_of_nothing", -1),
          ])
        const pricing = container().resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
        const [forCake, forVariant] = await pricing.createPricePredictions([
          { ...prediction(100_000, 110_000, "2026-11-02T10:00:00Z"), context: "custom_cake" },
          { ...prediction(200_000, 250_000, "2026-11-03T10:00:00Z"), context: "variant", product_variant_id: bakeryGoods.variant_id },
          { ...prediction(300_000, 310_000, "2026-11-03T11:00:00Z"), context: "variant", product_variant_id: storeGoods.variant_id },
          prediction(100_000, 300_000, "2026-11-04T10:00:00Z"),
        ])
        await container().resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).createCustomCakeRequests([{ ...cake("COMPLETED", seller_id), prediction_id: forCake.id }])

        const turnover = await get(`/admin/reports/inventory-turnover?${RANGE}&seller=${seller_id}`)
        expect(turnover.status).toBe(200)
        expect(turnover.data.items.map((item: { inventory_item_id: string }) => item.inventory_item_id)).toEqual([bakeryGoods.inventory_item_id])
        expect(turnover.data.seller_scope).toMatchObject({ inventory_items_without_seller: expect.any(Number) })

        const operations = await get(`/admin/reports/operations?${RANGE}&seller=${seller_id}`)
        expect(operations.data.write_offs).toEqual({ write_offs: 1, corrected_within_7_days: 1, share_without_correction: 0 })
        expect(operations.data.payments[0]).toEqual({ gateway: "payme", attempts: 2, succeeded: 1, failed: 1, failure_rate: 0.5 })
        expect(operations.data.seller_scope).toMatchObject({ payment_attempts_without_seller: 1 })
        const storeOperations = await get(`/admin/reports/operations?${RANGE}&seller=store`)
        expect(storeOperations.data.write_offs).toEqual({ write_offs: 2, corrected_within_7_days: 0, share_without_correction: 1 })
        expect(storeOperations.data.payments[0]).toMatchObject({ attempts: 1, failed: 1 })
        // without a seller every figure is the shop's: the raw material's loss and the unattributed attempt count
        const shop = await get(`/admin/reports/operations?${RANGE}`)
        expect(shop.data.write_offs.write_offs).toBe(4)
        expect(shop.data.payments[0].attempts).toBe(4)
        expect(shop.data).not.toHaveProperty("seller_scope")

        const accuracy = await get(`/admin/reports/pricing?${RANGE}&seller=${seller_id}`)
        // the custom cake's (−10 000) and the bakery's size's (−50 000); the store's and the calculator's left out
        expect(accuracy.data.overall).toEqual({ count: 2, mae: 30_000, mape: expect.any(Number), mean_signed_error: -30_000 })
        expect(accuracy.data.seller_scope).toMatchObject({ predictions_without_seller: 1 })
        expect(forVariant.product_variant_id).toBe(bakeryGoods.variant_id)
      })

      it("narrows payment failures by the seller each attempt carries, tracing those recorded without one through their payment collection until the backfill records it", async () => {
        const { seller_id } = bakeryGoods
        const gateway = container().resolve<GatewayModuleService>(GATEWAY_MODULE)
        const attempt = (n: number, payment_collection_id: string, state: number, seller: string | null) => ({
          payme_id: `5305e3bab097f420a62d0${String(n).padStart(3, "0")}`,
          payme_time: new Date("2026-11-03T08:00:00Z"),
          amount_tiyin: 500_000,
          account: {},
          payment_session_id: `payses_recorded_${n}`,
          payment_collection_id,
          seller_id: seller,
          state,
          create_time: new Date("2026-11-03T08:00:00Z"),
        })
        const [, , legacy] = await gateway.createPaymeTransactions([
          // recorded with their seller: collections the links know nothing of, so only seller_id places them
          attempt(1, "paycol_recorded_1", -1, seller_id),
          attempt(2, "paycol_recorded_2", 2, "store"),
          // written before attempts carried a seller: the bakery's cart places one, nothing places the other
          attempt(3, bakeryGoods.payment_collection_id, 2, null),
          attempt(4, "paycol_of_nothing", -1, null),
        ])
        await gateway.createClickTransactions({
          click_trans_id: "click_recorded_1",
          click_paydoc_id: "paydoc_recorded_1",
          payment_session_id: "payses_recorded_click_1",
          payment_collection_id: "paycol_recorded_click_1",
          seller_id,
          amount: "5000.00",
          amount_tiyin: 500_000,
          status: "COMPLETED",
          prepared_at: new Date("2026-11-03T10:00:00Z"),
        })
        const payments = async (seller: string) => {
          const { data } = await get(`/admin/reports/operations?${RANGE}&seller=${seller}`)
          return { payments: data.payments, without_seller: data.seller_scope.payment_attempts_without_seller }
        }
        const bakery = {
          payments: [
            { gateway: "payme", attempts: 2, succeeded: 1, failed: 1, failure_rate: 0.5 },
            { gateway: "click", attempts: 1, succeeded: 1, failed: 0, failure_rate: 0 },
          ],
          without_seller: 1,
        }
        expect(await payments(seller_id)).toEqual(bakery)
        expect((await payments("store")).payments[0]).toMatchObject({ attempts: 1, succeeded: 1 })

        await backfillGatewayAttemptSellers({ container: container() })
        expect((await gateway.listPaymeTransactions({ id: legacy.id }))[0].seller_id).toBe(seller_id)
        expect(await gateway.listPaymeTransactions({ seller_id: null }, { select: ["payment_collection_id"] })).toEqual([expect.objectContaining({ payment_collection_id: "paycol_of_nothing" })])
        expect(await payments(seller_id)).toEqual(bakery)
      })

      it("answers the pricing error of the predictions finalized in the range", async () => {
        await seedOperations()
        const response = await get(`/admin/reports/pricing?${RANGE}`)
        expect(response.status).toBe(200)
        // errors −10 000 and +10 000: MAE 10 000, MAPE (10/110 + 10/190) / 2 = 7.18 %, mean signed 0
        const figures = { count: 2, mae: 10_000, mape: 7.18, mean_signed_error: 0 }
        expect(response.data).toMatchObject({ overall: figures, by_size: [{ bucket: "17–20 cm", ...figures }], by_week: [{ week_start: "2026-11-02", ...figures }] })
      })
    })

    describe("/report in the staff chat", () => {
      async function seedDay() {
        const now = new Date().toISOString()
        await staff().createProductionTickets([ticket("store", "NEW", now, null), ticket("store", "PREPARING", now, 30), ticket("store", "DELIVERED", now, 30), ticket("bak_rep", "NEW", now, null)])
        await ledger().createStockThresholds([
          { inventory_item_id: "iitem_rep_low", location_id: "sloc_rep", threshold: 5, below_since: new Date() },
          { inventory_item_id: "iitem_rep_ok", location_id: "sloc_rep", threshold: 5, below_since: null },
        ])
      }
      /** The store chat's (Uzbek) digest of a seeded day: its two open tickets and one low item, around `salesLine`. */
      const storeDigest = (salesLine: string) =>
        [`📊 Bugun, ${shopDay(Date.now())}`, salesLine, "Ishdagi ochiq buyurtmalar: 2", "Qoldigʻi kam mahsulotlar: 1"].join("\n")
      const textsTo = (chatId: number) => fake().callsOf("sendMessage").filter((call) => String(call.params.chat_id) === String(chatId)).map((call) => plain(String(call.params.text)))

      it("answers a member with today's figures in the chat's language", async () => {
        await seedDay()
        await chat.send(groupMessage(STAFF_CHAT, BAKER, "/report"))
        expect(textsTo(STAFF_CHAT)).toEqual([storeDigest("Bugun hali buyurtma yoʻq")])
      })

      it("counts today's orders of the chat's seller, canceled ones left out", async () => {
        await seedDay()
        const orders = container().resolve(Modules.ORDER)
        const line = (unit_price: number) => ({ currency_code: "uzs", items: [{ title: "Napoleon", quantity: 2, unit_price }] })
        const [, , canceled] = await orders.createOrders([line(75_000), line(50_000), line(1_000_000)])
        await orders.cancel(canceled.id)
        await chat.send(groupMessage(STAFF_CHAT, BAKER, "/report"))
        // 2 × 75 000 + 2 × 50 000; the whole reply is compared, so a failure shows what the chat received instead
        expect(textsTo(STAFF_CHAT)).toEqual([storeDigest("Buyurtmalar: 2, jami 250 000 soʻm")])
      })

      it("posts the digest to every staff chat from the daily job, each with its seller's figures in its language", async () => {
        await seedDay()
        await setStaffChatWorkflow(container()).run({ input: { seller_id: "bak_rep", staff_chat_id: String(OTHER_GROUP), language: "ru" } })
        expect(await sendDailyDigest(container())).toEqual({ sent: 2, failed: 0 })
        const today = shopDay(Date.now())
        expect(textsTo(STAFF_CHAT)).toEqual([storeDigest("Bugun hali buyurtma yoʻq")])
        expect(textsTo(OTHER_GROUP)).toEqual([[`📊 Сегодня, ${today}`, "Сегодня заказов пока нет", "Открытых заказов в работе: 1", "Позиций с низким остатком: 1"].join("\n")])
      })

      it("refuses a non-member and stays silent in a group that is no staff chat", async () => {
        await seedDay()
        await chat.send(groupMessage(STAFF_CHAT, STRANGER, "/report"))
        fake().addMember(OTHER_GROUP, BAKER)
        await chat.send(groupMessage(OTHER_GROUP, BAKER, "/report"))
        expect(textsTo(STAFF_CHAT)).toEqual(["Hisobotlar faqat shu xodimlar chati aʼzolari uchun."])
        expect(textsTo(OTHER_GROUP)).toEqual([])
      })
    })
  },
})
