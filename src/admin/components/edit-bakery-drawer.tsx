import { Button, Drawer, Input, Label, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent, type ReactNode } from "react"
import { useUpdateBakery } from "../hooks/bakeries"
import { formatOpeningHours, parseOpeningHours } from "../lib/opening-hours-text"
import type { AdminBakery, AdminBakeryUpdate } from "../lib/types"

type TextFields = "name" | "description" | "phone" | "address" | "timezone" | "logo_url"
type Form = Record<TextFields, string> & { opening_hours: string }

const formOf = (bakery: AdminBakery): Form => ({
  name: bakery.name,
  description: bakery.description ?? "",
  phone: bakery.phone ?? "",
  address: bakery.address ?? "",
  timezone: bakery.timezone,
  logo_url: bakery.logo_url ?? "",
  opening_hours: formatOpeningHours(bakery.opening_hours),
})

/** Only the fields the user changed are sent; a cleared optional field becomes null. */
function changesOf(bakery: AdminBakery, form: Form): AdminBakeryUpdate {
  const initial = formOf(bakery)
  const changes: AdminBakeryUpdate = {}
  for (const key of ["description", "phone", "address", "logo_url"] as const) {
    if (form[key].trim() !== initial[key]) changes[key] = form[key].trim() || null
  }
  for (const key of ["name", "timezone"] as const) {
    if (form[key].trim() !== initial[key]) changes[key] = form[key].trim()
  }
  if (form.opening_hours.trim() !== initial.opening_hours) changes.opening_hours = parseOpeningHours(form.opening_hours)
  return changes
}

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
  </div>
)

export const EditBakeryDrawer = ({ bakery }: { bakery: AdminBakery }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<Form>(() => formOf(bakery))
  const { mutateAsync, isPending } = useUpdateBakery(bakery.id)
  const bind = (key: keyof Form) => ({
    id: `bakery-${key}`,
    value: form[key],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value }),
  })

  const openChange = (next: boolean) => {
    if (next) setForm(formOf(bakery))
    setOpen(next)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const changes = changesOf(bakery, form)
      if (Object.keys(changes).length) await mutateAsync(changes)
      toast.success("Bakery saved")
      setOpen(false)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small">
          Edit
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Edit bakery</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Field id="bakery-name" label="Name">
              <Input {...bind("name")} required />
            </Field>
            <Field id="bakery-description" label="Description">
              <Textarea {...bind("description")} />
            </Field>
            <Field id="bakery-phone" label="Phone">
              <Input {...bind("phone")} placeholder="+998901234567" />
            </Field>
            <Field id="bakery-address" label="Address">
              <Input {...bind("address")} />
            </Field>
            <Field id="bakery-logo_url" label="Logo URL">
              <Input {...bind("logo_url")} />
            </Field>
            <Field id="bakery-timezone" label="Time zone">
              <Input {...bind("timezone")} required />
            </Field>
            <Field id="bakery-opening_hours" label="Opening hours (one interval a line, e.g. Mon 08:00-20:00)">
              <Textarea {...bind("opening_hours")} rows={7} className="font-mono" />
            </Field>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
