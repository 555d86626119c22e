import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { formatCount, formatMoney } from "../components/reports/format"
import { useTodaySummary } from "../hooks/reports"

const Figure = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    {children}
  </div>
)

/** Today so far above the order list (Medusa's admin has no home dashboard): orders, revenue per currency, open tickets. */
const TodaySummaryWidget = () => {
  const { data, isPending, isError } = useTodaySummary()
  const orders = data?.sales.reduce((sum, row) => sum + row.orders, 0) ?? 0
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" aria-label="Today so far">
      <div className="flex items-center justify-between gap-x-2">
        <Heading level="h2">Today{data ? `, ${data.date}` : ""}</Heading>
        <Link to="/reports" className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          Open reports
        </Link>
      </div>
      {isPending ? (
        <Text size="small" className="text-ui-fg-subtle">
          Loading today's figures…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error">
          Could not load today's figures; reload the page to try again.
        </Text>
      ) : (
        <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <Figure label="Orders today">
            <Text size="large" weight="plus">
              {formatCount(orders)}
            </Text>
          </Figure>
          <Figure label="Revenue today">
            {data.sales.length ? (
              data.sales.map((row) => (
                <Text key={row.currency_code} size="large" weight="plus">
                  {formatMoney(row.total, row.currency_code)}
                </Text>
              ))
            ) : (
              <Text size="large" weight="plus">
                -
              </Text>
            )}
          </Figure>
          <Figure label="Open production tickets">
            <Text size="large" weight="plus">
              {formatCount(data.open_tickets)}
            </Text>
          </Figure>
          <Figure label="Items under their low-stock line">
            <Text size="large" weight="plus">
              {formatCount(data.low_stock)}
            </Text>
          </Figure>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default TodaySummaryWidget
