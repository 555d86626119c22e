import type { Translations } from "./locales"

export type SeedCategory = {
  handle: string
  name: string
  description: string
  parentHandle?: string
  translations: Translations<{ name: string; description: string }>
}

export const CATEGORIES: SeedCategory[] = [
  {
    handle: "cakes",
    name: "Cakes",
    description: "Cakes baked to order in our Bukhara kitchen.",
    translations: {
      "ru-RU": { name: "Торты", description: "Торты на заказ из нашей бухарской кухни." },
      "uz-Latn-UZ": { name: "Tortlar", description: "Buxorodagi oshxonamizda buyurtma asosida pishiriladigan tortlar." },
    },
  },
  {
    handle: "cakes-birthday",
    parentHandle: "cakes",
    name: "Birthday",
    description: "Cakes for birthdays and family celebrations.",
    translations: {
      "ru-RU": { name: "На день рождения", description: "Торты на день рождения и семейные праздники." },
      "uz-Latn-UZ": { name: "Tugʻilgan kun", description: "Tugʻilgan kun va oilaviy bayramlar uchun tortlar." },
    },
  },
  {
    handle: "cakes-wedding",
    parentHandle: "cakes",
    name: "Wedding",
    description: "Tiered cakes for weddings and engagements.",
    translations: {
      "ru-RU": { name: "Свадебные", description: "Многоярусные торты для свадеб и помолвок." },
      "uz-Latn-UZ": { name: "Toʻy", description: "Toʻy va fotiha uchun koʻp qavatli tortlar." },
    },
  },
  {
    handle: "flowers",
    name: "Flowers",
    description: "Fresh flowers arranged on the day of delivery.",
    translations: {
      "ru-RU": { name: "Цветы", description: "Свежие цветы, собранные в день доставки." },
      "uz-Latn-UZ": { name: "Gullar", description: "Yetkazib berish kuni terilgan yangi gullar." },
    },
  },
  {
    handle: "flowers-bouquets",
    parentHandle: "flowers",
    name: "Bouquets",
    description: "Hand-tied bouquets of roses, tulips and seasonal flowers.",
    translations: {
      "ru-RU": { name: "Букеты", description: "Букеты из роз, тюльпанов и сезонных цветов." },
      "uz-Latn-UZ": { name: "Guldastalar", description: "Atirgul, lola va mavsumiy gullardan guldastalar." },
    },
  },
  {
    handle: "flowers-compositions",
    parentHandle: "flowers",
    name: "Compositions",
    description: "Flower compositions in boxes and baskets.",
    translations: {
      "ru-RU": { name: "Композиции", description: "Цветочные композиции в коробках и корзинах." },
      "uz-Latn-UZ": { name: "Kompozitsiyalar", description: "Quti va savatlardagi gul kompozitsiyalari." },
    },
  },
  {
    handle: "add-ons",
    name: "Add-ons",
    description: "Small extras to complete a gift.",
    translations: {
      "ru-RU": { name: "Дополнения", description: "Приятные мелочи к подарку." },
      "uz-Latn-UZ": { name: "Qoʻshimchalar", description: "Sovgʻani toʻldiradigan kichik qoʻshimchalar." },
    },
  },
  {
    handle: "add-ons-packaging",
    parentHandle: "add-ons",
    name: "Packaging",
    description: "Gift boxes and wrapping.",
    translations: {
      "ru-RU": { name: "Упаковка", description: "Подарочные коробки и упаковка." },
      "uz-Latn-UZ": { name: "Qadoqlash", description: "Sovgʻa qutilari va oʻram." },
    },
  },
  {
    handle: "add-ons-greeting-cards",
    parentHandle: "add-ons",
    name: "Greeting cards",
    description: "Cards with your message, written by hand.",
    translations: {
      "ru-RU": { name: "Открытки", description: "Открытки с вашими словами, подписанные от руки." },
      "uz-Latn-UZ": { name: "Tabriknomalar", description: "Soʻzlaringiz qoʻlda yozilgan tabriknomalar." },
    },
  },
]
