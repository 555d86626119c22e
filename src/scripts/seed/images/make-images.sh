#!/usr/bin/env bash
# Draws the demo product pictures (400x400 JPEG, under 30 KB each) that the seed uploads.
# Needs ImageMagick 6 and DejaVu fonts (Debian: apt-get install imagemagick fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")"

OUTLINE=(-stroke '#00000022' -strokewidth 2)

# Each shape fills the array SHAPE with drawing arguments in two colours.
cake() { # stacked tiers with a candle
  SHAPE=("${OUTLINE[@]}" -fill "$1" -draw 'roundrectangle 110,200 290,270 18,18'
    -fill "$2" -draw 'roundrectangle 110,170 290,210 18,18'
    -fill "$1" -draw 'roundrectangle 140,120 260,180 16,16'
    -fill "$2" -draw 'roundrectangle 140,100 260,130 14,14'
    -fill '#fff6e0' -draw 'rectangle 196,70 204,100' -fill '#ff9a1f' -draw 'ellipse 200,64 6,10 0,360')
}
flowers() { # round bouquet with stems
  SHAPE=(-stroke '#2f7d32' -strokewidth 6 -draw 'line 200,260 170,330' -draw 'line 200,260 230,330' -draw 'line 200,260 200,335'
    "${OUTLINE[@]}" -fill "$1" -draw 'circle 160,180 160,215' -draw 'circle 240,180 240,215' -draw 'circle 200,140 200,175'
    -fill "$2" -draw 'circle 200,210 200,245' -draw 'circle 140,230 140,258' -draw 'circle 260,230 260,258')
}
box() { # gift box with a ribbon
  SHAPE=("${OUTLINE[@]}" -fill "$1" -draw 'rectangle 120,150 280,290' -fill "$2" -draw 'rectangle 110,125 290,160'
    -draw 'rectangle 192,125 208,290' -draw 'ellipse 180,115 22,14 0,360' -draw 'ellipse 220,115 22,14 0,360')
}
composition() { # open box filled with blossoms
  SHAPE=("${OUTLINE[@]}" -fill "$2" -draw 'circle 150,165 150,200' -draw 'circle 250,165 250,200' -draw 'circle 200,140 200,178'
    -fill '#ffffff' -draw 'circle 180,185 180,212' -draw 'circle 225,188 225,214'
    -fill "$1" -draw 'rectangle 110,190 290,300' -fill '#ffffff44' -draw 'rectangle 110,190 290,205')
}
card() { # folded card with a heart
  SHAPE=("${OUTLINE[@]}" -fill "$1" -draw 'polygon 120,110 280,90 290,290 130,300'
    -fill "$2" -draw 'circle 190,180 190,200' -draw 'circle 220,180 220,200' -draw 'polygon 172,188 238,188 205,235')
}
candles() { # three candles with flames
  SHAPE=("${OUTLINE[@]}" -fill "$1" -draw 'rectangle 140,150 165,290' -draw 'rectangle 188,130 213,290' -draw 'rectangle 236,150 261,290'
    -fill "$2" -draw 'ellipse 152,135 7,12 0,360' -draw 'ellipse 200,115 7,12 0,360' -draw 'ellipse 248,135 7,12 0,360')
}

# file, background top and bottom, shape, its two colours, title, subtitle
draw() {
  "$4" "$5" "$6"
  /usr/bin/convert -size 400x400 "gradient:$2-$3" "${SHAPE[@]}" \
    -stroke none -fill '#3b2a20' -font DejaVu-Sans-Bold -pointsize 30 -gravity north -annotate +0+22 "$7" \
    -fill '#5b4636' -font DejaVu-Sans -pointsize 17 -gravity south -annotate +0+40 "$8" \
    -fill '#8a7260' -pointsize 14 -annotate +0+16 'Dasturxon · Bukhara' \
    -strip -sampling-factor 4:2:0 -quality 78 "$1"
}

draw napoleon.jpg          '#fff3da' '#f2cf9b' cake    '#f7e2b5' '#e9b870' 'Napoleon'           'puff pastry · custard'
draw medovik.jpg           '#fff0d6' '#e8b66a' cake    '#d99a45' '#f3d9a4' 'Medovik'            'honey layers · sour cream'
draw red-velvet.jpg        '#ffe6e6' '#f0a8a8' cake    '#b3233a' '#fbf3ec' 'Red velvet'         'cream cheese frosting'
draw chocolate-truffle.jpg '#f3e6dc' '#b98b6b' cake    '#4a2a1a' '#7b4a2e' 'Chocolate truffle'  'flourless · dark ganache'
draw wedding-vanilla.jpg   '#ffffff' '#ece4f4' cake    '#fbf7ef' '#e7d9c4' 'Wedding vanilla'    'two tiers · vanilla'
draw red-roses.jpg         '#fff0f2' '#f5b7c1' flowers '#c8102e' '#e23b52' 'Red roses'          'hand-tied bouquet'
draw spring-tulips.jpg     '#f4fff0' '#c9ecc0' flowers '#ff7aa2' '#ffd34d' 'Spring tulips'      'seasonal bouquet'
draw roses-hat-box.jpg     '#f7f0ff' '#d9c6ef' composition '#2d2d3a' '#e46b8d' 'Roses in a hat box' 'flower composition'
draw flowers-macarons.jpg  '#fff7f0' '#f3d2c1' composition '#f6c8d4' '#9fd6c2' 'Flowers & macarons' 'composition in a box'
draw gift-box.jpg          '#fffaf0' '#f1ddb0' box     '#c0392b' '#f4d03f' 'Gift box'           'packaging for cakes'
draw greeting-card.jpg     '#f0f7ff' '#c5daf2' card    '#ffffff' '#e74c3c' 'Greeting card'      'your words, handwritten'
draw birthday-candles.jpg  '#fffbea' '#f6e3a1' candles '#5dade2' '#ff9a1f' 'Birthday candles'   'numbers and sparklers'
