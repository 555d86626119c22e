import { Button, Checkbox, Container, Heading, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Field } from "../form-drawer"
import { usePaymentProviders, useSetStoreSwitches, useStoreSwitches } from "./api"
import { providerLabel, type SwitchesForm, switchesChanges, switchesForm } from "./switches-form"

const TOGGLES = [
  { key: "shop_open", label: "Shop open", hint: "Off: no orders at all" },
  { key: "pickup_enabled", label: "Pickup", hint: "Orders collected at the kitchen" },
  { key: "delivery_enabled", label: "Courier delivery", hint: "Orders our courier delivers" },
] as const

const NUMBERS = [
  { key: "delivery_fee", label: "Delivery fee (UZS)", placeholder: "The option's own price" },
  { key: "max_orders_per_slot", label: "Orders per slot at most", placeholder: "As the slots say" },
  { key: "lead_minutes", label: "Lead time (minutes)", placeholder: "120" },
  { key: "type_leads", label: "Lead time per product type (minutes)", placeholder: "cake=2880, bouquet=120" },
  { key: "same_day_cutoff", label: "Same-day orders until", placeholder: "No cutoff, e.g. 18:00" },
] as const

/** The run-time switches; saved together, read by the next request (no restart). */
export const SwitchesSection = () => {
  const switches = useStoreSwitches()
  const providers = usePaymentProviders()
  const save = useSetStoreSwitches()
  const [form, setForm] = useState<SwitchesForm | null>(null)
  useEffect(() => {
    if (switches.data) setForm(switchesForm(switches.data.store_switches))
  }, [switches.data])
  if (switches.error) throw switches.error
  if (!form) return null

  const set = <K extends keyof SwitchesForm>(key: K, value: SwitchesForm[K]) => setForm({ ...form, [key]: value })
  const togglePayment = (id: string, enabled: boolean) =>
    set("disabled_payment_providers", enabled ? form.disabled_payment_providers.filter((off) => off !== id) : [...form.disabled_payment_providers, id])
  const submit = () => {
    try {
      save.mutateAsync(switchesChanges(form)).then(() => toast.success("Switches saved"), (error: Error) => toast.error(error.message))
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading>Store switches</Heading>
        <Button size="small" onClick={submit} isLoading={save.isPending}>
          Save switches
        </Button>
      </div>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
        {TOGGLES.map(({ key, label, hint }) => (
          <div key={key} className="flex items-start gap-x-3">
            <Switch id={`switch-${key}`} checked={form[key]} onCheckedChange={(checked) => set(key, checked)} />
            <div>
              <Label htmlFor={`switch-${key}`} size="small" weight="plus">
                {label}
              </Label>
              <Text size="small" className="text-ui-fg-subtle">
                {hint}
              </Text>
            </div>
          </div>
        ))}
      </div>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
        {NUMBERS.map(({ key, label, placeholder }) => (
          <Field key={key} id={`switch-${key}`} label={label}>
            <Input id={`switch-${key}`} size="small" placeholder={placeholder} value={form[key]} onChange={(event) => set(key, event.target.value)} />
          </Field>
        ))}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          Payment methods
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          A method turned off cannot start new payments; payments already started still complete.
        </Text>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(providers.data?.payment_providers ?? []).map(({ id }) => (
            <div key={id} className="flex items-center gap-x-2">
              <Checkbox
                id={`provider-${id}`}
                checked={!form.disabled_payment_providers.includes(id)}
                onCheckedChange={(checked) => togglePayment(id, checked === true)}
              />
              <Label htmlFor={`provider-${id}`} size="small">
                {providerLabel(id)}
              </Label>
            </div>
          ))}
        </div>
      </div>
    </Container>
  )
}
