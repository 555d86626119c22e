import { Module } from "@medusajs/framework/utils"
import BakeryModuleService from "./service"

export const BAKERY_MODULE = "bakery"

export default Module(BAKERY_MODULE, { service: BakeryModuleService })
