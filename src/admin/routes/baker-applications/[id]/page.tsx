import { Container, Heading } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ApplicationDecision } from "../../../components/application-decision"
import { ApplicationHistory } from "../../../components/application-history"
import { DetailRows, type DetailRow } from "../../../components/detail-rows"
import { ApplicationStatusBadge } from "../../../components/status-badges"
import { useBakerApplication } from "../../../hooks/baker-applications"
import { formatDateTime } from "../../../lib/format"
import type { AdminBakerApplication } from "../../../lib/types"

function bakeryRows({ new_bakery, bakery }: AdminBakerApplication): DetailRow[] {
  const existing = bakery && (
    <Link to={`/bakeries/${bakery.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
      {bakery.name}
    </Link>
  )
  if (!new_bakery) return [{ label: "Joins", value: existing }]
  return [
    { label: "Name", value: new_bakery.name },
    { label: "Handle", value: new_bakery.handle },
    { label: "Phone", value: new_bakery.phone },
    { label: "Address", value: new_bakery.address },
    { label: "Description", value: new_bakery.description },
    ...(existing ? [{ label: "Created bakery", value: existing }] : []),
  ]
}

const BakerApplicationDetailPage = () => {
  const { id } = useParams()
  const { data, isPending, error } = useBakerApplication(id!)
  if (error) throw error
  if (isPending || !data) return null
  const application = data.baker_application

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Heading>{application.applicant_name}</Heading>
            <ApplicationStatusBadge status={application.status} />
          </div>
          {application.status === "pending" && (
            <div className="flex items-center gap-x-2">
              <ApplicationDecision application={application} />
            </div>
          )}
        </div>
        <DetailRows
          rows={[
            { label: "Email", value: application.email },
            { label: "Phone", value: application.phone },
            { label: "Telegram user ID", value: application.telegram_user_id },
            { label: "About", value: application.bio },
            { label: "Submitted", value: formatDateTime(application.created_at) },
            ...(application.decided_at ? [{ label: "Decided", value: formatDateTime(application.decided_at) }] : []),
            ...(application.status === "rejected" ? [{ label: "Rejection reason", value: application.rejection_reason }] : []),
          ]}
        />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{application.new_bakery ? "New bakery" : "Existing bakery"}</Heading>
        </div>
        <DetailRows rows={bakeryRows(application)} />
      </Container>
      {application.history?.length ? <ApplicationHistory history={application.history} /> : null}
    </div>
  )
}

export default BakerApplicationDetailPage
