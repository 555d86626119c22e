import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type DetailRow = { label: string; value: ReactNode }

/** Label/value rows in the style of Medusa's own detail sections; empty values show a dash. */
export const DetailRows = ({ rows }: { rows: DetailRow[] }) => (
  <>
    {rows.map(({ label, value }) => (
      <div key={label} className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
        <Text size="small" leading="compact" weight="plus">
          {label}
        </Text>
        <Text size="small" leading="compact" className="whitespace-pre-line break-words">
          {value === null || value === undefined || value === "" ? "-" : value}
        </Text>
      </div>
    ))}
  </>
)
