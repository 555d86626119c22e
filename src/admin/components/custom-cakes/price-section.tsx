import { Container, Heading, Table } from "@medusajs/ui"
import type { AdminCustomCake } from "../../hooks/custom-cakes"
import { DetailRows } from "../detail-rows"
import { answeredBy, formatUzs } from "../pricing/format"
import { formatMoney } from "./money"

/** The suggestion beside staff's decision; the suggestion is always in UZS, the decision in the request's currency. */
export const PriceSection = ({ cake }: { cake: AdminCustomCake }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Price and servings</Heading>
    </div>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell />
          <Table.HeaderCell>Suggested</Table.HeaderCell>
          <Table.HeaderCell>Final</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        <Table.Row>
          <Table.Cell>Price</Table.Cell>
          <Table.Cell>{formatUzs(cake.predicted_price)}</Table.Cell>
          <Table.Cell className="text-ui-fg-base font-medium">{formatMoney(cake.final_price, cake.currency_code)}</Table.Cell>
        </Table.Row>
        <Table.Row>
          <Table.Cell>Servings</Table.Cell>
          <Table.Cell>
            {cake.predicted_servings.party} party / {cake.predicted_servings.wedding} wedding
          </Table.Cell>
          <Table.Cell className="text-ui-fg-base font-medium">{cake.final_servings ?? "-"}</Table.Cell>
        </Table.Row>
      </Table.Body>
    </Table>
    <DetailRows
      rows={[
        {
          label: "Suggested by",
          value: answeredBy({ source: cake.prediction_source, model_version_id: cake.model_version_id }),
        },
        { label: "Staff note", value: cake.staff_note },
      ]}
    />
  </Container>
)
