import { Module } from "@medusajs/framework/utils"
import TelegramModuleService from "./service"

export const TELEGRAM_MODULE = "telegram"

export default Module(TELEGRAM_MODULE, { service: TelegramModuleService })
