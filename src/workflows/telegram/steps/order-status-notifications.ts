import { telegramChatOf } from "../telegram-chat-of"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_LANGUAGE, isBotLanguage } from "../../../modules/telegram/bot/languages"
import { customerOfOrder, orderIdOfFulfillment, readOrder } from "../../../modules/telegram/bot/order-queries"

/**
 * The order events the customer hears about. Payloads (Medusa 2.21): order.placed / completed / canceled carry the
 * order's `id`; order.fulfillment_created carries `order_id` and `fulfillment_id`; shipment.created and
 * delivery.created carry only the fulfilment's `id`.
 */
export const ORDER_STATUS_EVENTS = [
  OrderWorkflowEvents.PLACED,
  OrderWorkflowEvents.FULFILLMENT_CREATED,
  FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  FulfillmentWorkflowEvents.DELIVERY_CREATED,
  OrderWorkflowEvents.COMPLETED,
  OrderWorkflowEvents.CANCELED,
] as const

export type OrderStatusEvent = (typeof ORDER_STATUS_EVENTS)[number]

/** Events about one package of an order: their message is keyed by the fulfilment, so each package is told once. */
export const ORDER_EVENTS_BY_FULFILLMENT: readonly OrderStatusEvent[] = [
  OrderWorkflowEvents.FULFILLMENT_CREATED,
  FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  FulfillmentWorkflowEvents.DELIVERY_CREATED,
]

export type OrderEventPayload = { id?: string; order_id?: string; fulfillment_id?: string; no_notification?: boolean }

/** The workflow's input from an event's payload: which order or which fulfilment it is about. */
export function orderStatusInput(event: OrderStatusEvent, payload: OrderEventPayload) {
  if (event === OrderWorkflowEvents.FULFILLMENT_CREATED) return { event, order_id: payload.order_id, fulfillment_id: payload.fulfillment_id }
  if (ORDER_EVENTS_BY_FULFILLMENT.includes(event)) return { event, fulfillment_id: payload.id }
  return { event, order_id: payload.id }
}

export type OrderStatusNotificationInput = { event: OrderStatusEvent; order_id?: string; fulfillment_id?: string }

type Notification = { to: string; channel: string; template: string; data: Record<string, unknown>; idempotency_key: string }

/**
 * The customer's Telegram message about their order (template = the event; data holds what the text needs in their
 * language: number, items, total, pickup or delivery and the wanted time). Nothing when the bot is off, the order is
 * not a Telegram user's, or they blocked the bot. One key per event and entity: the same event twice sends once.
 */
export const orderStatusNotificationsStep = createStep(
  "order-status-notifications",
  async (input: OrderStatusNotificationInput, { container }) => {
    const none = new StepResponse([] as Notification[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const byFulfillment = ORDER_EVENTS_BY_FULFILLMENT.includes(input.event)
    const orderId = byFulfillment && input.fulfillment_id ? await orderIdOfFulfillment(query, input.fulfillment_id) : input.order_id
    const customerId = orderId ? await customerOfOrder(query, orderId) : null
    const chat = customerId ? await telegramChatOf(container, customerId) : null
    if (!orderId || !chat) return none
    const language = isBotLanguage(chat.language) ? chat.language : DEFAULT_LANGUAGE
    const order = await readOrder(query, orderId, language)
    if (!order) return none
    const entityId = byFulfillment ? input.fulfillment_id : order.id
    return new StepResponse([
      {
        to: chat.chat_id,
        channel: "telegram",
        template: input.event,
        idempotency_key: `telegram:${input.event}:${entityId}`,
        data: {
          locale: language,
          order_id: order.id,
          display_id: order.display_id,
          currency_code: order.currency_code,
          total: order.total,
          items: order.items.map(({ title, variant_title, quantity }) => ({ title, variant_title, quantity })),
          fulfillment: order.fulfillment,
          wanted_date: order.wanted_date,
          wanted_time: order.wanted_time,
        },
      },
    ])
  }
)
