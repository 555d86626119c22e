import { Module } from "@medusajs/framework/utils"
import ReceiptModuleService from "./service"

export const RECEIPT_MODULE = "receipt"

export default Module(RECEIPT_MODULE, { service: ReceiptModuleService })
