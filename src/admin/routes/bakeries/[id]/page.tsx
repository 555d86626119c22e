import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { BakersSection } from "../../../components/bakers-section"
import { DetailRows } from "../../../components/detail-rows"
import { EditBakeryDrawer } from "../../../components/edit-bakery-drawer"
import { OpeningHoursSection } from "../../../components/opening-hours-section"
import { ReasonPrompt } from "../../../components/reason-prompt"
import { BakeryStatusBadge } from "../../../components/status-badges"
import { useBakery, useReactivateBakery, useSuspendBakery } from "../../../hooks/bakeries"
import { formatRating } from "../../../lib/format"
import type { AdminBakery } from "../../../lib/types"

const StatusActions = ({ bakery }: { bakery: AdminBakery }) => {
  const [suspending, setSuspending] = useState(false)
  const prompt = usePrompt()
  const suspend = useSuspendBakery(bakery.id)
  const reactivate = useReactivateBakery(bakery.id)

  const confirmReactivate = async () => {
    const confirmed = await prompt({
      title: "Reactivate bakery?",
      description: `${bakery.name}'s products return to the store.`,
      confirmText: "Reactivate",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    await reactivate.mutateAsync({}).then(
      () => toast.success("Bakery reactivated"),
      (error: Error) => toast.error(error.message)
    )
  }

  if (bakery.status === "suspended") {
    return (
      <Button variant="secondary" size="small" onClick={confirmReactivate} isLoading={reactivate.isPending}>
        Reactivate
      </Button>
    )
  }
  return (
    <>
      <Button variant="danger" size="small" onClick={() => setSuspending(true)}>
        Suspend
      </Button>
      <ReasonPrompt
        open={suspending}
        onOpenChange={setSuspending}
        title="Suspend bakery?"
        description={`${bakery.name}'s products leave the store until you reactivate it.`}
        confirmText="Suspend"
        isPending={suspend.isPending}
        onConfirm={(reason) =>
          suspend.mutateAsync({ reason }).then(
            () => toast.success("Bakery suspended"),
            (error: Error) => {
              toast.error(error.message)
              throw error
            }
          )
        }
      />
    </>
  )
}

const BakeryDetailPage = () => {
  const { id } = useParams()
  const { data, isPending, error } = useBakery(id!)
  if (error) throw error
  if (isPending || !data) return null
  const { bakery } = data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            {bakery.logo_url && <img src={bakery.logo_url} alt="" className="size-10 rounded-md object-cover" />}
            <Heading>{bakery.name}</Heading>
            <BakeryStatusBadge status={bakery.status} />
          </div>
          <div className="flex items-center gap-x-2">
            <EditBakeryDrawer bakery={bakery} />
            <StatusActions bakery={bakery} />
          </div>
        </div>
        {bakery.description && (
          <Text size="small" className="text-ui-fg-subtle whitespace-pre-line px-6 py-4">
            {bakery.description}
          </Text>
        )}
        <DetailRows
          rows={[
            { label: "Handle", value: bakery.handle },
            { label: "Phone", value: bakery.phone },
            { label: "Address", value: bakery.address },
            {
              label: "Location",
              value: bakery.latitude !== null && bakery.longitude !== null ? `${bakery.latitude}, ${bakery.longitude}` : null,
            },
            { label: "Rating", value: formatRating(bakery) },
            ...(bakery.product_count !== undefined ? [{ label: "Products", value: bakery.product_count }] : []),
            ...(bakery.status === "suspended" ? [{ label: "Suspension reason", value: bakery.suspension_reason }] : []),
          ]}
        />
      </Container>
      <OpeningHoursSection hours={bakery.opening_hours} timezone={bakery.timezone} />
      {bakery.bakers?.length ? <BakersSection bakers={bakery.bakers} /> : null}
    </div>
  )
}

export default BakeryDetailPage
