import { Button, Input, Textarea } from "@medusajs/ui"
import { useUpdateBakery } from "../hooks/bakeries"
import { Field, FormDrawer, useTextForm } from "./form-drawer"
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

export const EditBakeryDrawer = ({ bakery }: { bakery: AdminBakery }) => {
  const { form, bind, reset } = useTextForm<Form>(() => formOf(bakery), "bakery")
  const { mutateAsync, isPending } = useUpdateBakery(bakery.id)
  return (
    <FormDrawer
      trigger={
        <Button variant="secondary" size="small">
          Edit
        </Button>
      }
      title="Edit bakery"
      submitLabel="Save"
      successMessage="Bakery saved"
      isPending={isPending}
      onOpen={reset}
      onSubmit={async () => {
        const changes = changesOf(bakery, form)
        if (Object.keys(changes).length) await mutateAsync(changes)
      }}
    >
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
    </FormDrawer>
  )
}
