import type { CreateBakeryWorkflowInput } from "../../../workflows/bakery/create-bakery"
import type { SubmitBakerApplicationWorkflowInput } from "../../../workflows/baker-application/submit-baker-application"

type SeedBakery = CreateBakeryWorkflowInput & { productHandles: string[] }

const everyDay = (weekdays: number[], opens: string, closes: string) => weekdays.map((weekday) => ({ weekday, opens, closes }))

/** Two Bukhara bakeries selling the demo cakes; the store itself keeps the flowers and add-ons. */
export const BAKERIES: SeedBakery[] = [
  {
    handle: "non-uyi",
    name: "Non Uyi",
    description: "Family bakery near Lyabi-Hauz: layered Napoleon and honey Medovik baked every morning.",
    phone: "+998652241010",
    address: "Bahouddin Naqshband koʻchasi 5, Bukhara",
    latitude: 39.7747,
    longitude: 64.4205,
    timezone: "Asia/Tashkent",
    opening_hours: [...everyDay([1, 2, 3, 4, 5, 6], "08:00", "20:00"), { weekday: 7, opens: "09:00", closes: "18:00" }],
    productHandles: ["napoleon", "medovik"],
  },
  {
    handle: "lyabi-hauz-patisserie",
    name: "Lyabi Hauz Patisserie",
    description: "Celebration and wedding cakes to order, with a late counter for evening pickups.",
    phone: "+998652243030",
    address: "Mehtar Ambar koʻchasi 18, Bukhara",
    latitude: 39.7756,
    longitude: 64.4143,
    timezone: "Asia/Tashkent",
    opening_hours: everyDay([2, 3, 4, 5, 6, 7], "10:00", "22:00"),
    productHandles: ["red-velvet", "chocolate-truffle", "wedding-two-tier-vanilla"],
  },
]

/** One application waiting in the staff queue, so the review flow can be tried at once. */
export const PENDING_APPLICATION: SubmitBakerApplicationWorkflowInput = {
  applicant_name: "Dilnoza Karimova",
  email: "dilnoza.karimova@example.uz",
  phone: "+998901112233",
  bio: "Ten years of baking Samarkand-style cakes at home; I would like to sell through Dasturxon.",
  new_bakery: {
    name: "Dilnoza Sweets",
    handle: "dilnoza-sweets",
    phone: "+998901112233",
    address: "Navoi shoh koʻchasi 40, Bukhara",
    description: "Home bakery: medovik, chak-chak and birthday cakes to order.",
  },
}
