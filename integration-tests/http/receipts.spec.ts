import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { PDFParse } from "pdf-parse"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { BAKERY_MODULE } from "../../src/modules/bakery"
import type BakeryModuleService from "../../src/modules/bakery/service"
import { RECEIPT_MODULE } from "../../src/modules/receipt"
import type ReceiptModuleService from "../../src/modules/receipt/service"
import { CUSTOM_CAKE_MODULE } from "../../src/modules/custom-cake"
import type CustomCakeModuleService from "../../src/modules/custom-cake/service"
import { TELEGRAM_MODULE } from "../../src/modules/telegram"
import type TelegramModuleService from "../../src/modules/telegram/service"
import { CATALOG_LOCALES, type BotLanguage } from "../../src/modules/telegram/bot/languages"
import { generateOrderReceiptWorkflow } from "../../src/workflows/receipts/generate-order-receipt"
import { formatMoney } from "../../src/workflows/receipts/receipt-format"
import { includedVat } from "../../src/workflows/receipts/receipt-document"
import type { FakeTelegramUpload } from "../fakes/telegram-bot-api"
import { HONEY_CAKE_DESCRIBED } from "../fixtures/cakes"
import { eventually } from "../helpers/eventually"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { checkoutState, startGatewayCheckout, storeFixtures, type GatewayCheckout } from "../helpers/gateway-checkout"
import { systemOrders } from "../helpers/system-orders"

jest.setTimeout(240_000)

const PAYME_KEY = "payme-live-key-0123456789abcdefghijklmn"
process.env.PAYME_MERCHANT_ID = "587f72c72cac0d162c722ae2"
process.env.PAYME_KEY = PAYME_KEY
process.env.PAYME_TEST_MODE = "false"
process.env.RECEIPT_SHOP_DETAILS = "Bukhara, Mustaqillik 5|INN 301234567"
const fake = botAgainstFakeTelegram("7000000011:AAH-dasturxon-receipts-token-0123456789", "dasturxon-receipts-secret-0123")

const ADMIN = { email: "admin@test.dasturxon.local", password: "correct-horse-battery" }
const OWNER_EMAIL = "dilnoza@example.uz"
const CHAT_ID = 880_001
const PROMO = "RECEIPT10"
const COURIER = "Courier delivery in Bukhara"

const EXPECTED = {
  ru: { receipt: "Чек № 000001", order: "Заказ №", discount: "Скидка", delivery: "Доставка", total: "Итого", vat: "В том числе НДС 12%", method: "Способ оплаты Payme", transaction: "ID транзакции", caption: /^Чек № 000001 по заказу № \d+$/ },
  uz: { receipt: "Chek № 000001", order: "Buyurtma №", discount: "Chegirma", delivery: "Yetkazib berish", total: "Jami", vat: "Shu jumladan QQS 12%", method: "Toʻlov usuli Payme", transaction: "Tranzaksiya ID", caption: /^Buyurtma № \d+ cheki № 000001$/ },
  en: { receipt: "Receipt No. 000001", order: "Order No.", discount: "Discount", delivery: "Delivery", total: "Total", vat: "Including VAT 12%", method: "Payment method Payme", transaction: "Transaction ID", caption: /^Receipt No\. 000001 for order No\. \d+$/ },
} as const

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    return (await parser.getText()).text
  } finally {
    await parser.destroy()
  }
}

