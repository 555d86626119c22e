import { Module } from "@medusajs/framework/utils"
import CakePricingModuleService from "./service"

export const CAKE_PRICING_MODULE = "cakePricing"

export default Module(CAKE_PRICING_MODULE, { service: CakePricingModuleService })
