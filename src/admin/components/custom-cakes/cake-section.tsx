import { Container, Heading } from "@medusajs/ui"
import type { AdminCustomCake } from "../../hooks/custom-cakes"
import { DetailRows } from "../detail-rows"
import { describeCakeFeatures } from "./describe"

/** What the customer asked for, in words, with their own wording (message, notes) as they wrote it. */
export const CakeSection = ({ cake }: { cake: AdminCustomCake }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Cake</Heading>
    </div>
    <DetailRows
      rows={[
        ...describeCakeFeatures(cake.features),
        { label: "Colors", value: cake.colors.join(", ") },
        { label: "Message on the cake", value: cake.cake_message },
        { label: "Servings wanted", value: cake.servings_wanted },
        { label: "Notes", value: cake.notes },
      ]}
    />
  </Container>
)
