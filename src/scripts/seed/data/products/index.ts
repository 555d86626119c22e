import { ADD_ONS } from "./add-ons"
import { CAKES } from "./cakes"
import { FLOWERS } from "./flowers"

export * from "./types"

export const PRODUCTS = [...CAKES, ...FLOWERS, ...ADD_ONS]
