import { tiyinToClickAmount } from "./amount"

export type ClickPayUrlInput = {
  payUrl: string
  serviceId: string
  merchantId: string
  amountTiyin: bigint
  /** Comes back as merchant_trans_id in Prepare and Complete. */
  transactionParam: string
  returnUrl?: string
  merchantUserId?: string
}

/** The Click payment page the buyer is sent to (§2.7). */
export function clickPayUrl(input: ClickPayUrlInput): string {
  const url = new URL(input.payUrl)
  const params = {
    service_id: input.serviceId,
    merchant_id: input.merchantId,
    amount: tiyinToClickAmount(input.amountTiyin),
    transaction_param: input.transactionParam,
    return_url: input.returnUrl,
    merchant_user_id: input.merchantUserId,
  }
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) {
      url.searchParams.set(name, value)
    }
  }
  return url.toString()
}
