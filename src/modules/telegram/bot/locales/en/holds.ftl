hold-expired =
    ⏳ We held these items in your cart for { $minutes } minutes, and that time is up:
    { $items }
    Someone else may buy them now. Add them again to hold them for you once more.
hold-readd = ➕ Add again: { $item }
hold-refused-stock-held = The last ones are in other customers' carts right now. Try again in a few minutes, or choose another item.
hold-refused-limit-per-order = That is more of this item than one order may have. Lower the quantity.
hold-refused-hold-expired = We could not keep an item of your cart for you, and it has been taken since. Open the cart and check it again.
