import { Button, Drawer, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useState } from "react"
import { type AdminCustomCake, useApproveCustomCake } from "../../hooks/custom-cakes"
import { formatUzs } from "../pricing/format"
import { type ApproveForm, approveBodyOf, approveFormOf } from "./decision-form"

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
  </div>
)

/** Sets the final price and servings and sends the customer payment links; a 4xx answer shows the server's message. */
export const ApproveDrawer = ({ cake }: { cake: AdminCustomCake }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<ApproveForm>(() => approveFormOf(cake))
  const { mutateAsync, isPending } = useApproveCustomCake(cake.id)
  const bind = (key: keyof ApproveForm) => ({
    id: `custom-cake-${key}`,
    value: form[key],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value }),
  })

  const openChange = (next: boolean) => {
    if (next) setForm(approveFormOf(cake))
    setOpen(next)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await mutateAsync(approveBodyOf(form))
      toast.success("Custom cake approved")
      setOpen(false)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small">Approve</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Approve #{cake.display_id}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              Suggested: {formatUzs(cake.predicted_price)}, {cake.predicted_servings.party} party or{" "}
              {cake.predicted_servings.wedding} wedding servings. The customer gets payment links for the final price.
            </Text>
            <Field id="custom-cake-final_price" label={`Final price (${cake.currency_code.toUpperCase()})`}>
              <Input {...bind("final_price")} inputMode="decimal" required />
            </Field>
            <Field id="custom-cake-final_servings" label="Final servings">
              <Input {...bind("final_servings")} inputMode="numeric" required />
            </Field>
            <Field id="custom-cake-expires_in_hours" label="Payment links expire after (hours)">
              <Input {...bind("expires_in_hours")} inputMode="numeric" required />
            </Field>
            <Field id="custom-cake-staff_note" label="Note (optional)">
              <Textarea {...bind("staff_note")} />
            </Field>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Approve
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
