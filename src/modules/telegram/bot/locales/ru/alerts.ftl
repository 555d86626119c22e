alert-cake-order = Новый заказ с тортом №{ $number }
alert-more-items = …и ещё позиций: { $count }
