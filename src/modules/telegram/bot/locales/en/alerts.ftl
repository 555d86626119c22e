alert-cake-order = New cake order #{ $number }
alert-more-items = …and { $count } more
