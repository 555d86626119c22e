import { StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Figure = { label: string; value: string; badge?: ReactNode }

/** A row of labelled figures, as the kitchen board and the pricing page show theirs. */
export const FigureGrid = ({ title, figures }: { title: string; figures: Figure[] }) => (
  <section className="flex flex-col gap-y-3 px-6 py-4" aria-label={title}>
    <Text size="small" weight="plus">
      {title}
    </Text>
    <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
      {figures.map(({ label, value, badge }) => (
        <div key={label} className="flex flex-col gap-y-1">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {label}
          </Text>
          <div className="flex items-center gap-x-2">
            <Text size="large" weight="plus">
              {value}
            </Text>
            {badge}
          </div>
        </div>
      ))}
    </div>
  </section>
)

/** Whether a ratio meets its target; a ratio of nothing (null) has no verdict. */
export const TargetBadge = ({ value, meets, target }: { value: number | null; meets: (value: number) => boolean; target: string }) =>
  value === null ? (
    <StatusBadge color="grey">No data</StatusBadge>
  ) : meets(value) ? (
    <StatusBadge color="green">On target ({target})</StatusBadge>
  ) : (
    <StatusBadge color="red">Off target ({target})</StatusBadge>
  )
