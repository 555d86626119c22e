import { Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { CsvLink } from "./csv-link"
import { formatCell } from "./format"

export type Column<Row> = { key: string; label: string; render?: (row: Row) => ReactNode; numeric?: boolean }

type Props<Row> = {
  title: string
  rows: Row[]
  columns: Column<Row>[]
  csvHref?: string
  empty: string
}

/** One table of a report with its title, its CSV download and a line when it has no rows. */
export const ReportTable = <Row,>({ title, rows, columns, csvHref, empty }: Props<Row>) => {
  return (
    <section className="flex flex-col gap-y-2 py-4" aria-label={title}>
      <div className="flex items-center justify-between gap-x-2 px-6">
        <Text size="small" weight="plus">
          {title}
        </Text>
        {csvHref ? <CsvLink href={csvHref} table={title} /> : null}
      </div>
      {rows.length ? (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                {columns.map((column) => (
                  <Table.HeaderCell key={column.key} className={column.numeric ? "text-right" : undefined}>
                    {column.label}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row, index) => (
                <Table.Row key={index}>
                  {columns.map((column) => (
                    <Table.Cell key={column.key} className={column.numeric ? "text-right tabular-nums" : undefined}>
                      {column.render ? column.render(row) : formatCell((row as Record<string, unknown>)[column.key])}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6">
          {empty}
        </Text>
      )}
    </section>
  )
}
