import { Button, Table, Text, toast } from "@medusajs/ui"
import { itemLabel, useDecideCorrection, usePendingCorrections } from "./api"

/** Large corrections waiting for a second member of staff; the requester's own approval is refused by the server. */
export const PendingCorrections = () => {
  const { data, error } = usePendingCorrections()
  const decide = useDecideCorrection()
  if (error) throw error
  const requests = data?.correction_requests ?? []
  const press = (id: string, decision: "approve" | "reject") =>
    decide.mutate({ id, decision }, { onSuccess: () => toast.success(decision === "approve" ? "Applied" : "Rejected"), onError: (failure) => toast.error(failure.message) })
  return (
    <div className="flex flex-col gap-y-2">
      <Text weight="plus">Corrections to approve</Text>
      {requests.length ? (
        <Table>
          <Table.Body>
            {requests.map((request) => (
              <Table.Row key={request.id}>
                <Table.Cell>{itemLabel(request)} · {request.location_name ?? request.location_id}</Table.Cell>
                <Table.Cell>{request.quantity > 0 ? `+${request.quantity}` : request.quantity}</Table.Cell>
                <Table.Cell>{request.note ?? ""}</Table.Cell>
                <Table.Cell>by {request.requested_by}</Table.Cell>
                <Table.Cell className="flex gap-x-2">
                  <Button size="small" onClick={() => press(request.id, "approve")}>Approve</Button>
                  <Button size="small" variant="secondary" onClick={() => press(request.id, "reject")}>Reject</Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small">Nothing waiting.</Text>
      )}
    </div>
  )
}
