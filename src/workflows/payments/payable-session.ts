import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { soumToTiyin } from "../../lib/payments/money"
import { GatewayOutcomeCodes } from "../../modules/gateway/error-codes"

export type PayableSession = {
  id: string
  provider_id: string
  status: string
  amount_tiyin: bigint
  payment_collection_id: string
  collection_status: string
  cart_id: string | null
  cart_completed: boolean
  order_id: string | null
}

type SessionRow = {
  id: string
  provider_id: string
  status: string
  amount: number | string
  currency_code: string
  payment_collection_id: string
  payment_collection?: { status: string } | null
}

const PAID_SESSION = ["authorized", "captured"]
const PAID_COLLECTION = ["authorized", "partially_authorized", "completed", "partially_captured", "partially_refunded", "refunded"]

/** The session a gateway reference names, with what decides whether it can still be paid. */
export async function findGatewaySession(container: MedusaContainer, sessionId: string, providerId: string): Promise<PayableSession> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_session",
    fields: ["id", "provider_id", "status", "amount", "currency_code", "payment_collection_id", "payment_collection.status"],
    filters: { id: sessionId },
  })
  const session = data[0] as SessionRow | undefined
  if (!session || session.provider_id !== providerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No payment ${sessionId} awaits this gateway`, GatewayOutcomeCodes.PAYMENT_REFERENCE_NOT_FOUND)
  }
  return {
    id: session.id,
    provider_id: session.provider_id,
    status: session.status,
    amount_tiyin: soumToTiyin(session.amount),
    payment_collection_id: session.payment_collection_id,
    collection_status: session.payment_collection?.status ?? "not_paid",
    ...(await findPaymentCollectionOwner(container, session.payment_collection_id)),
  }
}

export type PaymentCollectionOwner = { cart_id: string | null; cart_completed: boolean; order_id: string | null }

/** The cart (that becomes an order) or the existing order a payment collection belongs to. */
export async function findPaymentCollectionOwner(container: MedusaContainer, collectionId: string): Promise<PaymentCollectionOwner> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, { data: orders }] = await Promise.all([
    query.graph({ entity: "cart_payment_collection", fields: ["cart_id", "cart.completed_at"], filters: { payment_collection_id: collectionId } }),
    query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collectionId } }),
  ])
  const cart = carts[0] as { cart_id: string; cart?: { completed_at: string | null } | null } | undefined
  return {
    cart_id: cart?.cart_id ?? null,
    cart_completed: !!cart?.cart?.completed_at,
    order_id: (orders[0] as { order_id: string } | undefined)?.order_id ?? null,
  }
}

/** Throws the outcome that tells the gateway why this session cannot take a new payment of `amountTiyin`. */
export function assertPayable(session: PayableSession, amountTiyin: bigint): void {
  if (PAID_SESSION.includes(session.status) || PAID_COLLECTION.includes(session.collection_status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payment ${session.id} is already paid`, GatewayOutcomeCodes.PAYMENT_ALREADY_PAID)
  }
  if (session.status !== "pending" || session.cart_completed || ["canceled", "failed"].includes(session.collection_status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payment ${session.id} can no longer be paid`, GatewayOutcomeCodes.PAYMENT_NOT_PAYABLE)
  }
  if (amountTiyin !== session.amount_tiyin) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Amount ${amountTiyin} tiyin does not match the ${session.amount_tiyin} tiyin due`,
      GatewayOutcomeCodes.PAYMENT_AMOUNT_MISMATCH
    )
  }
}
