orders-title = Ваши заказы (страница { $page } из { $pages }):
orders-line = №{ $number } · { $date } · { $status } · { $total }
orders-button = Заказ №{ $number }
orders-empty = У вас пока нет заказов.
orders-not-found = Заказ не найден.
orders-detail-title = Заказ №{ $number } от { $date }
orders-detail-status = Статус: { $status }
orders-detail-item = • { $line } — { $total }
orders-detail-items-total = Товары: { $total }
orders-detail-shipping = Стоимость доставки: { $total }
orders-detail-discount = Скидка: −{ $total }
orders-detail-total = Итого: { $total }
orders-detail-address = Адрес: { $address }
orders-detail-cake-message = Надпись на торте: { $text }
orders-detail-card-text = Открытка: { $text }
orders-reorder = 🔁 Повторить заказ
orders-back = ◀ Мои заказы
orders-open-cart = 🛒 Открыть корзину
orders-reordered = Положил товары заказа №{ $number } в вашу корзину.
orders-reorder-skipped = Больше не продаётся, не добавлено: { $products }
orders-reorder-nothing = Из заказа №{ $number } сейчас ничего не продаётся.
orders-status = { $status ->
    [pending] Принят
    [requires_action] Нужно ваше действие
    [draft] Черновик
    [archived] В архиве
    [completed] Выполнен
    [canceled] Отменён
    [not_fulfilled] Принят, ждёт кухню
    [partially_fulfilled] Собран частично
    [fulfilled] Собран
    [partially_shipped] Частично в пути
    [shipped] В пути или готов к выдаче
    [partially_delivered] Доставлен частично
    [delivered] Доставлен
   *[other] В работе
}
