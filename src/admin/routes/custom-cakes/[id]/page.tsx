import { Container, Heading } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { CakeSection } from "../../../components/custom-cakes/cake-section"
import { CustomCakeActions } from "../../../components/custom-cakes/custom-cake-actions"
import { CustomCakeStatusBadge } from "../../../components/custom-cakes/custom-cake-status-badge"
import { bakeryLabel, customerLabel, describeFulfillment } from "../../../components/custom-cakes/describe"
import { PaymentSection } from "../../../components/custom-cakes/payment-section"
import { PriceSection } from "../../../components/custom-cakes/price-section"
import { ReferenceImages } from "../../../components/custom-cakes/reference-images"
import { CustomCakeHistory } from "../../../components/custom-cakes/status-history"
import { type DetailRow, DetailRows } from "../../../components/detail-rows"
import { type AdminCustomCake, useCustomCake } from "../../../hooks/custom-cakes"
import { formatDateTime } from "../../../lib/format"

const LINK_CLASS = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

function requestRows(cake: AdminCustomCake): DetailRow[] {
  const { customer, bakery } = cake
  return [
    {
      label: "Customer",
      value: customer && (
        <Link to={`/customers/${customer.id}`} className={LINK_CLASS}>
          {customerLabel(customer)}
        </Link>
      ),
    },
    { label: "Contact", value: customer && [customer.email, customer.phone].filter(Boolean).join("\n") },
    {
      label: "Bakery",
      value: bakery ? (
        <Link to={`/bakeries/${bakery.id}`} className={LINK_CLASS}>
          {bakery.name}
        </Link>
      ) : (
        bakeryLabel(bakery)
      ),
    },
    { label: "Wanted", value: formatDateTime(cake.wanted_at) },
    { label: "Fulfillment", value: describeFulfillment(cake) },
    { label: "Submitted", value: formatDateTime(cake.created_at) },
    ...(cake.rejection_reason ? [{ label: "Rejection reason", value: cake.rejection_reason }] : []),
  ]
}

const CustomCakeDetailPage = () => {
  const { id } = useParams()
  const { data, isPending, error } = useCustomCake(id!)
  if (error) throw error
  if (isPending || !data) return null
  const cake = data.custom_cake

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Heading>#{cake.display_id}</Heading>
            <CustomCakeStatusBadge status={cake.status} />
          </div>
          <CustomCakeActions cake={cake} />
        </div>
        <DetailRows rows={requestRows(cake)} />
      </Container>
      <CakeSection cake={cake} />
      {cake.images.length ? <ReferenceImages images={cake.images} /> : null}
      <PriceSection cake={cake} />
      <PaymentSection cake={cake} />
      {cake.history?.length ? <CustomCakeHistory history={cake.history} /> : null}
    </div>
  )
}

export default CustomCakeDetailPage
