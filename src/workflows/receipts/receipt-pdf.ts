import PDFDocument from "pdfkit"
import type { ReceiptDocument, ReceiptLine } from "./receipt-document"

/*
 * DejaVu Sans covers Cyrillic and Uzbek Latin (ʻ U+02BB); PDFKit embeds the subset used, so every reader shows (and
 * text extraction returns) the same letters. The standard PDF fonts have no Cyrillic at all.
 */
const FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
}

const MARGIN = 48

/** The receipt as an A5 PDF with the font embedded. */
export function renderReceiptPdf(receipt: ReceiptDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A5", margin: MARGIN, info: { Title: `${receipt.title} ${receipt.heading[0]}` } })
  doc.registerFont("regular", FONTS.regular)
  doc.registerFont("bold", FONTS.bold)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const width = doc.page.width - 2 * MARGIN

  // A label on the left and its value on the right of one line (a long label wraps under itself).
  const row = ({ label, value, note }: ReceiptLine, font: "regular" | "bold" = "regular", size = 10) => {
    const top = doc.y
    doc.font(font).fontSize(size).text(label, MARGIN, top, { width: width * 0.62 })
    const bottom = doc.y
    doc.text(value, MARGIN, top, { width, align: "right" })
    doc.y = Math.max(bottom, doc.y)
    if (note) doc.font("regular").fontSize(8).fillColor("#555555").text(note, MARGIN, doc.y, { width: width * 0.62 }).fillColor("#000000")
  }
  const rule = () => {
    doc.moveDown(0.4)
    doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(0.5).stroke()
    doc.moveDown(0.4)
  }

  doc.font("bold").fontSize(16).text(receipt.title, { width, align: "center" })
  doc.moveDown(0.6)
  doc.font("regular").fontSize(9).fillColor("#555555").text(receipt.seller.label)
  doc.font("bold").fontSize(12).fillColor("#000000").text(receipt.seller.name)
  doc.font("regular").fontSize(9)
  for (const detail of receipt.seller.details) doc.text(detail)
  rule()
  doc.font("regular").fontSize(10)
  for (const line of receipt.heading) doc.text(line)
  rule()
  for (const item of receipt.items) {
    doc.font("bold").fontSize(10).text(item.name, MARGIN, doc.y, { width })
    row({ label: item.quantity_line, value: item.amount })
    doc.moveDown(0.3)
  }
  rule()
  for (const line of receipt.totals) row(line)
  doc.moveDown(0.2)
  row(receipt.total, "bold", 12)
  if (receipt.vat) row(receipt.vat, "regular", 9)
  rule()
  for (const line of receipt.payment) row(line)
  doc.moveDown(1)
  doc.font("regular").fontSize(10).text(receipt.footer, MARGIN, doc.y, { width, align: "center" })
  doc.end()
  return done
}
