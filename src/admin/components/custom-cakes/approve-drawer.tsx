import { Button, Input, Text, Textarea } from "@medusajs/ui"
import { type AdminCustomCake, useApproveCustomCake } from "../../hooks/custom-cakes"
import { Field, FormDrawer, useTextForm } from "../form-drawer"
import { formatUzs } from "../pricing/format"
import { type ApproveForm, approveBodyOf, approveFormOf } from "./decision-form"

/** Sets the final price and servings and sends the customer payment links; a 4xx answer shows the server's message. */
export const ApproveDrawer = ({ cake }: { cake: AdminCustomCake }) => {
  const { form, bind, reset } = useTextForm<ApproveForm>(() => approveFormOf(cake), "custom-cake")
  const { mutateAsync, isPending } = useApproveCustomCake(cake.id)
  return (
    <FormDrawer
      trigger={<Button size="small">Approve</Button>}
      title={`Approve #${cake.display_id}`}
      submitLabel="Approve"
      successMessage="Custom cake approved"
      isPending={isPending}
      onOpen={reset}
      onSubmit={async () => {
        await mutateAsync(approveBodyOf(form))
      }}
    >
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
    </FormDrawer>
  )
}
