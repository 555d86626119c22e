import { Button, StatusBadge, Table } from "@medusajs/ui"
import type { PricePredictionView } from "../../hooks/pricing"
import { answeredBy, formatUzs } from "./format"

type Props = {
  predictions: PricePredictionView[]
  /** the prediction whose price the variant has now, once one was applied */
  appliedId: string | null
  /** the prediction being applied now, if any */
  applyingId: string | undefined
  onApply: (predictionId: string) => void
}

/** One row per bottom-tier size; Apply sets the variant's UZS price to that row's price. */
export const PredictionTable = ({ predictions, appliedId, applyingId, onApply }: Props) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Size</Table.HeaderCell>
        <Table.HeaderCell>Price</Table.HeaderCell>
        <Table.HeaderCell>Servings (party / wedding)</Table.HeaderCell>
        <Table.HeaderCell>Answered by</Table.HeaderCell>
        <Table.HeaderCell />
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {predictions.map((prediction) => (
        <Table.Row key={prediction.prediction_id}>
          <Table.Cell>{prediction.size_cm} cm</Table.Cell>
          <Table.Cell className="text-ui-fg-base font-medium">{formatUzs(prediction.price)}</Table.Cell>
          <Table.Cell>
            {prediction.servings.party} / {prediction.servings.wedding}
          </Table.Cell>
          <Table.Cell className="font-mono">{answeredBy(prediction)}</Table.Cell>
          <Table.Cell className="text-right">
            {appliedId === prediction.prediction_id ? (
              <StatusBadge color="green">Applied</StatusBadge>
            ) : (
              <Button
                size="small"
                variant="secondary"
                type="button"
                isLoading={applyingId === prediction.prediction_id}
                disabled={applyingId !== undefined}
                onClick={() => onApply(prediction.prediction_id)}
              >
                Apply
              </Button>
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
