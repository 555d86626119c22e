import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { ArrowDownTray, ArrowPath } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { StoredReceipt } from "../../api/shared/order-receipt"
import { formatReceiptNumber } from "../../workflows/receipts/receipt-number"
import { sdk } from "../lib/sdk"

const LANGUAGES: Record<string, string> = { ru: "Russian", uz: "Uzbek", en: "English" }

// undefined: the viewer's own locale and time zone.
const localTime = (time: Date | string) => new Date(time).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })

const Detail = ({ label, value }: { label: string; value: string }) => (
  <Text size="small" leading="compact" className="text-ui-fg-subtle">
    <span className="font-medium">{label}:</span> {value}
  </Text>
)

/** The order's receipt: its number, language and Telegram delivery, a download, and a re-render with the same number. */
const OrderReceiptWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const queryKey = ["orders", order.id, "receipt"]
  const client = useQueryClient()
  const { data, isPending, isError } = useQuery({
    queryKey,
    queryFn: () => sdk.admin.order.retrieve(order.id, { fields: "id,receipt.*" }),
  })
  const regenerate = useMutation({
    mutationFn: () => sdk.client.fetch<{ receipt: { number: string } }>(`/admin/orders/${order.id}/receipt`, { method: "POST" }),
    onSuccess: ({ receipt }) => {
      toast.success(`Receipt ${receipt.number} rendered again`)
      return client.invalidateQueries({ queryKey })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const receipt = (data?.order as { receipt?: StoredReceipt | null } | undefined)?.receipt
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Receipt</Heading>
        <Button size="small" variant="secondary" isLoading={regenerate.isPending} onClick={() => regenerate.mutate()}>
          <ArrowPath />
          {receipt?.file_id ? "Regenerate" : "Generate"}
        </Button>
      </div>
      {isPending ? null : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the receipt; reload the page to try again.
        </Text>
      ) : receipt?.file_id ? (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" leading="compact" weight="plus">
            No. {formatReceiptNumber(receipt.number)}
          </Text>
          <Detail label="Language" value={LANGUAGES[receipt.language] ?? receipt.language} />
          {receipt.generated_at ? <Detail label="Generated" value={localTime(receipt.generated_at)} /> : null}
          <Detail label="Telegram" value={receipt.sent_to_telegram_at ? `sent ${localTime(receipt.sent_to_telegram_at)}` : "not sent"} />
          <div className="pt-2">
            {/* a plain link, so the browser sends the admin's session cookie */}
            <Button size="small" variant="secondary" asChild>
              <a href={`/admin/orders/${order.id}/receipt`} download={`receipt-${formatReceiptNumber(receipt.number)}.pdf`}>
                <ArrowDownTray />
                Download PDF
              </a>
            </Button>
          </div>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No receipt yet: it is made when the order is paid in full.
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderReceiptWidget
