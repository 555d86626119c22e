import type { SeedProduct } from "./types"

export const FLOWERS: SeedProduct[] = [
  {
    handle: "red-roses-bouquet",
    title: "Red roses bouquet",
    subtitle: "Long-stem roses, hand-tied",
    description:
      "Long-stem red roses from a greenhouse near Tashkent, hand-tied with eucalyptus and wrapped in kraft paper. Comes with a flower food sachet and care card.",
    type: "bouquet",
    categoryHandles: ["flowers-bouquets"],
    tags: [],
    image: "red-roses.jpg",
    weightGrams: 900,
    optionTitle: "Stems",
    variants: [
      { sku: "ROSES-RED-11", optionValue: "11 stems", price: { uzs: 250000, usd: 20 }, stock: 10, weightGrams: 600 },
      { sku: "ROSES-RED-25", optionValue: "25 stems", price: { uzs: 520000, usd: 41 }, stock: 6, weightGrams: 1300 },
      { sku: "ROSES-RED-51", optionValue: "51 stems", price: { uzs: 990000, usd: 78 }, stock: 3, weightGrams: 2600 },
    ],
    translations: {
      "ru-RU": {
        title: "Букет красных роз",
        subtitle: "Розы на длинном стебле, ручная сборка",
        description:
          "Красные розы на длинном стебле из теплицы под Ташкентом, собранные вручную с эвкалиптом и обёрнутые крафт-бумагой. С подкормкой для цветов и карточкой по уходу.",
      },
      "uz-Latn-UZ": {
        title: "Qizil atirgullar guldastasi",
        subtitle: "Uzun poyali atirgullar, qoʻlda yigʻilgan",
        description:
          "Toshkent yaqinidagi issiqxonadan uzun poyali qizil atirgullar, evkalipt bilan qoʻlda yigʻilib, kraft qogʻozga oʻralgan. Gul oziqasi va parvarish kartasi bilan.",
      },
    },
  },
  {
    handle: "spring-tulips-bouquet",
    title: "Spring tulips",
    subtitle: "Pink and yellow tulips",
    description:
      "A cheerful bunch of pink and yellow tulips, the flower of Navruz. Available from February to May while local growers have them.",
    type: "bouquet",
    categoryHandles: ["flowers-bouquets"],
    tags: [],
    image: "spring-tulips.jpg",
    weightGrams: 700,
    optionTitle: "Stems",
    variants: [
      { sku: "TULIPS-15", optionValue: "15 stems", price: { uzs: 190000, usd: 15 }, stock: 12, weightGrams: 600 },
      { sku: "TULIPS-25", optionValue: "25 stems", price: { uzs: 300000, usd: 24 }, stock: 8, weightGrams: 1000 },
      { sku: "TULIPS-35", optionValue: "35 stems", price: { uzs: 410000, usd: 32.5 }, stock: 5, weightGrams: 1400 },
    ],
    translations: {
      "ru-RU": {
        title: "Весенние тюльпаны",
        subtitle: "Розовые и жёлтые тюльпаны",
        description:
          "Яркий букет розовых и жёлтых тюльпанов, цветов Навруза. Есть с февраля по май, пока они есть у местных фермеров.",
      },
      "uz-Latn-UZ": {
        title: "Bahorgi lolalar",
        subtitle: "Pushti va sariq lolalar",
        description:
          "Navroʻz guli boʻlgan pushti va sariq lolalardan quvnoq guldasta. Mahalliy fermerlarda boʻlgan paytda, fevraldan maygacha mavjud.",
      },
    },
  },
  {
    handle: "roses-in-hat-box",
    title: "Roses in a hat box",
    subtitle: "Roses and eustoma in a round box",
    description:
      "Roses and white eustoma arranged on wet floral foam in a round black hat box. No vase needed: top up with water every two days and it lasts about a week.",
    type: "composition",
    categoryHandles: ["flowers-compositions"],
    tags: [],
    image: "roses-hat-box.jpg",
    weightGrams: 1800,
    optionTitle: "Size",
    variants: [
      { sku: "HAT-BOX-S", optionValue: "Small", price: { uzs: 420000, usd: 33 }, stock: 5, weightGrams: 1500 },
      { sku: "HAT-BOX-M", optionValue: "Medium", price: { uzs: 640000, usd: 50 }, stock: 3, weightGrams: 2400 },
    ],
    translations: {
      "ru-RU": {
        title: "Розы в шляпной коробке",
        subtitle: "Розы и эустома в круглой коробке",
        description:
          "Розы и белая эустома на влажной флористической губке в круглой чёрной шляпной коробке. Ваза не нужна: подливайте воду раз в два дня, и композиция простоит около недели.",
      },
      "uz-Latn-UZ": {
        title: "Shlyapa qutisidagi atirgullar",
        subtitle: "Dumaloq qutidagi atirgul va eustoma",
        description:
          "Dumaloq qora shlyapa qutisida hoʻl floristik gubkaga terilgan atirgullar va oq eustoma. Vaza kerak emas: har ikki kunda suv qoʻshing, bir haftacha turadi.",
      },
    },
  },
  {
    handle: "flowers-and-macarons-box",
    title: "Flowers and macarons box",
    subtitle: "Spray roses with twelve almond macarons",
    description:
      "A gift box with spray roses on one side and twelve almond macarons (pistachio, raspberry, salted caramel) on the other. Macarons are made with almond flour and contain no wheat.",
    type: "composition",
    categoryHandles: ["flowers-compositions"],
    tags: ["halal", "gluten-free", "contains-nuts"],
    image: "flowers-macarons.jpg",
    weightGrams: 1200,
    optionTitle: "Size",
    variants: [{ sku: "FLOWERS-MACARONS-12", optionValue: "12 macarons", price: { uzs: 380000, usd: 30 }, stock: 6, weightGrams: 1200 }],
    translations: {
      "ru-RU": {
        title: "Коробка с цветами и макарунами",
        subtitle: "Кустовые розы и двенадцать миндальных макарун",
        description:
          "Подарочная коробка: с одной стороны кустовые розы, с другой двенадцать миндальных макарун (фисташка, малина, солёная карамель). Макаруны на миндальной муке, без пшеницы.",
      },
      "uz-Latn-UZ": {
        title: "Gullar va makarunlar qutisi",
        subtitle: "Butali atirgullar va oʻn ikkita bodomli makarun",
        description:
          "Sovgʻa qutisi: bir tomonda butali atirgullar, ikkinchi tomonda oʻn ikkita bodomli makarun (pista, malina, shoʻr karamel). Makarunlar bodom unidan, bugʻdoysiz.",
      },
    },
  },
]
