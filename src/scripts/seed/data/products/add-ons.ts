import type { SeedProduct } from "./types"

export const ADD_ONS: SeedProduct[] = [
  {
    handle: "gift-box",
    title: "Gift box",
    subtitle: "Rigid box with satin ribbon",
    description: "A rigid white box with a window and a satin ribbon, sized for our cakes. We pack the cake in it before it leaves the kitchen.",
    type: "add-on",
    categoryHandles: ["add-ons-packaging"],
    tags: [],
    image: "gift-box.jpg",
    weightGrams: 300,
    optionTitle: "Size",
    variants: [
      { sku: "GIFT-BOX-S", optionValue: "For 16 cm cakes", price: { uzs: 20000, usd: 1.6 }, stock: 50, weightGrams: 250 },
      { sku: "GIFT-BOX-L", optionValue: "For 20–24 cm cakes", price: { uzs: 30000, usd: 2.4 }, stock: 40, weightGrams: 400 },
    ],
    translations: {
      "ru-RU": {
        title: "Подарочная коробка",
        subtitle: "Жёсткая коробка с атласной лентой",
        description: "Жёсткая белая коробка с окошком и атласной лентой по размеру наших тортов. Упакуем торт до выезда с кухни.",
      },
      "uz-Latn-UZ": {
        title: "Sovgʻa qutisi",
        subtitle: "Atlas lentali qattiq quti",
        description: "Tortlarimiz oʻlchamidagi derazali va atlas lentali qattiq oq quti. Tortni oshxonadan chiqishidan oldin qadoqlaymiz.",
      },
    },
  },
  {
    handle: "greeting-card",
    title: "Greeting card",
    subtitle: "Your message, written by hand",
    description: "A folded card on textured paper. Leave your message at checkout and we write it by hand in Uzbek, Russian or English.",
    type: "add-on",
    categoryHandles: ["add-ons-greeting-cards"],
    tags: [],
    image: "greeting-card.jpg",
    weightGrams: 30,
    optionTitle: "Design",
    variants: [
      { sku: "CARD-BIRTHDAY", optionValue: "Happy birthday", price: { uzs: 15000, usd: 1.2 }, stock: 100, weightGrams: 30 },
      { sku: "CARD-LOVE", optionValue: "With love", price: { uzs: 15000, usd: 1.2 }, stock: 100, weightGrams: 30 },
      { sku: "CARD-CONGRATS", optionValue: "Congratulations", price: { uzs: 15000, usd: 1.2 }, stock: 100, weightGrams: 30 },
    ],
    translations: {
      "ru-RU": {
        title: "Открытка",
        subtitle: "Ваши слова, написанные от руки",
        description: "Складная открытка на фактурной бумаге. Оставьте текст при оформлении, и мы напишем его от руки на узбекском, русском или английском.",
      },
      "uz-Latn-UZ": {
        title: "Tabriknoma",
        subtitle: "Soʻzlaringiz qoʻlda yoziladi",
        description: "Naqshli qogʻozdagi buklanadigan tabriknoma. Buyurtmada matnni qoldiring, uni oʻzbek, rus yoki ingliz tilida qoʻlda yozamiz.",
      },
    },
  },
  {
    handle: "birthday-candles",
    title: "Birthday candles",
    subtitle: "Number candles and sparklers",
    description: "Candles for the cake: a gold number candle (tell us the digits at checkout) or a set of six sparkler candles.",
    type: "add-on",
    categoryHandles: ["add-ons"],
    tags: [],
    image: "birthday-candles.jpg",
    weightGrams: 50,
    optionTitle: "Set",
    variants: [
      { sku: "CANDLE-NUMBER", optionValue: "Number candle", price: { uzs: 12000, usd: 1 }, stock: 80, weightGrams: 40 },
      { sku: "CANDLE-SPARKLERS-6", optionValue: "6 sparklers", price: { uzs: 25000, usd: 2 }, stock: 60, weightGrams: 60 },
    ],
    translations: {
      "ru-RU": {
        title: "Свечи для торта",
        subtitle: "Свечи-цифры и бенгальские свечи",
        description: "Свечи для торта: золотая свеча-цифра (укажите цифры при оформлении) или набор из шести бенгальских свечей.",
      },
      "uz-Latn-UZ": {
        title: "Tugʻilgan kun shamlari",
        subtitle: "Raqamli shamlar va bengal shamlari",
        description: "Tort uchun shamlar: oltin rangli raqamli sham (raqamlarni buyurtmada yozing) yoki oltita bengal shami toʻplami.",
      },
    },
  },
]
