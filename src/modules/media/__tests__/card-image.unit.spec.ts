import { cardImageUrl } from "../card-image"

const sizes = (name: string) => ({
  original_url: `https://cdn.example.com/products/${name}.jpg`,
  thumbnail_url: `https://cdn.example.com/products/${name}-thumbnail.webp`,
  card_url: `https://cdn.example.com/products/${name}-card.webp`,
})

describe("cardImageUrl", () => {
  const napoleon = sizes("napoleon")
  const medovik = sizes("medovik")

  it("picks the card size of the photo the thumbnail shows, whichever size the thumbnail points at", () => {
    for (const thumbnail of [medovik.original_url, medovik.thumbnail_url, medovik.card_url]) {
      expect(cardImageUrl({ thumbnail, image_variants: [napoleon, null, medovik] })).toBe(medovik.card_url)
    }
  })

  it("falls back to the thumbnail when its photo has no recorded sizes", () => {
    expect(cardImageUrl({ thumbnail: "https://cdn.example.com/seed.jpg", image_variants: [napoleon] })).toBe("https://cdn.example.com/seed.jpg")
    expect(cardImageUrl({ thumbnail: "https://cdn.example.com/seed.jpg" })).toBe("https://cdn.example.com/seed.jpg")
  })

  it("has no picture for a product without a thumbnail", () => {
    expect(cardImageUrl({ thumbnail: null, image_variants: [napoleon] })).toBeNull()
  })
})
