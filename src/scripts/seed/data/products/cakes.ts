import { cakeVariant, type CakeSize, type SeedProduct } from "./types"

const ROUND_16: CakeSize = { label: "16 cm", diameter_cm: 16, height_cm: 10, layers: 6, servings: 6, weightGrams: 1200 }
const ROUND_20: CakeSize = { label: "20 cm", diameter_cm: 20, height_cm: 11, layers: 8, servings: 10, weightGrams: 2000 }
const ROUND_24: CakeSize = { label: "24 cm", diameter_cm: 24, height_cm: 12, layers: 10, servings: 16, weightGrams: 3000 }

const twoTier = (top: number, bottom: number, height: number, layers: number, servings: number, weightGrams: number): CakeSize => ({
  label: `${top} + ${bottom} cm`,
  tiers: 2,
  top_diameter_cm: top,
  diameter_cm: bottom,
  height_cm: height,
  layers,
  servings,
  weightGrams,
})

export const CAKES: SeedProduct[] = [
  {
    handle: "napoleon",
    title: "Napoleon",
    subtitle: "Crisp puff pastry with vanilla custard",
    description:
      "Sixteen thin sheets of butter puff pastry baked until crisp and layered with vanilla custard, finished with pastry crumbs. Rests overnight so every slice is tender.",
    type: "cake",
    categoryHandles: ["cakes-birthday"],
    tags: ["halal", "nut-free"],
    image: "napoleon.jpg",
    weightGrams: ROUND_16.weightGrams,
    optionTitle: "Size",
    variants: [
      cakeVariant("NAPOLEON", ROUND_16, { uzs: 180000, usd: 14.5 }, 6),
      cakeVariant("NAPOLEON", ROUND_20, { uzs: 280000, usd: 22.5 }, 4),
      cakeVariant("NAPOLEON", ROUND_24, { uzs: 390000, usd: 31 }, 3),
    ],
    translations: {
      "ru-RU": {
        title: "Наполеон",
        subtitle: "Хрустящее слоёное тесто с заварным кремом",
        description:
          "Шестнадцать тонких коржей из слоёного теста на сливочном масле, пропитанных ванильным заварным кремом и посыпанных крошкой. Настаивается ночь, поэтому каждый кусочек нежный.",
      },
      "uz-Latn-UZ": {
        title: "Napoleon torti",
        subtitle: "Vanilli qaymoqli qatlamali xamir",
        description:
          "Sariyogʻli qatlamali xamirdan oʻn oltita yupqa korj, vanilli qaymoq bilan qatlangan va ushoq sepilgan. Bir kecha dam oladi, shuning uchun har bir boʻlagi yumshoq.",
      },
    },
  },
  {
    handle: "medovik",
    title: "Medovik",
    subtitle: "Honey layers with sour cream and walnuts",
    description:
      "Eight honey sponge layers made with mountain honey from the Nurata hills, soaked in a light sour cream frosting and covered with toasted walnut crumbs.",
    type: "cake",
    categoryHandles: ["cakes-birthday"],
    tags: ["halal", "contains-nuts"],
    image: "medovik.jpg",
    weightGrams: ROUND_16.weightGrams,
    optionTitle: "Size",
    variants: [
      cakeVariant("MEDOVIK", ROUND_16, { uzs: 170000, usd: 13.5 }, 6),
      cakeVariant("MEDOVIK", ROUND_20, { uzs: 260000, usd: 21 }, 4),
      cakeVariant("MEDOVIK", ROUND_24, { uzs: 360000, usd: 28.5 }, 3),
    ],
    translations: {
      "ru-RU": {
        title: "Медовик",
        subtitle: "Медовые коржи со сметанным кремом и грецким орехом",
        description:
          "Восемь медовых коржей на горном мёде с холмов Нураты, пропитанных лёгким сметанным кремом и покрытых обжаренной ореховой крошкой.",
      },
      "uz-Latn-UZ": {
        title: "Medovik torti",
        subtitle: "Smetanali krem va yongʻoqli asal korjlari",
        description:
          "Nurota togʻlari asalidan tayyorlangan sakkizta asalli korj, yengil smetanali kremga shimdirilgan va qovurilgan yongʻoq ushogʻi bilan qoplangan.",
      },
    },
  },
  {
    handle: "red-velvet",
    title: "Red velvet",
    subtitle: "Cocoa sponge with cream cheese frosting",
    description:
      "Soft buttermilk and cocoa sponge in deep red, layered with a not-too-sweet cream cheese frosting. A favourite for birthdays and anniversaries.",
    type: "cake",
    categoryHandles: ["cakes-birthday"],
    tags: ["halal", "nut-free"],
    image: "red-velvet.jpg",
    weightGrams: ROUND_16.weightGrams,
    optionTitle: "Size",
    variants: [
      cakeVariant("RED-VELVET", ROUND_16, { uzs: 210000, usd: 16.5 }, 5),
      cakeVariant("RED-VELVET", ROUND_20, { uzs: 320000, usd: 25.5 }, 4),
      cakeVariant("RED-VELVET", ROUND_24, { uzs: 440000, usd: 35 }, 2),
    ],
    translations: {
      "ru-RU": {
        title: "Красный бархат",
        subtitle: "Какао-бисквит с крем-чизом",
        description:
          "Нежный бисквит на пахте с какао насыщенного красного цвета и не приторный крем-чиз. Любимый торт на дни рождения и годовщины.",
      },
      "uz-Latn-UZ": {
        title: "Qizil baxmal",
        subtitle: "Krem-chizli kakao biskviti",
        description:
          "Ayronli va kakaoli toʻq qizil yumshoq biskvit, juda shirin boʻlmagan krem-chiz bilan qatlangan. Tugʻilgan kun va yubileylar uchun sevimli tort.",
      },
    },
  },
  {
    handle: "chocolate-truffle",
    title: "Chocolate truffle",
    subtitle: "Flourless dark chocolate cake",
    description:
      "A dense, flourless cake of dark Belgian chocolate under a glossy ganache, dusted with cocoa. Baked without wheat flour in a separate batch.",
    type: "cake",
    categoryHandles: ["cakes-birthday"],
    tags: ["halal", "gluten-free", "nut-free"],
    image: "chocolate-truffle.jpg",
    weightGrams: ROUND_16.weightGrams,
    optionTitle: "Size",
    variants: [
      cakeVariant("CHOCOLATE-TRUFFLE", ROUND_16, { uzs: 230000, usd: 18 }, 4),
      cakeVariant("CHOCOLATE-TRUFFLE", ROUND_20, { uzs: 350000, usd: 27.5 }, 3),
      cakeVariant("CHOCOLATE-TRUFFLE", ROUND_24, { uzs: 480000, usd: 38 }, 2),
    ],
    translations: {
      "ru-RU": {
        title: "Шоколадный трюфель",
        subtitle: "Шоколадный торт без муки",
        description:
          "Плотный торт без муки из тёмного бельгийского шоколада под глянцевым ганашем, присыпанный какао. Выпекается без пшеничной муки отдельной партией.",
      },
      "uz-Latn-UZ": {
        title: "Shokoladli trufel",
        subtitle: "Unsiz toʻq shokoladli tort",
        description:
          "Yaltiroq ganash ostidagi toʻq Belgiya shokoladidan tayyorlangan zich unsiz tort, kakao sepilgan. Bugʻdoy unisiz alohida partiyada pishiriladi.",
      },
    },
  },
  {
    handle: "wedding-two-tier-vanilla",
    title: "Wedding two-tier vanilla",
    subtitle: "Two tiers of vanilla sponge and berry cream",
    description:
      "Two tiers of Madagascar vanilla sponge with raspberry confit and mascarpone cream, covered in smooth white buttercream and fresh flowers. Order at least three days ahead.",
    type: "cake",
    categoryHandles: ["cakes-wedding"],
    tags: ["halal", "nut-free"],
    image: "wedding-vanilla.jpg",
    weightGrams: 5000,
    optionTitle: "Size",
    variants: [
      cakeVariant("WEDDING-VANILLA", twoTier(16, 22, 24, 12, 30, 5000), { uzs: 850000, usd: 67 }, 2),
      cakeVariant("WEDDING-VANILLA", twoTier(18, 26, 26, 12, 45, 7000), { uzs: 1150000, usd: 90 }, 2),
      cakeVariant("WEDDING-VANILLA", twoTier(20, 30, 28, 14, 60, 9500), { uzs: 1500000, usd: 118 }, 1),
    ],
    translations: {
      "ru-RU": {
        title: "Свадебный двухъярусный ванильный",
        subtitle: "Два яруса ванильного бисквита с ягодным кремом",
        description:
          "Два яруса бисквита с мадагаскарской ванилью, малиновым конфи и кремом на маскарпоне, в гладком белом креме и живых цветах. Заказывайте минимум за три дня.",
      },
      "uz-Latn-UZ": {
        title: "Ikki qavatli vanilli toʻy torti",
        subtitle: "Rezavorli kremli ikki qavat vanilli biskvit",
        description:
          "Madagaskar vanilli biskvitidan ikki qavat, malina konfiti va maskarpone kremi bilan, silliq oq krem va tirik gullar bilan bezatilgan. Kamida uch kun oldin buyurtma bering.",
      },
    },
  },
]
