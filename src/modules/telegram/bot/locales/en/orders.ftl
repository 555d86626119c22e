orders-title = Your orders (page { $page } of { $pages }):
orders-line = #{ $number } · { $date } · { $status } · { $total }
orders-button = Order #{ $number }
orders-empty = You have no orders yet.
orders-not-found = This order was not found.
orders-detail-title = Order #{ $number } of { $date }
orders-detail-status = Status: { $status }
orders-detail-item = • { $line } — { $total }
orders-detail-items-total = Items: { $total }
orders-detail-shipping = Delivery fee: { $total }
orders-detail-discount = Discount: −{ $total }
orders-detail-total = Total: { $total }
orders-detail-address = Address: { $address }
orders-detail-cake-message = Inscription on the cake: { $text }
orders-detail-card-text = Greeting card: { $text }
orders-reorder = 🔁 Order again
orders-back = ◀ My orders
orders-open-cart = 🛒 Open the cart
orders-reordered = I put the items of order #{ $number } into your cart.
orders-reorder-skipped = No longer for sale, so not added: { $products }
orders-reorder-nothing = Nothing from order #{ $number } is for sale now.
orders-status = { $status ->
    [pending] Accepted
    [requires_action] Needs your action
    [draft] Draft
    [archived] Archived
    [completed] Completed
    [canceled] Canceled
    [not_fulfilled] Accepted, waiting for the kitchen
    [partially_fulfilled] Partly packed
    [fulfilled] Packed
    [partially_shipped] Partly on its way
    [shipped] On its way or ready for pickup
    [partially_delivered] Partly delivered
    [delivered] Delivered
   *[other] In progress
}
