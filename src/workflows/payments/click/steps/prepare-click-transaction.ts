import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import { GatewayOutcomeCodes } from "../../../../modules/gateway/error-codes"
import type GatewayModuleService from "../../../../modules/gateway/service"
import { assertPayable, findGatewaySession } from "../../payable-session"
import { assertCartReadyToPay } from "../../cart-ready-to-pay"
import { sellerOfPayment } from "../../payment-seller"
import { CLICK_PROVIDER_ID, type ClickTransactionRow, type ClickVerdict } from "../click-rules"

export type PrepareClickTransactionInput = {
  click_trans_id: string
  click_paydoc_id: string
  payment_session_id: string
  amount: string
  amount_tiyin: string
}

export type ClickOutcome = { verdict: ClickVerdict; transaction: ClickTransactionRow | null }

const VERDICT_OF_STATUS: Record<ClickTransactionRow["status"], ClickVerdict> = {
  PREPARED: "OK",
  COMPLETED: "ALREADY_PAID",
  CANCELLED: "CANCELLED",
  REVERSED: "CANCELLED",
}

/**
 * Prepare under the session's lock. A repeat of the same click_trans_id answers its stored prepare id. A new attempt
 * needs a payable session and the exact amount; an older attempt still waiting on the same payment is superseded
 * (cancelled), so at most one attempt can complete and the payer is never charged twice for one order.
 */
export const prepareClickTransactionStep = createStep(
  "prepare-click-transaction",
  async (input: PrepareClickTransactionInput, { container }) => {
    const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
    const [existing] = (await gateway.listClickTransactions({ click_trans_id: input.click_trans_id }, { take: 1 })) as unknown as ClickTransactionRow[]
    if (existing) {
      if (existing.payment_session_id !== input.payment_session_id) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "This Click attempt belongs to another payment", GatewayOutcomeCodes.GATEWAY_TRANSACTION_NOT_FOUND)
      }
      return new StepResponse<ClickOutcome, string | null>({ verdict: VERDICT_OF_STATUS[existing.status], transaction: existing }, null)
    }

    const session = await findGatewaySession(container, input.payment_session_id, CLICK_PROVIDER_ID)
    assertPayable(session, BigInt(input.amount_tiyin))
    await assertCartReadyToPay(container, session.cart_id)
    const sellerId = await sellerOfPayment(container, session)
    const waiting = (await gateway.listClickTransactions({ payment_collection_id: session.payment_collection_id, status: "PREPARED" })) as unknown as ClickTransactionRow[]
    if (waiting.length) {
      await gateway.updateClickTransactions(
        waiting.map((row) => ({ id: row.id, status: "CANCELLED" as const, cancel_reason: "SUPERSEDED", cancelled_at: new Date() }))
      )
    }
    const created = await gateway.createClickTransactions({
      click_trans_id: input.click_trans_id,
      click_paydoc_id: input.click_paydoc_id,
      payment_session_id: session.id,
      payment_collection_id: session.payment_collection_id,
      seller_id: sellerId,
      amount: input.amount,
      amount_tiyin: Number(input.amount_tiyin),
      prepared_at: new Date(),
    })
    return new StepResponse<ClickOutcome, string | null>({ verdict: "OK", transaction: created as unknown as ClickTransactionRow }, created.id)
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    await container.resolve<GatewayModuleService>(GATEWAY_MODULE).deleteClickTransactions(createdId)
  }
)
