import { defineRouteConfig } from "@medusajs/admin-sdk"
import { InboxSolid } from "@medusajs/icons"
import { createDataTableColumnHelper, createDataTableFilterHelper } from "@medusajs/ui"
import { ApplicationStatusBadge, APPLICATION_STATUS_OPTIONS } from "../../components/status-badges"
import { StatusListTable, type StatusListQuery } from "../../components/status-list-table"
import { useBakerApplications } from "../../hooks/baker-applications"
import { bakeryNameOf, formatDateTime } from "../../lib/format"
import type { AdminBakerApplication, ApplicationStatus } from "../../lib/types"

const column = createDataTableColumnHelper<AdminBakerApplication>()
const filter = createDataTableFilterHelper<AdminBakerApplication>()

const EMPTY_STATE = {
  empty: { heading: "No applications yet", description: "Applications sent from the storefront appear here." },
  filtered: { heading: "No applications match", description: "Change the search or the status filter." },
}

const columns = [
  column.accessor("applicant_name", { header: "Applicant" }),
  column.accessor("email", { header: "Email" }),
  column.display({ id: "bakery", header: "Bakery", cell: ({ row }) => bakeryNameOf(row.original) }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <ApplicationStatusBadge status={getValue()} /> }),
  column.accessor("created_at", { header: "Submitted", cell: ({ getValue }) => formatDateTime(getValue()) }),
]

const filters = [filter.accessor("status", { type: "radio", label: "Status", options: APPLICATION_STATUS_OPTIONS })]

const useApplicationRows = (query: StatusListQuery<ApplicationStatus>) => {
  const { data, isPending } = useBakerApplications(query)
  return { rows: data?.baker_applications ?? [], count: data?.count ?? 0, isPending }
}

/** The staff's review queue: it opens on the pending applications. */
const BakerApplicationsPage = () => (
  <StatusListTable
    heading="Baker applications"
    columns={columns}
    filters={filters}
    emptyState={EMPTY_STATE}
    initialStatus="pending"
    useRows={useApplicationRows}
    rowPath={(application) => `/baker-applications/${application.id}`}
  />
)

export const config = defineRouteConfig({ label: "Baker applications", icon: InboxSolid, rank: 11 })

export const handle = { breadcrumb: () => "Baker applications" }

export default BakerApplicationsPage
