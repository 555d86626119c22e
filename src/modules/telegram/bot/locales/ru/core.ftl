language-name = Русский
choose-language = Выберите язык
language-saved = Готово: буду говорить по-русски.
welcome = Здравствуйте, { $name }! Здесь можно заказать торты, цветы и сладости.
main-menu = Что вы хотите сделать?
menu-catalog = 🎂 Каталог
menu-cart = 🛒 Корзина
menu-orders = 📦 Мои заказы
menu-custom-cake = ✨ Торт на заказ
menu-help = ❓ Помощь
menu-language = 🌐 Язык
help =
    Я бот магазина Dasturxon.
    • Каталог: торты, цветы и сладости с ценами и количеством порций.
    • /cart — корзина, /checkout — оформить заказ, /orders — ваши заказы и их статус.
    • /cake — заказать торт по своему описанию; /cancel прерывает любые вопросы.
    • /start открывает главное меню, /language меняет язык, /help показывает это сообщение.
    Пишите нам в любое время: каждый заказ читает человек из магазина.
cancelled = Хорошо, отменено. Что дальше?
not-understood = Извините, я не понял. Воспользуйтесь кнопками ниже или /help.
catalog-title = Выберите категорию
catalog-empty = Сейчас здесь ничего не продаётся.
category-products = { $category }: страница { $page } из { $pages }
back = ◀ Назад
previous-page = ◀
next-page = ▶
product-price = Цена: { $price }
product-sizes = Размеры:
product-size-line = • { $size } — { $price }{ $servings ->
    [0] {""}
   *[other] , порций: { $servings }
}
product-add-size = 🛒 { $size } — { $price }
product-not-found = Этот товар больше не продаётся. Вот каталог.
bakery-not-found = Эта пекарня сейчас не принимает заказы. Вот каталог.
bakery-products = { $bakery }: наша выпечка
too-many-requests = Слишком много сообщений подряд; подождите несколько секунд.
something-went-wrong = У нас что-то пошло не так. Попробуйте ещё раз через минуту.
notification-custom_cake-submitted = Мы получили вашу заявку на торт №{ $number }. Кондитер скоро ответит с ценой.
notification-custom_cake-approved =
    Ваш торт на заказ №{ $number } одобрен: { $price }, порций: { $servings }.
    Оплатите одной из кнопок ниже до { $expires }; после этого предложение истечёт.
notification-custom_cake-rejected =
    К сожалению, мы не можем сделать торт №{ $number }: { $reason }
    Вы можете изменить заявку и отправить её снова.
notification-custom_cake-paid = Спасибо! Торт №{ $number } оплачен и передан на кухню.
notification-custom_cake-expired = Срок оплаты торта №{ $number } истёк. Напишите нам, если он ещё нужен.
notification-custom_cake-cancelled = Торт №{ $number } отменён.
notification-custom_cake-production_advanced = Торт №{ $number }: { $status ->
    [IN_PRODUCTION] кондитеры начали работу.
    [READY] готов!
   *[other] передан вам. Приятного аппетита!
}
pay-with = Оплатить через { $provider }
pay-link-title = Оплата торта на заказ
pay-link-invalid = Эта ссылка на оплату недействительна. Воспользуйтесь последней ссылкой, которую прислал магазин.
pay-link-lapsed = Срок этой ссылки на оплату истёк. Напишите в магазин и попросите новую.
pay-link-busy = Оплата этого торта уже идёт. Завершите её или попробуйте снова через несколько минут.
pay-link-method-disabled = Этот способ оплаты сейчас отключён. Откройте ссылку другого способа оплаты из сообщения магазина.
