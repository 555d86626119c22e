import { Container, Heading } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminCustomCake } from "../../hooks/custom-cakes"
import { formatDateTime } from "../../lib/format"
import { type DetailRow, DetailRows } from "../detail-rows"

const LINK_CLASS = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

const PaymentLinks = ({ links }: { links: AdminCustomCake["payment_links"] }) => (
  <span className="flex flex-col gap-y-1">
    {links.map((link) => (
      <span key={link.provider_id} className="flex flex-col">
        <span className="font-mono">{link.provider_id}</span>
        <a href={link.url} target="_blank" rel="noreferrer" className={`${LINK_CLASS} break-all`}>
          {link.url}
        </a>
      </span>
    ))}
  </span>
)

function paymentRows(cake: AdminCustomCake): DetailRow[] {
  return [
    ...(cake.payment_links.length ? [{ label: "Payment links", value: <PaymentLinks links={cake.payment_links} /> }] : []),
    ...(cake.payment_expires_at ? [{ label: "Links expire", value: formatDateTime(cake.payment_expires_at) }] : []),
    ...(cake.cart_id ? [{ label: "Cart", value: <span className="font-mono">{cake.cart_id}</span> }] : []),
    ...(cake.order_id
      ? [{ label: "Order", value: <Link to={`/orders/${cake.order_id}`} className={`${LINK_CLASS} font-mono`}>{cake.order_id}</Link> }]
      : []),
  ]
}

/** The links the customer pays through once approved, and the cart and order the payment made; hidden before that. */
export const PaymentSection = ({ cake }: { cake: AdminCustomCake }) => {
  const rows = paymentRows(cake)
  if (!rows.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Payment</Heading>
      </div>
      <DetailRows rows={rows} />
    </Container>
  )
}
