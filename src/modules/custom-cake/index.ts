import { Module } from "@medusajs/framework/utils"
import CustomCakeModuleService from "./service"

/** Registered as `customCake` (module keys are identifiers); the folder is custom-cake. */
export const CUSTOM_CAKE_MODULE = "customCake"

export default Module(CUSTOM_CAKE_MODULE, { service: CustomCakeModuleService })
