import { Trash } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useAddClosure, useClosures, useRemoveClosure } from "./api"

/** Days the seller takes no orders; places booked on such a day stay booked (staff call those customers). */
export const ClosuresSection = ({ sellerId }: { sellerId: string }) => {
  const closures = useClosures(sellerId)
  const add = useAddClosure()
  const remove = useRemoveClosure()
  const [date, setDate] = useState("")
  const [reason, setReason] = useState("")
  if (closures.error) throw closures.error

  const submit = () =>
    add.mutateAsync({ seller_id: sellerId, date, reason: reason.trim() || null }).then(
      () => {
        toast.success(`${date} closed`)
        setDate("")
        setReason("")
      },
      (error: Error) => toast.error(error.message)
    )
  const reopen = (id: string, day: string) =>
    remove.mutateAsync(id).then(() => toast.success(`${day} open again`), (error: Error) => toast.error(error.message))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Closed days</Heading>
      </div>
      <div className="flex flex-wrap items-end gap-2 px-6 py-4">
        <Input size="small" type="date" aria-label="Date" value={date} onChange={(event) => setDate(event.target.value)} className="w-40" />
        <Input size="small" aria-label="Reason" placeholder="Reason (e.g. Navruz)" value={reason} onChange={(event) => setReason(event.target.value)} className="w-64" />
        <Button size="small" variant="secondary" onClick={submit} disabled={!date} isLoading={add.isPending}>
          Close this day
        </Button>
      </div>
      {closures.data?.closures.length ? (
        <Table>
          <Table.Body>
            {closures.data.closures.map((closure) => (
              <Table.Row key={closure.id}>
                <Table.Cell>{closure.date}</Table.Cell>
                <Table.Cell>{closure.reason ?? "-"}</Table.Cell>
                <Table.Cell className="text-right">
                  <IconButton size="small" variant="transparent" aria-label={`Reopen ${closure.date}`} onClick={() => reopen(closure.id, closure.date)}>
                    <Trash />
                  </IconButton>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          No closed days.
        </Text>
      )}
    </Container>
  )
}