const responseOf = (error: any) => {
  if (!error.response) throw error
  return error.response
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const receipts = () => container().resolve<ReceiptModuleService>(RECEIPT_MODULE)
    const telegram = () => container().resolve<TelegramModuleService>(TELEGRAM_MODULE)
    const orders = systemOrders(container)
    let fixtures: Awaited<ReturnType<typeof storeFixtures>>
    let admin: Record<string, string>
    let owner: Record<string, string>
    let stranger: Record<string, string>
    let ownerId: string
    let paymeCounter = 0

    async function customer(email: string) {
      const password = "receipt-lover-12345"
      const registration = await api.post("/auth/customer/emailpass/register", { email, password })
      const created = await api.post("/store/customers", { email, first_name: "Dilnoza" }, { headers: { ...fixtures.web, authorization: `Bearer ${registration.data.token}` } })
      const { token } = (await api.post("/auth/customer/emailpass", { email, password })).data
      return { headers: { ...fixtures.web, authorization: `Bearer ${token}` }, id: created.data.customer.id as string }
    }

    beforeAll(async () => {
      await seedDemoStore(container())
      await ensureAdminUser(container(), ADMIN)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
      fixtures = await storeFixtures(api, query())
      await orders.prepare()
      const ownerLogin = await customer(OWNER_EMAIL)
      owner = ownerLogin.headers
      ownerId = ownerLogin.id
      stranger = (await customer("stranger@example.uz")).headers
      await telegram().createTelegramUsers([{ telegram_id: String(CHAT_ID), chat_id: String(CHAT_ID), customer_id: ownerId, first_name: "Dilnoza", language: "ru" }])
      await createPromotionsWorkflow(container()).run({
        input: {
          promotionsData: [
            { code: PROMO, type: "standard", status: "active", application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 } },
          ],
        },
      })
      const [nonUyi] = await container().resolve<BakeryModuleService>(BAKERY_MODULE).listBakeries({ handle: "non-uyi" })
      await container().resolve<BakeryModuleService>(BAKERY_MODULE).updateBakeries({ id: nonUyi.id, vat_rate: 12 })
    })

    beforeEach(() => fake().reset())

    const payme = (method: string, params: Record<string, unknown>) =>
      api
        .post("/hooks/payme", JSON.stringify({ id: ++paymeCounter, method, params }), {
          headers: { authorization: `Basic ${Buffer.from(`Paycom:${PAYME_KEY}`).toString("base64")}`, "content-type": "application/json" },
          transformRequest: [(data: unknown) => data],
        })
        .then((response: { data: any }) => response.data)

    /** Two Napoleons with the 10 % code and courier delivery, paid through Payme by the owner: the order and Payme's id. */
    async function paidWithPayme(): Promise<{ orderId: string; paymeId: string; sale: GatewayCheckout }> {
      const sale = await startGatewayCheckout(api, owner, {
        region_id: fixtures.uzbekistan,
        variant_id: fixtures.variantOf("napoleon"),
        provider_id: "pp_payme_payme",
        quantity: 2,
        shipping: COURIER,
        promo_codes: [PROMO],
      })
      const paymeId = `6570a2c4e1b2c3d4e5f6a8${(++paymeCounter % 256).toString(16).padStart(2, "0")}`
      const account = { order_id: sale.session_id }
      expect(await payme("CreateTransaction", { id: paymeId, time: Date.now(), amount: Number(sale.amount_tiyin), account })).toMatchObject({ result: { state: 1 } })
      expect(await payme("PerformTransaction", { id: paymeId })).toMatchObject({ result: { state: 2 } })
      const [orderId] = (await checkoutState(container(), sale)).orders
      return { orderId, paymeId, sale }
    }

    const receiptOf = (orderId: string) => receipts().listReceipts({ order_id: orderId })
    const madeReceipt = (orderId: string) =>
      eventually(async () => (await receiptOf(orderId)).find((receipt) => receipt.file_id) ?? undefined, `the receipt of ${orderId}`)
    const sentDocuments = () => fake().callsOf("sendDocument")
    /** The receipt once its Telegram message is recorded (the fake sees the call before the row is updated). */
    const sentReceipt = (orderId: string) =>
      eventually(async () => (await receiptOf(orderId)).find((receipt) => receipt.sent_to_telegram_at) ?? undefined, `the receipt of ${orderId} in Telegram`)
    const download = (url: string, headers: Record<string, string>) => api.get(url, { headers, responseType: "arraybuffer" }).catch(responseOf)

    async function orderFigures(orderId: string, language: BotLanguage) {
      const { data: [order] }: { data: any[] } = await query().graph({
        entity: "order",
        fields: ["display_id", "currency_code", "total", "item_subtotal", "discount_total", "shipping_subtotal", "items.unit_price", "items.quantity", "items.variant_title", "bakery.name"],
        filters: { id: orderId },
      })
      // the title in the customer's language, as Medusa's Translation module gives it
      const { data: [translated] }: { data: any[] } = await query().graph(
        { entity: "order", fields: ["items.id", "items.product.id", "items.product.title"], filters: { id: orderId } },
        { locale: CATALOG_LOCALES[language] }
      )
      const money = (amount: unknown) => formatMoney(amount as string, order.currency_code, language)
      return { order, title: translated.items[0].product.title as string, money }
    }

    describe("a paid order's receipt", () => {
      it.each(["ru", "uz", "en"] as const)(
        "is made once in %s with the seller, number, items, discount, delivery, VAT, total, Payme and its transaction id, and sent to Telegram once",
        async (language) => {
          await telegram().updateTelegramUsers({ selector: { telegram_id: String(CHAT_ID) }, data: { language } })
          const { orderId, paymeId } = await paidWithPayme()
          const receipt = await madeReceipt(orderId)
          expect(receipt).toMatchObject({ number: 1, language, seller_id: expect.stringMatching(/^bkry_/) })

          const response = await download(`/store/orders/${orderId}/receipt`, owner)
          expect(response.status).toBe(200)
          expect(response.headers["content-type"]).toBe("application/pdf")
          const text = await pdfText(Buffer.from(response.data))
          const { order, title, money } = await orderFigures(orderId, language)
          const words = EXPECTED[language]
          expect(Number(order.discount_total)).toBeGreaterThan(0)
          expect(Number(order.shipping_subtotal)).toBeGreaterThan(0)
          for (const line of [
            order.bakery.name,
            "Bahouddin Naqshband koʻchasi 5, Bukhara",
            words.receipt,
            `${words.order} ${order.display_id}`,
            `${title} (${order.items[0].variant_title})`,
            `2 × ${money(order.items[0].unit_price)} ${money(Number(order.items[0].unit_price) * 2)}`,
            `${words.discount} -${money(order.discount_total)}`,
            `${words.delivery} ${money(order.shipping_subtotal)}`,
            COURIER,
            `${words.total} ${money(order.total)}`,
            `${words.vat} ${money(includedVat(String(order.total), 12))}`,
            words.method,
            `${words.transaction} ${paymeId}`,
          ]) {
            expect(text).toContain(line)
          }

          expect(await sentReceipt(orderId)).toMatchObject({ telegram_chat_id: String(CHAT_ID), telegram_message_id: expect.any(Number) })
          const [sent] = sentDocuments()
          expect(sent.params.chat_id).toBe(CHAT_ID)
          expect(String(sent.params.caption)).toMatch(words.caption)
          const upload = sent.params.document as FakeTelegramUpload
          expect(upload.filename).toBe("receipt-000001.pdf")
          expect(upload.bytes.equals(Buffer.from(response.data))).toBe(true)
          expect(sentDocuments()).toHaveLength(1)
        }
      )

      it("keeps one receipt, one number and one Telegram message when order.placed is redelivered and the workflow runs concurrently", async () => {
        const { orderId } = await paidWithPayme()
        const first = await madeReceipt(orderId)
        await sentReceipt(orderId)
        await container().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: orderId } })
        const runs = await Promise.all([1, 2, 3, 4].map(() => generateOrderReceiptWorkflow(container()).run({ input: { order_id: orderId } })))
        expect(runs.map(({ result }) => result)).toEqual(runs.map(() => ({ receipt_id: first.id, created: false })))
        const [all] = await receipts().listAndCountReceipts({})
        expect(all).toHaveLength(1)
        expect(all[0]).toMatchObject({ id: first.id, number: 1, file_id: first.file_id })
        const { data: links }: { data: any[] } = await query().graph({ entity: "order", fields: ["receipt.id"], filters: { id: orderId } })
        expect(links[0].receipt.id).toBe(first.id)
        expect(sentDocuments()).toHaveLength(1)
      })

      it("gives concurrent first runs of two orders one receipt each, numbered 1 and 2", async () => {
        const cart = async () => {
          const placed = await orders.placeOrder(ownerId, [{ variant_id: fixtures.variantOf("red-roses-bouquet"), quantity: 1 }])
          const { data: [order] }: { data: any[] } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: placed.id } })
          return { orderId: placed.id, paymentId: order.payment_collections[0].payments[0].id as string }
        }
        const placed = [await cart(), await cart()]
        // captured in the payment module directly: no payment.captured, so only these runs make receipts
        for (const { paymentId } of placed) await container().resolve(Modules.PAYMENT).capturePayment({ payment_id: paymentId })
        const runs = await Promise.all(placed.flatMap(({ orderId }) => [1, 2, 3].map(() => generateOrderReceiptWorkflow(container()).run({ input: { order_id: orderId } }))))
        expect(runs.filter(({ result }) => result.created)).toHaveLength(2)
        const [all] = await receipts().listAndCountReceipts({}, { order: { number: "ASC" } })
        expect(all.map((receipt) => receipt.number)).toEqual([1, 2])
        expect(new Set(all.map((receipt) => receipt.order_id))).toEqual(new Set(placed.map(({ orderId }) => orderId)))
        expect(all.every((receipt) => receipt.file_id)).toBe(true)
      })
    })

    describe("custom cakes", () => {
      it("gives a custom cake paid through its Payme link one receipt from the request's bakery", async () => {
        const [nonUyi] = await container().resolve<BakeryModuleService>(BAKERY_MODULE).listBakeries({ handle: "non-uyi" })
        const submitted = await api.post(
          "/store/custom-cakes",
          { features: HONEY_CAKE_DESCRIBED, colors: ["white"], wanted_at: new Date(Date.now() + 5 * 86_400_000).toISOString(), fulfillment: "PICKUP", bakery_id: nonUyi.id },
          { headers: owner }
        )
        const cake = submitted.data.custom_cake
        const approved = await api.post(`/admin/custom-cakes/${cake.id}/approve`, { final_price: 350_000, final_servings: 14 }, { headers: admin })
        const link = approved.data.custom_cake.payment_links.find((candidate: { provider_id: string }) => candidate.provider_id === "pp_payme_payme").url
        // our payment page redirects to Payme's checkout, whose URL names the session and the amount
        const page = await api.get(new URL(link).pathname, { maxRedirects: 0, validateStatus: () => true })
        const fields = Object.fromEntries(Buffer.from(String(page.headers.location).split("/").pop()!, "base64").toString().split(";").map((pair) => pair.split("=")))
        const paymeId = "6570a2c4e1b2c3d4e5f6a9c1"
        const account = { order_id: fields["ac.order_id"] }
        expect(await payme("CreateTransaction", { id: paymeId, time: Date.now(), amount: Number(fields.a), account })).toMatchObject({ result: { state: 1 } })
        expect(await payme("PerformTransaction", { id: paymeId })).toMatchObject({ result: { state: 2 } })

        const paid = await eventually(async () => {
          const [request] = await container().resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).listCustomCakeRequests({ id: cake.id })
          return request.order_id ?? undefined
        }, "the custom cake's order")
        const receipt = await madeReceipt(paid)
        expect(receipt).toMatchObject({ number: 1, seller_id: nonUyi.id })
        const text = await pdfText(Buffer.from((await download(`/store/orders/${paid}/receipt`, owner)).data))
        for (const line of ["Non Uyi", `Custom cake #${cake.display_id}`, "1 × 350 000 сум 350 000 сум", "Итого 350 000 сум", `ID транзакции ${paymeId}`]) {
          expect(text).toContain(line)
        }
        await sentReceipt(paid)
        expect(await receipts().listReceipts({})).toHaveLength(1)
        expect(sentDocuments()).toHaveLength(1)
      })
    })

    describe("orders paid later", () => {
      it("makes no receipt for an authorized order and one, without a VAT line, when staff capture its payment", async () => {
        const placed = await orders.placeOrder(ownerId, [{ variant_id: fixtures.variantOf("red-roses-bouquet"), quantity: 1 }])
        await container().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: placed.id } })
        expect((await generateOrderReceiptWorkflow(container()).run({ input: { order_id: placed.id } })).result).toEqual({ receipt_id: null, created: false })
        expect(await receiptOf(placed.id)).toHaveLength(0)
        expect((await download(`/store/orders/${placed.id}/receipt`, owner)).status).toBe(404)

        const { data: [order] }: { data: any[] } = await query().graph({ entity: "order", fields: ["total", "payment_collections.payments.id"], filters: { id: placed.id } })
        await capturePaymentWorkflow(container()).run({ input: { payment_id: order.payment_collections[0].payments[0].id } })
        const receipt = await madeReceipt(placed.id)
        expect(receipt).toMatchObject({ number: 1, seller_id: null, language: "ru" })
        const text = await pdfText(Buffer.from((await download(`/store/orders/${placed.id}/receipt`, owner)).data))
        for (const line of ["Dasturxon", "Bukhara, Mustaqillik 5", "INN 301234567", `Итого ${formatMoney(order.total, "uzs", "ru")}`, "Способ оплаты Оплата вручную"]) {
          expect(text).toContain(line)
        }
        expect(text).not.toMatch(/НДС|Налог/)
        expect(text).not.toContain("ID транзакции")
      })
    })

    describe("Store API", () => {
      it("shows the receipt on the owner's order and list, lets only the owner download it, and asks a login", async () => {
        const { orderId } = await paidWithPayme()
        await madeReceipt(orderId)
        const view = { id: expect.stringMatching(/^rcpt_/), number: "000001", generated_at: expect.any(String), download_url: `/store/orders/${orderId}/receipt` }

        const retrieved = await api.get(`/store/orders/${orderId}`, { headers: owner })
        expect(retrieved.data.order.receipt).toEqual(view)
        expect(retrieved.data.order.total).toBeGreaterThan(0)
        const listed = await api.get("/store/orders", { headers: owner })
        expect(listed.data.orders.find((order: { id: string }) => order.id === orderId).receipt).toEqual(view)

        const theirs = await api.get(`/store/orders/${orderId}`, { headers: stranger }).catch(responseOf)
        expect(theirs.data.order?.receipt).toBeUndefined()
        const anonymous = await api.get(`/store/orders/${orderId}`, { headers: fixtures.web }).catch(responseOf)
        expect(anonymous.data.order?.receipt).toBeUndefined()

        const refused = await api.get(`/store/orders/${orderId}/receipt`, { headers: stranger }).catch(responseOf)
        expect(refused.status).toBe(404)
        expect(refused.data).toMatchObject({ code: "RECEIPT_NOT_FOUND" })
        expect((await download(`/store/orders/${orderId}/receipt`, fixtures.web)).status).toBe(401)
      })
    })

    describe("admin", () => {
      it("downloads the PDF, shows the receipt on the order and regenerates it with the same number in the customer's new language", async () => {
        const { orderId } = await paidWithPayme()
        const first = await madeReceipt(orderId)
        await sentReceipt(orderId)

        const pdf = await download(`/admin/orders/${orderId}/receipt`, admin)
        expect(pdf.status).toBe(200)
        expect(pdf.headers["content-type"]).toBe("application/pdf")
        expect(await pdfText(Buffer.from(pdf.data))).toContain("Чек № 000001")
        const { data } = await api.get(`/admin/orders/${orderId}?fields=id,receipt.number,receipt.file_id`, { headers: admin })
        expect(data.order.receipt).toMatchObject({ number: 1, file_id: first.file_id })

        await telegram().updateTelegramUsers({ selector: { telegram_id: String(CHAT_ID) }, data: { language: "en" } })
        const regenerated = await api.post(`/admin/orders/${orderId}/receipt`, {}, { headers: admin })
        expect(regenerated.data.receipt).toMatchObject({ id: first.id, number: "000001", language: "en", download_url: `/admin/orders/${orderId}/receipt` })
        const [after] = await receiptOf(orderId)
        expect(after.file_id).not.toBe(first.file_id)
        expect(await pdfText(Buffer.from((await download(`/admin/orders/${orderId}/receipt`, admin)).data))).toContain("Receipt No. 000001")
        // the replaced PDF is gone, the new one is in the private folder (local storage keeps files under their ids)
        expect(fs.existsSync(path.join(process.env.FILE_PRIVATE_UPLOAD_DIR!, first.file_id!))).toBe(false)
        expect(fs.existsSync(path.join(process.env.FILE_PRIVATE_UPLOAD_DIR!, after.file_id!))).toBe(true)
        expect(await receipts().listReceipts({})).toHaveLength(1)
        expect(sentDocuments()).toHaveLength(1)
      })

      it("answers 409 RECEIPT_ORDER_NOT_PAID to regenerating an unpaid order and 404 RECEIPT_NOT_FOUND to its download", async () => {
        const placed = await orders.placeOrder(ownerId, [{ variant_id: fixtures.variantOf("red-roses-bouquet"), quantity: 1 }])
        const refused = await api.post(`/admin/orders/${placed.id}/receipt`, {}, { headers: admin }).catch(responseOf)
        expect(refused.status).toBe(409)
        expect(refused.data).toMatchObject({ code: "RECEIPT_ORDER_NOT_PAID" })
        const missing = await api.get(`/admin/orders/${placed.id}/receipt`, { headers: admin }).catch(responseOf)
        expect(missing.status).toBe(404)
        expect(await receipts().listReceipts({})).toHaveLength(0)
      })
    })
  },
})
