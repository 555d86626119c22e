import { PlusMini, XMarkMini } from "@medusajs/icons"
import { Button, IconButton, Input, Select, Switch, Text, Textarea } from "@medusajs/ui"
import type { ReactNode } from "react"
import {
  type CakeForm,
  EVENT_TYPE_LABELS,
  FILLING_LABELS,
  FLAVOR_LABELS,
  MAX_TIERS,
  SHAPE_LABELS,
  type TierInput,
} from "./cake-form"
import { Field as FormField } from "../form-drawer"

const DECORATION_LABELS = {
  "1": "1 – plain",
  "2": "2 – simple",
  "3": "3 – detailed",
  "4": "4 – elaborate",
  "5": "5 – showpiece",
}

type Props = { form: CakeForm; onChange: (form: CakeForm) => void }

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <FormField id={id} label={label} compact>
    {children}
  </FormField>
)

function OptionSelect<T extends string>(props: {
  id: string
  label: string
  value: T
  labels: Record<T, string>
  onChange: (value: T) => void
}) {
  return (
    <Field id={props.id} label={props.label}>
      <Select size="small" value={props.value} onValueChange={(value) => props.onChange(value as T)}>
        <Select.Trigger id={props.id}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {(Object.entries(props.labels) as [T, string][]).map(([value, label]) => (
            <Select.Item key={value} value={value}>
              {label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </Field>
  )
}

const TierRows = ({ form, onChange }: Props) => {
  const sheet = form.shape === "sheet"
  const setTier = (index: number, tier: TierInput) =>
    onChange({ ...form, tiers: form.tiers.map((current, i) => (i === index ? tier : current)) })
  const columns = sheet ? ["Length, cm", "Width, cm", "Height, cm"] : ["Size, cm", "Height, cm"]
  const grid = sheet ? "grid-cols-[4rem_1fr_1fr_1fr_2rem]" : "grid-cols-[4rem_1fr_1fr_2rem]"
  return (
    <div className="flex flex-col gap-y-2">
      <div className={`grid ${grid} items-center gap-x-2`}>
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Tiers
        </Text>
        {columns.map((column) => (
          <Text key={column} size="xsmall" weight="plus" className="text-ui-fg-subtle">
            {column}
          </Text>
        ))}
      </div>
      {form.tiers.map((tier, index) => {
        const name = index === 0 ? "Bottom" : `Tier ${index + 1}`
        const input = (key: keyof TierInput, column: string) => (
          <Input
            size="small"
            inputMode="decimal"
            aria-label={`${name} ${column}`}
            value={tier[key]}
            onChange={(event) => setTier(index, { ...tier, [key]: event.target.value })}
          />
        )
        return (
          <div key={index} className={`grid ${grid} items-center gap-x-2`}>
            <Text size="small" className="text-ui-fg-subtle">
              {name}
            </Text>
            {input("size", columns[0])}
            {sheet && input("width", columns[1])}
            {input("height", columns[columns.length - 1])}
            <IconButton
              size="small"
              variant="transparent"
              type="button"
              aria-label={`Remove ${name.toLowerCase()}`}
              disabled={form.tiers.length === 1}
              onClick={() => onChange({ ...form, tiers: form.tiers.filter((_, i) => i !== index) })}
            >
              <XMarkMini />
            </IconButton>
          </div>
        )
      })}
      {form.tiers.length < MAX_TIERS && (
        <Button
          size="small"
          variant="transparent"
          type="button"
          className="self-start"
          // a new tier starts as a copy of the top one: equal sizes are allowed, and staff shrink it from there
          onClick={() => onChange({ ...form, tiers: [...form.tiers, form.tiers[form.tiers.length - 1]] })}
        >
          <PlusMini />
          Add a tier
        </Button>
      )}
    </div>
  )
}

/** The cake's description for a suggested price; every field has a sensible default. */
export const CakeFormFields = ({ form, onChange }: Props) => {
  const set = <K extends keyof CakeForm>(key: K) => (value: CakeForm[K]) => onChange({ ...form, [key]: value })
  const text = (key: "layers" | "labor_hours" | "sizes") => ({
    id: `cake-${key}`,
    value: form[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  })
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <OptionSelect id="cake-shape" label="Shape" value={form.shape} labels={SHAPE_LABELS} onChange={set("shape")} />
        <OptionSelect
          id="cake-flavor"
          label="Flavor"
          value={form.flavor}
          labels={FLAVOR_LABELS}
          onChange={set("flavor")}
        />
        <OptionSelect
          id="cake-filling"
          label="Filling"
          value={form.filling}
          labels={FILLING_LABELS}
          onChange={set("filling")}
        />
        <OptionSelect
          id="cake-event_type"
          label="Event"
          value={form.event_type}
          labels={EVENT_TYPE_LABELS}
          onChange={set("event_type")}
        />
        <Field id="cake-layers" label="Layers per tier">
          <Input size="small" inputMode="numeric" {...text("layers")} />
        </Field>
        <OptionSelect
          id="cake-decoration"
          label="Decoration"
          value={form.decoration_complexity as keyof typeof DECORATION_LABELS}
          labels={DECORATION_LABELS}
          onChange={set("decoration_complexity")}
        />
        <Field id="cake-labor_hours" label="Labor, hours">
          <Input size="small" inputMode="decimal" {...text("labor_hours")} />
        </Field>
        <Field id="cake-rush" label="Rush (under 48 h)">
          <div className="flex h-8 items-center">
            <Switch id="cake-rush" checked={form.rush} onCheckedChange={set("rush")} />
          </div>
        </Field>
      </div>
      <TierRows form={form} onChange={onChange} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="cake-ingredients" label="Ingredients (optional): a name from the price list and a quantity a line">
          <Textarea
            id="cake-ingredients"
            rows={3}
            placeholder={"Flour 1.5\nEggs 12"}
            value={form.ingredients}
            onChange={(event) => set("ingredients")(event.target.value)}
          />
        </Field>
        <Field id="cake-sizes" label="Bottom-tier sizes to price, cm (optional)">
          <Input size="small" placeholder="16, 20, 24" {...text("sizes")} />
        </Field>
      </div>
    </div>
  )
}
