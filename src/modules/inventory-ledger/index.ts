import { Module } from "@medusajs/framework/utils"
import InventoryLedgerModuleService from "./service"

export const INVENTORY_LEDGER_MODULE = "inventoryLedger"

export default Module(INVENTORY_LEDGER_MODULE, { service: InventoryLedgerModuleService })
