import { Badge, Container, Heading, Text } from "@medusajs/ui"
import type { AdminBaker } from "../lib/types"

export const BakersSection = ({ bakers }: { bakers: AdminBaker[] }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Bakers</Heading>
    </div>
    {bakers.map((baker) => (
      <div key={baker.id} className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {baker.name}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {[baker.email, baker.phone].filter(Boolean).join(" · ")}
          </Text>
        </div>
        <Badge size="2xsmall">{baker.role === "owner" ? "Owner" : "Staff"}</Badge>
      </div>
    ))}
  </Container>
)
