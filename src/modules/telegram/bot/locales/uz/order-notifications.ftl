order-pickup = Oshxonamizdan olib ketish
order-delivery = Kuryer orqali yetkazib berish
order-pickup-when = Olib ketish: { $when }
order-delivery-when = Yetkazib berish: { $when }
notification-order-placed =
    Rahmat! №{ $number } buyurtma qabul qilindi.
    { $items }
    Jami: { $total }
    { $when }
notification-order-fulfillment_created = №{ $number } buyurtmani yigʻib, qadoqlayapmiz.
notification-shipment-created = { $fulfillment ->
    [pickup] №{ $number } buyurtma tayyor: olib ketishingizni kutamiz.
   *[other] №{ $number } buyurtma yoʻlda: kuryer chiqib ketdi.
}
notification-delivery-created = { $fulfillment ->
    [pickup] №{ $number } buyurtma topshirildi. Yoqimli ishtaha!
   *[other] №{ $number } buyurtma yetkazib berildi. Yoqimli ishtaha!
}
notification-order-completed = №{ $number } buyurtma bajarildi. Bizni tanlaganingiz uchun rahmat!
notification-order-canceled = №{ $number } buyurtma bekor qilindi. Agar toʻlagan boʻlsangiz, pul xuddi shu usulda qaytariladi.
notification-production-accepted = №{ $number } buyurtma qabul qilindi: ishni boshlayapmiz.
notification-production-preparing = №{ $number } buyurtma tayyorlanmoqda.
notification-production-ready = { $fulfillment ->
    [pickup] №{ $number } buyurtma tayyor: olib ketishingizni kutamiz.
   *[other] №{ $number } buyurtma tayyor va tez orada sizga yoʻl oladi.
}
notification-production-out_for_delivery = №{ $number } buyurtma yoʻlda: kuryer chiqib ketdi.
notification-production-delivered = №{ $number } buyurtma yetkazildi. Yoqimli ishtaha!
notification-production-picked_up = №{ $number } buyurtma topshirildi. Yoqimli ishtaha!
notification-production-cancelled = №{ $number } buyurtma bekor qilindi: { $reason }. Pulni qaytarish uchun siz bilan bogʻlanamiz.
