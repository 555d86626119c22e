import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { type AccuracyMetrics, useAccuracy } from "../../hooks/pricing"
import { AccuracyChart } from "./accuracy-chart"
import { weekWindow } from "./chart-math"
import { formatPercent, formatSignedUzs, formatUzs } from "./format"

const WEEKS = 12

const FIGURES: { label: string; value: (metrics: AccuracyMetrics) => string }[] = [
  { label: "Priced with a suggestion", value: ({ count }) => String(count) },
  { label: "Mean absolute error", value: ({ mae }) => formatUzs(mae) },
  { label: "Mean absolute % error", value: ({ mape }) => formatPercent(mape) },
  { label: "Mean signed error", value: ({ mean_signed_error }) => formatSignedUzs(mean_signed_error) },
]

const Message = ({ children, error }: { children: string; error?: boolean }) => (
  <Text size="small" className={`px-6 py-4 ${error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
    {children}
  </Text>
)

const OverallFigures = ({ overall }: { overall: AccuracyMetrics }) => (
  <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
    {FIGURES.map(({ label, value }) => (
      <div key={label} className="flex flex-col gap-y-1">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {label}
        </Text>
        <Text size="large" weight="plus">
          {value(overall)}
        </Text>
      </div>
    ))}
  </div>
)

const BySizeTable = ({ rows }: { rows: (AccuracyMetrics & { bucket: string })[] }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Size</Table.HeaderCell>
        <Table.HeaderCell>Priced</Table.HeaderCell>
        <Table.HeaderCell>Mean absolute error</Table.HeaderCell>
        <Table.HeaderCell>Mean absolute % error</Table.HeaderCell>
        <Table.HeaderCell>Mean signed error</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {rows.map((row) => (
        <Table.Row key={row.bucket}>
          <Table.Cell>{row.bucket}</Table.Cell>
          <Table.Cell>{row.count}</Table.Cell>
          <Table.Cell>{formatUzs(row.mae)}</Table.Cell>
          <Table.Cell>{formatPercent(row.mape)}</Table.Cell>
          <Table.Cell>{formatSignedUzs(row.mean_signed_error)}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)

/** Suggested against final prices over the last 12 weeks: the overall figures, week by week, and per size. */
export const AccuracySection = () => {
  // fixed when the page opens, so the query key stays the same across renders
  const [range] = useState(() => weekWindow(new Date(), WEEKS))
  const { data, isPending, isError } = useAccuracy({ from: range.from, to: range.to })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">Accuracy, last {WEEKS} weeks</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Suggested prices against the prices staff set. A positive signed error means suggestions were too high.
        </Text>
      </div>
      {isPending ? null : isError ? (
        <Message error>Could not load the accuracy report; reload the page to try again.</Message>
      ) : data.overall.count === 0 ? (
        <Message>
          No suggested price has been applied in these weeks yet. Apply one on a product variant to start.
        </Message>
      ) : (
        <>
          <OverallFigures overall={data.overall} />
          <div className="px-6 py-4">
            <AccuracyChart weeks={data.by_week} weekStarts={range.weekStarts} />
          </div>
          <BySizeTable rows={data.by_size} />
        </>
      )}
    </Container>
  )
}
