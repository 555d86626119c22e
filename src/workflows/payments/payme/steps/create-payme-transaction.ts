import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import { GatewayOutcomeCodes } from "../../../../modules/gateway/error-codes"
import type GatewayModuleService from "../../../../modules/gateway/service"
import { assertPayable, findGatewaySession } from "../../payable-session"
import { assertCartReadyToPay } from "../../cart-ready-to-pay"
import { sellerOfPayment } from "../../payment-seller"
import { isExpired, PAYME_PROVIDER_ID, PAYME_TIMEOUT_MS, PaymeReason, PaymeState, type PaymeTransactionRow } from "../payme-rules"
import { findPaymeTransaction } from "./load-payme-transaction"

export type CreatePaymeTransactionInput = {
  payme_id: string
  payme_time: number
  amount_tiyin: string
  account: Record<string, string>
  payment_session_id: string
}

export type PaymeOutcome = { transaction: PaymeTransactionRow; refused: boolean }

const isUniqueViolation = (error: unknown) => /unique|duplicate/i.test(error instanceof Error ? error.message : String(error))

/**
 * CreateTransaction under the session's lock: a repeat of the same Payme id answers the stored transaction (or is
 * refused once it left state 1, cancelling it first when the 12 hours ran out); a new id needs a payable session,
 * the exact amount and no other live transaction on the payment collection (the partial unique index backs that up).
 */
export const createPaymeTransactionStep = createStep(
  "create-payme-transaction",
  async (input: CreatePaymeTransactionInput, { container }) => {
    const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
    const now = Date.now()
    const existing = await findPaymeTransaction(gateway, input.payme_id)
    if (existing) {
      if (existing.payment_session_id !== input.payment_session_id || String(existing.amount_tiyin) !== input.amount_tiyin) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payme transaction ${input.payme_id} was created for another payment`, GatewayOutcomeCodes.GATEWAY_TRANSACTION_STATE)
      }
      if (isExpired(existing, now)) {
        const cancelled = await gateway.updatePaymeTransactions({ id: existing.id, state: PaymeState.CANCELLED, reason: PaymeReason.TIMEOUT, cancel_time: new Date(now) })
        return new StepResponse<PaymeOutcome, string | null>({ transaction: cancelled as unknown as PaymeTransactionRow, refused: true }, null)
      }
      return new StepResponse<PaymeOutcome, string | null>({ transaction: existing, refused: existing.state !== PaymeState.CREATED }, null)
    }

    const session = await findGatewaySession(container, input.payment_session_id, PAYME_PROVIDER_ID)
    assertPayable(session, BigInt(input.amount_tiyin))
    if (now - input.payme_time > PAYME_TIMEOUT_MS) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Payme created this transaction more than 12 hours ago", GatewayOutcomeCodes.GATEWAY_TRANSACTION_STATE)
    }
    const [live] = (await gateway.listPaymeTransactions(
      { payment_collection_id: session.payment_collection_id, state: [PaymeState.CREATED, PaymeState.PERFORMED] },
      { take: 1 }
    )) as unknown as PaymeTransactionRow[]
    if (live && isExpired(live, now)) {
      await gateway.updatePaymeTransactions({ id: live.id, state: PaymeState.CANCELLED, reason: PaymeReason.TIMEOUT, cancel_time: new Date(now) })
    } else if (live) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "Another Payme payment of this order is in progress", GatewayOutcomeCodes.PAYMENT_IN_PROGRESS)
    }
    await assertCartReadyToPay(container, session.cart_id)
    const sellerId = await sellerOfPayment(container, session)

    try {
      const created = await gateway.createPaymeTransactions({
        payme_id: input.payme_id,
        payme_time: new Date(input.payme_time),
        amount_tiyin: Number(input.amount_tiyin),
        account: input.account,
        payment_session_id: session.id,
        payment_collection_id: session.payment_collection_id,
        seller_id: sellerId,
        state: PaymeState.CREATED,
        create_time: new Date(now),
      })
      return new StepResponse<PaymeOutcome, string | null>({ transaction: created as unknown as PaymeTransactionRow, refused: false }, created.id)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      throw new MedusaError(MedusaError.Types.CONFLICT, "Another Payme payment of this order is in progress", GatewayOutcomeCodes.PAYMENT_IN_PROGRESS)
    }
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    await container.resolve<GatewayModuleService>(GATEWAY_MODULE).deletePaymeTransactions(createdId)
  }
)
