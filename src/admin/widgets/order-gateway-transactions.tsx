import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { GatewayTransactionView } from "../../api/admin/orders/[id]/gateway-transactions/normalize"
import { sdk } from "../lib/sdk"

type Color = "green" | "red" | "orange" | "grey" | "purple"

/** Payme's states (1, 2, -1, -2) and Click's statuses, as the route names them. */
const STATES: Record<string, { label: string; color: Color }> = {
  CREATED: { label: "Created", color: "orange" },
  PERFORMED: { label: "Performed", color: "green" },
  REFUNDED: { label: "Refunded", color: "purple" },
  PREPARED: { label: "Prepared", color: "orange" },
  COMPLETED: { label: "Completed", color: "green" },
  REVERSED: { label: "Reversed", color: "red" },
  CANCELLED: { label: "Cancelled", color: "grey" },
}

/** Payme's CancelTransaction reasons (protocol doc §1.5); Payme may send others, shown by number. */
const PAYME_REASONS: Record<number, string> = {
  1: "Receiver not found or inactive",
  2: "Debit error at the processing centre",
  3: "Error while executing the transaction",
  4: "Cancelled by timeout (12 h)",
  5: "Refund",
  10: "Unknown error",
}

const GATEWAY_NAMES = { payme: "Payme", click: "Click" }

const reasonText = ({ reason }: GatewayTransactionView) =>
  typeof reason === "number" ? PAYME_REASONS[reason] ?? `Reason ${reason}` : reason

// undefined: the viewer's own locale and time zone.
const localTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" })

const timesOf = (transaction: GatewayTransactionView) =>
  (
    [
      ["Created", transaction.created_at],
      ["Performed", transaction.performed_at],
      ["Cancelled", transaction.cancelled_at],
      ["Reversed", transaction.reversed_at],
    ] as const
  ).flatMap(([label, time]) => (time ? [{ label, time }] : []))

const Detail = ({ label, value }: { label: string; value: string }) => (
  <Text size="small" leading="compact" className="text-ui-fg-subtle break-words">
    <span className="font-medium">{label}:</span> {value}
  </Text>
)

const TransactionItem = ({ transaction }: { transaction: GatewayTransactionView }) => {
  const state = STATES[transaction.state] ?? { label: transaction.state, color: "grey" }
  const reason = reasonText(transaction)
  return (
    <div className="flex flex-col gap-y-1 px-6 py-4">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" leading="compact" weight="plus">
          {GATEWAY_NAMES[transaction.gateway]} · {transaction.amount} UZS
        </Text>
        <StatusBadge color={state.color}>{state.label}</StatusBadge>
      </div>
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted font-mono break-all">
        {transaction.gateway_transaction_id}
      </Text>
      {timesOf(transaction).map(({ label, time }) => (
        <Detail key={label} label={label} value={localTime(time)} />
      ))}
      {reason ? <Detail label="Reason" value={reason} /> : null}
      {transaction.failure ? <Detail label="Failure" value={transaction.failure} /> : null}
    </div>
  )
}

const OrderGatewayTransactionsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isPending, isError } = useQuery({
    queryKey: ["orders", order.id, "gateway-transactions"],
    queryFn: () =>
      sdk.client.fetch<{ transactions: GatewayTransactionView[] }>(`/admin/orders/${order.id}/gateway-transactions`),
  })
  const transactions = data?.transactions ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Payme and Click</Heading>
      </div>
      {isPending ? null : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the gateway transactions; reload the page to try again.
        </Text>
      ) : transactions.length ? (
        transactions.map((transaction) => <TransactionItem key={transaction.id} transaction={transaction} />)
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No Payme or Click transactions
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderGatewayTransactionsWidget
