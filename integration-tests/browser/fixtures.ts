/** The pending application setup.ts submits and admin-applications.spec.ts approves; its email tells it from the seed's. */
export const PENDING_APPLICATION = {
  applicant_name: "Farrukh Usmonov",
  email: "farrukh.usmonov@browser-test.dasturxon.local",
  phone: "+998901112233",
  bio: "Ten years of tandir bread in Samarkand.",
  new_bakery: { name: "Registon Non", handle: "registon-non" },
}
