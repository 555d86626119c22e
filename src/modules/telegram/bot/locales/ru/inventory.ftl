alert-stock-low = Заканчивается: { $item } ({ $location }): осталось { $quantity } (порог { $threshold })
