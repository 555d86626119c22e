import { PlusMini, XMarkMini } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { type SlotScope, useSetSlotTemplates, useSlotTemplates } from "./api"
import { nextTemplateRow, type TemplateRowForm, templateRows, templateRowsForm, WEEKDAY_NAMES } from "./templates-form"

/** The seller's week of slots of one kind: rows added and removed here, saved as a whole week. */
export const TemplatesSection = ({ scope }: { scope: SlotScope }) => {
  const templates = useSlotTemplates(scope)
  const save = useSetSlotTemplates()
  const [rows, setRows] = useState<TemplateRowForm[]>([])
  useEffect(() => {
    if (templates.data) setRows(templateRowsForm(templates.data.slot_templates))
  }, [templates.data])
  if (templates.error) throw templates.error

  const change = (key: number, patch: Partial<TemplateRowForm>) => setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))
  const submit = () => {
    try {
      save.mutateAsync({ ...scope, templates: templateRows(rows) }).then(() => toast.success("Weekly slots saved"), (error: Error) => toast.error(error.message))
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Weekly slots</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Orders and cakes each slot takes; an empty cake box means no cake limit. Places already booked stay booked.
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setRows([...rows, nextTemplateRow(rows)])}>
            <PlusMini /> Add slot
          </Button>
          <Button size="small" onClick={submit} isLoading={save.isPending}>
            Save week
          </Button>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Day</Table.HeaderCell>
            <Table.HeaderCell>From</Table.HeaderCell>
            <Table.HeaderCell>To</Table.HeaderCell>
            <Table.HeaderCell>Orders</Table.HeaderCell>
            <Table.HeaderCell>Cakes</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.Cell>
                <Select size="small" value={String(row.weekday)} onValueChange={(value) => change(row.key, { weekday: Number(value) })}>
                  <Select.Trigger aria-label="Weekday">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {WEEKDAY_NAMES.map((name, index) => (
                      <Select.Item key={name} value={String(index + 1)}>
                        {name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Table.Cell>
              <Table.Cell>
                <Input size="small" type="time" aria-label="Starts at" value={row.starts_at} onChange={(event) => change(row.key, { starts_at: event.target.value })} />
              </Table.Cell>
              <Table.Cell>
                <Input size="small" type="time" aria-label="Ends at" value={row.ends_at} onChange={(event) => change(row.key, { ends_at: event.target.value })} />
              </Table.Cell>
              <Table.Cell>
                <Input size="small" inputMode="numeric" aria-label="Orders" value={row.capacity_orders} onChange={(event) => change(row.key, { capacity_orders: event.target.value })} />
              </Table.Cell>
              <Table.Cell>
                <Input size="small" inputMode="numeric" aria-label="Cakes" placeholder="No limit" value={row.capacity_cakes} onChange={(event) => change(row.key, { capacity_cakes: event.target.value })} />
              </Table.Cell>
              <Table.Cell>
                <IconButton size="small" variant="transparent" aria-label="Remove slot" onClick={() => setRows(rows.filter((candidate) => candidate.key !== row.key))}>
                  <XMarkMini />
                </IconButton>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {rows.length === 0 ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          No slots of this kind: customers cannot choose a time. Add slots and save the week.
        </Text>
      ) : null}
    </Container>
  )
}
