order-pickup = Самовывоз с нашей кухни
order-delivery = Доставка курьером
order-pickup-when = Самовывоз: { $when }
order-delivery-when = Доставка: { $when }
notification-order-placed =
    Спасибо! Заказ №{ $number } оформлен.
    { $items }
    Итого: { $total }
    { $when }
notification-order-fulfillment_created = Заказ №{ $number } собираем и упаковываем.
notification-shipment-created = { $fulfillment ->
    [pickup] Заказ №{ $number } готов: ждём вас за ним.
   *[other] Заказ №{ $number } в пути: курьер уже выехал.
}
notification-delivery-created = { $fulfillment ->
    [pickup] Заказ №{ $number } выдан. Приятного аппетита!
   *[other] Заказ №{ $number } доставлен. Приятного аппетита!
}
notification-order-completed = Заказ №{ $number } выполнен. Спасибо, что выбрали нас!
notification-order-canceled = Заказ №{ $number } отменён. Если вы уже оплатили, деньги вернутся тем же способом.
notification-production-accepted = Заказ №{ $number } принят: мы начинаем работу.
notification-production-preparing = Заказ №{ $number } готовится.
notification-production-ready = { $fulfillment ->
    [pickup] Заказ №{ $number } готов: ждём вас за ним.
   *[other] Заказ №{ $number } готов и скоро поедет к вам.
}
notification-production-out_for_delivery = Заказ №{ $number } в пути: курьер уже выехал.
notification-production-delivered = Заказ №{ $number } доставлен. Приятного аппетита!
notification-production-picked_up = Заказ №{ $number } выдан. Приятного аппетита!
notification-production-cancelled = Заказ №{ $number } отменён: { $reason }. Мы свяжемся с вами, чтобы вернуть деньги.
