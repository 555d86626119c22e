import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_CAKE_MODULE } from "../../../modules/custom-cake"
import type CustomCakeModuleService from "../../../modules/custom-cake/service"
import { ReceiptErrorCodes } from "../../../modules/receipt/error-codes"
import { TELEGRAM_MODULE } from "../../../modules/telegram"
import { CATALOG_LOCALES, DEFAULT_LANGUAGE, isBotLanguage } from "../../../modules/telegram/bot/languages"
import { orderItemName } from "../../../modules/telegram/bot/notification-texts"
import type TelegramModuleService from "../../../modules/telegram/service"
import { soldProducts } from "../../storefront/sellers"
import type { ReceiptContent } from "../receipt-document"
import { gatewayTransactionId, paidPayment, type OrderPayment } from "../receipt-payment"
import { receiptSeller } from "../receipt-seller"
import type { ReceiptLanguage } from "../receipt-texts"

const ORDER_FIELDS = [
  "id", "display_id", "currency_code", "customer_id", "locale",
  "total", "item_subtotal", "shipping_subtotal", "discount_total", "tax_total",
  "items.id", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.unit_price", "items.product_id",
  "items.product.title",
  "shipping_methods.name",
  "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.data",
  "payment_collections.payments.payment_session_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount", "payment_collections.payments.captures.created_at",
  "bakery.id",
]

const decimal = (value: unknown) => MathBN.convert((value ?? 0) as string).toString()

type CustomCake = { bakery_id: string | null; locale: string } | null

async function customCakeOfOrder(container: MedusaContainer, orderId: string): Promise<CustomCake> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [link] } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: orderId } })
  if (!link?.cart_id) return null
  const [request] = await container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).listCustomCakeRequests({ cart_id: link.cart_id })
  return request ? { bakery_id: request.bakery_id, locale: request.locale } : null
}

/** The language the customer chose in the bot, else the custom cake request's, else the order's locale, else Russian. */
async function customerLanguage(container: MedusaContainer, customerId: string | null, cake: CustomCake, orderLocale: string | null): Promise<ReceiptLanguage> {
  const [user] = customerId ? await container.resolve<TelegramModuleService>(TELEGRAM_MODULE).listTelegramUsers({ customer_id: customerId }) : []
  const candidates = [user?.language, cake?.locale, orderLocale?.toLowerCase().split("-")[0]]
  return candidates.find(isBotLanguage) ?? DEFAULT_LANGUAGE
}

/**
 * The bakery: the order's link when made (order.placed links it concurrently with this step), else the custom cake
 * request's, else the bakery of the items' products; null for the store's own orders.
 */
async function sellerId(container: MedusaContainer, order: any, cake: CustomCake): Promise<string | null> {
  if (order.bakery?.id) return order.bakery.id
  if (cake?.bakery_id) return cake.bakery_id
  const productIds = (order.items ?? []).map((item: any) => item?.product_id).filter(Boolean)
  const sold = await soldProducts(container.resolve(ContainerRegistrationKeys.QUERY), productIds)
  return sold.find((product) => product.seller)?.seller?.id ?? null
}

export type ReadReceiptContentInput = { order_id: string | null; require_paid?: boolean }

/**
 * What the receipt of the order says, in the customer's language; null when there is no order or it is not paid yet
 * (or, when `require_paid`, 409 RECEIPT_ORDER_NOT_PAID).
 */
export const readReceiptContentStep = createStep("read-receipt-content", async (input: ReadReceiptContentInput, { container }) => {
  if (!input.order_id) return new StepResponse<ReceiptContent | null>(null)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] }: { data: any[] } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} does not exist; check the id.`)
  const payments: OrderPayment[] = (order.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])
  const paid = paidPayment(payments, order.total)
  if (!paid) {
    if (!input.require_paid) return new StepResponse<ReceiptContent | null>(null)
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Order ${order.display_id} is not paid in full yet, so it has no receipt; capture its payment first.`,
      ReceiptErrorCodes.RECEIPT_ORDER_NOT_PAID
    )
  }
  const cake = await customCakeOfOrder(container, order.id)
  const language = await customerLanguage(container, order.customer_id ?? null, cake, order.locale ?? null)
  // the lines keep the titles they were sold under; the products give them in the customer's language now
  const { data: [translated] }: { data: any[] } = await query.graph(
    { entity: "order", fields: ["items.id", "items.product.title"], filters: { id: order.id } },
    { locale: CATALOG_LOCALES[language] }
  )
  const titles = new Map<string, string>((translated?.items ?? []).flatMap((item: any) => (item?.product?.title ? [[item.id, item.product.title]] : [])))
  const items = [...(order.items ?? [])]
    .sort((a: any, b: any) => String(a.id).localeCompare(String(b.id)))
    .map((item: any) => ({
      name: orderItemName({ title: titles.get(item.id) ?? item.product_title ?? item.title, variant_title: item.variant_title }),
      quantity: decimal(item.quantity),
      unit_price: decimal(item.unit_price),
    }))
  const shippingNames = (order.shipping_methods ?? []).map((method: any) => method?.name).filter(Boolean)
  const content: ReceiptContent = {
    order_id: order.id,
    display_id: Number(order.display_id),
    customer_id: order.customer_id ?? null,
    currency_code: order.currency_code,
    language,
    seller: await receiptSeller(container, await sellerId(container, order, cake)),
    items,
    item_subtotal: decimal(order.item_subtotal),
    discount_total: decimal(order.discount_total),
    shipping: shippingNames.length ? { name: shippingNames.join(", "), amount: decimal(order.shipping_subtotal) } : null,
    tax_total: decimal(order.tax_total),
    total: decimal(order.total),
    payment: { provider_id: paid.provider_id, transaction_id: await gatewayTransactionId(container, paid.payment), paid_at: paid.paid_at },
  }
  return new StepResponse<ReceiptContent | null>(content)
})
