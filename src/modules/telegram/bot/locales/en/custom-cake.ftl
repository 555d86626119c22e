cake-intro = Let us describe your cake step by step; the pastry chef will reply with a price. /cancel stops at any time.
cake-hint-choose = Please choose with the buttons below.
cake-ask-event = What is the occasion?
cake-event = { $value ->
    [birthday] 🎂 Birthday
    [wedding] 💍 Wedding
    [anniversary] 🥂 Anniversary
    [corporate] 🏢 Corporate
    [kids] 🧸 Kids' party
   *[other] ✨ Other
}
cake-ask-shape = What shape?
cake-shape = { $value ->
    [round] ⚪ Round
    [square] ⬜ Square
    [heart] ❤️ Heart
   *[sheet] ▭ Sheet (rectangular)
}
cake-ask-tiers = How many tiers? Choose or type a number up to 5.
cake-hint-tiers = Type a whole number from { $min } to { $max }, or choose a button.
cake-ask-size = Tier { $tier } from the bottom: its size in cm (the diameter; for a square the side, for a heart its widest part). Choose or type a number up to { $max }.
cake-hint-size = Type the size in cm, a number from { $min } to { $max } (an upper tier cannot be larger than the one below).
cake-ask-sheet-size = Tier { $tier } from the bottom: length and width in cm, e.g. 40x30.
cake-hint-sheet-size = Type length and width like 40x30, each from 8 to 80 cm; an upper tier must fit on the one below.
cake-ask-height = How tall is each tier, in cm?
cake-hint-height = Type the height in cm, a number from { $min } to { $max }.
cake-ask-layers = How many sponge layers in each tier?
cake-hint-layers = Type a whole number from { $min } to { $max }, or choose a button.
cake-ask-flavor = Which sponge?
cake-flavor = { $value ->
    [vanilla] Vanilla
    [chocolate] Chocolate
    [red_velvet] Red velvet
    [honey] Honey cake
    [napoleon] Napoleon
    [fruit] Fruit
   *[other] Other
}
cake-ask-filling = Which filling?
cake-filling = { $value ->
    [cream] Cream
    [ganache] Ganache
    [fruit] Fruit
    [custard] Custard
    [buttercream] Buttercream
    [none] No filling
   *[other] Other
}
cake-ask-decoration = How rich should the decoration be?
cake-decoration = { $level ->
    [1] 1 — simple, smooth cream
    [2] 2 — light: piping, berries
    [3] 3 — medium: drips, macarons, a topper
    [4] 4 — rich: flowers, figures
   *[5] 5 — a showpiece
}
cake-ask-servings = How many guests should it serve? Choose, type a number, or skip.
cake-hint-servings = Type a whole number of guests from 1 to { $max }, or press Skip.
cake-skip = Skip
cake-done = ✅ Done
cake-send = ✅ Send
cake-cancel = ✖ Cancel
cake-ask-colors = Which colours? Write up to 5, separated by commas (e.g. white, gold), or skip.
cake-hint-colors = Write at most { $max } colours separated by commas, each up to { $length } characters, or press Skip.
cake-ask-message = What should be written on the cake? Write the text or skip.
cake-hint-message = The text on the cake is at most { $max } characters. Write a shorter one or press Skip.
cake-ask-photos = Send reference photos if you have any (up to { $max }), then press Done.
cake-hint-photos = Send a photo, or press Done when you have sent them all.
cake-photo-received = Photo { $count } of { $max } received. Send more or press Done.
cake-ask-date = For which day? The shop needs at least { $hours } hours. Choose a day or type a date like 25.12.2026.
cake-hint-date = Choose a day below or type a date like 25.12.2026 that leaves the shop enough time (at most 180 days ahead).
cake-ask-time = At what time (Tashkent time)?
cake-ask-fulfillment = Pickup or delivery?
cake-fulfillment = { $value ->
    [PICKUP] 🏪 Pickup
   *[DELIVERY] 🚚 Delivery
}
cake-ask-address = Write the delivery address: city, then street, house and flat, separated by a comma (e.g. Tashkent, Navoi street 12, flat 5). Or share a location with 📎.
cake-hint-address = Write the city, a comma, then street, house and flat, e.g. Tashkent, Navoi street 12, flat 5.
cake-ask-address-after-location = Thank you! Now write the address in words for the courier: city, then street, house and flat.
cake-summary =
    Your cake:
    • Occasion: { $event }
    • Shape: { $shape }, sizes: { $sizes } cm, tier height { $height } cm
    • Layers: { $layers }; sponge: { $flavor }; filling: { $filling }
    • Decoration: { $decoration }
    • Guests: { $servings }
    • Colours: { $colors }
    • On the cake: { $message }
    • Photos: { $photos }
    • When: { $wanted }
    • { $fulfillment }{ $address }
    Send the request?
cake-cancelled = The request is cancelled; nothing was sent.
cake-sent = Request #{ $number } is sent. The pastry chef will reply here with a price.
cake-photo-unavailable = Photo { $index } could not be downloaded from Telegram. Please send your photos again.
cake-photo-too-large = Photo { $index } is larger than { $megabytes } MB. Please send your photos again, each at most { $megabytes } MB.
cake-photo-too-many-pixels = Photo { $index } has more than { $megapixels } megapixels. Please send your photos again, smaller.
cake-photo-not-image = File { $index } is not a JPEG, PNG or WebP picture. Please send your photos again.
cake-error-too-soon = A custom cake needs at least { $hours } hours. Please choose a later date.
cake-error-too-many-photos = A request takes at most { $max } photos. Please send them again.
cake-error-failed = The request could not be sent right now. Your answers are kept: press Send to try again, or Cancel.
