order-pickup = Pickup from our kitchen
order-delivery = Courier delivery
order-pickup-when = Pickup: { $when }
order-delivery-when = Delivery: { $when }
notification-order-placed =
    Thank you! Order #{ $number } is placed.
    { $items }
    Total: { $total }
    { $when }
notification-order-fulfillment_created = We are preparing and packing order #{ $number }.
notification-shipment-created = { $fulfillment ->
    [pickup] Order #{ $number } is ready: we are waiting for you to collect it.
   *[other] Order #{ $number } is on its way: the courier has left.
}
notification-delivery-created = { $fulfillment ->
    [pickup] Order #{ $number } is handed over. Enjoy!
   *[other] Order #{ $number } is delivered. Enjoy!
}
notification-order-completed = Order #{ $number } is complete. Thank you for choosing us!
notification-order-canceled = Order #{ $number } is canceled. If you already paid, the money goes back the way you paid.
notification-production-accepted = Order #{ $number } is accepted: we are starting on it.
notification-production-preparing = Order #{ $number } is being prepared.
notification-production-ready = { $fulfillment ->
    [pickup] Order #{ $number } is ready: we are waiting for you to collect it.
   *[other] Order #{ $number } is ready and will be on its way soon.
}
notification-production-out_for_delivery = Order #{ $number } is on its way: the courier has left.
notification-production-delivered = Order #{ $number } is delivered. Enjoy!
notification-production-picked_up = Order #{ $number } is handed over. Enjoy!
notification-production-cancelled = Order #{ $number } is cancelled: { $reason }. We will contact you to return the money.
