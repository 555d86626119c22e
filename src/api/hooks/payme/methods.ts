import type { MedusaContainer } from "@medusajs/framework/types"
import type { PaymeSettings } from "../../../config/payments"
import { GATEWAY_MODULE } from "../../../modules/gateway"
import type GatewayModuleService from "../../../modules/gateway/service"
import { paymeError, type PaymeParams, type PaymeRequest } from "../../../modules/payment-payme/protocol"
import { assertPayable, findGatewaySession } from "../../../workflows/payments/payable-session"
import { assertCartReadyToPay } from "../../../workflows/payments/cart-ready-to-pay"
import { cancelPaymeTransactionWorkflow } from "../../../workflows/payments/payme/cancel-payme-transaction"
import { createPaymeTransactionWorkflow } from "../../../workflows/payments/payme/create-payme-transaction"
import { performPaymeTransactionWorkflow } from "../../../workflows/payments/payme/perform-payme-transaction"
import { isExpired, PAYME_PROVIDER_ID, PaymeState, type PaymeTransactionRow } from "../../../workflows/payments/payme/payme-rules"
import { findPaymeTransaction } from "../../../workflows/payments/payme/steps/load-payme-transaction"
import { recordPaymeFiscalDataWorkflow } from "../../../workflows/payments/payme/record-payme-fiscal-data"
import { cancelledView, checkView, createdView, performedView, statementView } from "./views"

type Handler<M extends PaymeRequest["method"]> = (params: PaymeParams[M], scope: MedusaContainer, settings: PaymeSettings) => Promise<unknown>

const gatewayOf = (scope: MedusaContainer) => scope.resolve<GatewayModuleService>(GATEWAY_MODULE)

async function findTransaction(scope: MedusaContainer, paymeId: string): Promise<PaymeTransactionRow> {
  const row = await findPaymeTransaction(gatewayOf(scope), paymeId)
  if (!row) throw paymeError("TRANSACTION_NOT_FOUND")
  return row
}

const checkPerformTransaction: Handler<"CheckPerformTransaction"> = async (params, scope, settings) => {
  const session = await findGatewaySession(scope, params.account[settings.accountField], PAYME_PROVIDER_ID)
  assertPayable(session, BigInt(params.amount))
  const live = (await gatewayOf(scope).listPaymeTransactions({
    payment_collection_id: session.payment_collection_id,
    state: [PaymeState.CREATED, PaymeState.PERFORMED],
  })) as unknown as PaymeTransactionRow[]
  // An expired transaction no longer holds the order: the next CreateTransaction cancels it.
  if (live.some((transaction) => !isExpired(transaction, Date.now()))) throw paymeError("ORDER_PAYMENT_IN_PROGRESS", settings.accountField)
  await assertCartReadyToPay(scope, session.cart_id)
  return { allow: true }
}

const createTransaction: Handler<"CreateTransaction"> = async (params, scope, settings) => {
  const { result } = await createPaymeTransactionWorkflow(scope).run({
    input: {
      payme_id: params.id,
      payme_time: params.time,
      amount_tiyin: String(params.amount),
      account: params.account,
      payment_session_id: params.account[settings.accountField],
    },
  })
  if (result.refused) throw paymeError("CANNOT_PERFORM")
  return createdView(result.transaction)
}

const performTransaction: Handler<"PerformTransaction"> = async (params, scope) => {
  const { result } = await performPaymeTransactionWorkflow(scope).run({ input: { payme_id: params.id } })
  if (result.refused) throw paymeError("CANNOT_PERFORM")
  return performedView(result.transaction)
}

const cancelTransaction: Handler<"CancelTransaction"> = async (params, scope) => {
  const { result } = await cancelPaymeTransactionWorkflow(scope).run({ input: { payme_id: params.id, reason: params.reason } })
  return cancelledView(result as PaymeTransactionRow)
}

const checkTransaction: Handler<"CheckTransaction"> = async (params, scope) => checkView(await findTransaction(scope, params.id))

const getStatement: Handler<"GetStatement"> = async (params, scope) => {
  const rows = await gatewayOf(scope).listPaymeTransactions(
    { payme_time: { $gte: new Date(params.from), $lte: new Date(params.to) } },
    { order: { payme_time: "ASC" } }
  )
  return { transactions: (rows as unknown as PaymeTransactionRow[]).map(statementView) }
}

const setFiscalData: Handler<"SetFiscalData"> = async (params, scope) => {
  await findTransaction(scope, params.id)
  await recordPaymeFiscalDataWorkflow(scope).run({ input: params })
  return { success: true }
}

export const PAYME_HANDLERS: { [M in PaymeRequest["method"]]: Handler<M> } = {
  CheckPerformTransaction: checkPerformTransaction,
  CreateTransaction: createTransaction,
  PerformTransaction: performTransaction,
  CancelTransaction: cancelTransaction,
  CheckTransaction: checkTransaction,
  GetStatement: getStatement,
  SetFiscalData: setFiscalData,
}
