import { Module } from "@medusajs/framework/utils"
import StaffChannelModuleService from "./service"

/** Registered as `staffChannel` (module keys are identifiers); the folder is staff-channel. */
export const STAFF_CHANNEL_MODULE = "staffChannel"

export default Module(STAFF_CHANNEL_MODULE, { service: StaffChannelModuleService })
