import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Container, Heading } from "@medusajs/ui"
import { CsvPanel } from "../../components/inventory-ledger/csv-panel"
import { MovementForm } from "../../components/inventory-ledger/movement-form"
import { MovementsTable } from "../../components/inventory-ledger/movements-table"
import { PendingCorrections } from "../../components/inventory-ledger/pending-corrections"
import { ThresholdsPanel } from "../../components/inventory-ledger/thresholds-panel"

/** Every stock movement with its reason, the forms that make them, approvals, low-stock lines and CSV. */
const InventoryLedgerPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="flex flex-col gap-y-3">
      <Heading>Inventory ledger</Heading>
      <MovementsTable />
    </Container>
    <Container className="grid grid-cols-2 gap-6">
      <MovementForm />
      <PendingCorrections />
    </Container>
    <Container className="grid grid-cols-2 gap-6">
      <ThresholdsPanel />
      <CsvPanel />
    </Container>
  </div>
)

export const config = defineRouteConfig({ label: "Inventory ledger", icon: ArchiveBox, rank: 14 })

export const handle = { breadcrumb: () => "Inventory ledger" }

export default InventoryLedgerPage
