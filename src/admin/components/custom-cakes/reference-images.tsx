import { Container, Heading } from "@medusajs/ui"
import type { CustomCakeImage } from "../../hooks/custom-cakes"

/** The customer's photos as thumbnails; each opens full size in a new tab (the image route uses the admin session). */
export const ReferenceImages = ({ images }: { images: CustomCakeImage[] }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Reference images</Heading>
    </div>
    <div className="flex flex-wrap gap-3 px-6 py-4">
      {images.map((image, index) => (
        <a key={image.id} href={image.url} target="_blank" rel="noreferrer">
          <img
            src={image.url}
            alt={`Reference image ${index + 1}`}
            loading="lazy"
            className="border-ui-border-base h-24 w-24 rounded-md border object-cover"
          />
        </a>
      ))}
    </div>
  </Container>
)
