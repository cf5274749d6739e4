// probe26 'l' files: @libpdf/core 0.4.2 (npm, TypeScript, its own PDF writer) breaks every
// paragraph itself (drawText with maxWidth: word wrap, "justify" or "left"); this script
// only stacks the blocks down the page (predicting each block's height with the library's
// own layoutText), keeps footnotes at the foot of the page of their call, and draws the
// running header, footer, page numbers, rules, boxes and the ruled grade table.
// Usage: node render_libpdf.mjs DOC.json OUT.pdf   (DOC.json is written by gen_libpdf.py)
import { PDF, rgb, layoutText, measureText } from "@libpdf/core";
import fs from "fs";

const [, , docPath, outPath] = process.argv;
const doc = JSON.parse(fs.readFileSync(docPath, "utf8"));
const meta = doc.meta;
const PW = 595.28, PH = 841.89, ML = 72, MR = 72, MT = 84, MB = 72;
const W = PW - ML - MR;
const BODY = meta.font, BOLD = meta.bold, SIZE = meta.size, LH = meta.size * 1.32;
const ALIGN = meta.align;
const NAVY = rgb(0.1, 0.16, 0.36), GREY = rgb(0.35, 0.35, 0.35), TINT = rgb(0.9, 0.93, 0.97);

const pdf = PDF.create();
pdf.setTitle(meta.title);
pdf.setAuthor("probe26");
const when = new Date(meta.date + "T09:30:00Z");
pdf.setCreationDate(when);
pdf.setModificationDate(when);

const pages = [];
let page, y; // y = top of the free space, measured from the page top
function newPage() {
  page = pdf.addPage({ size: "a4" });
  pages.push({ page, notes: [] });
  y = MT;
}
function cur() { return pages[pages.length - 1]; }
function notesHeight(notes) {
  if (!notes.length) return 0;
  let h = 14;
  for (const n of notes) h += layoutText(n.label + " " + n.text, BODY, 8, W, 10).height + 2;
  return h;
}
function limit(extra) { return PH - MB - notesHeight(cur().notes.concat(extra || [])); }
function ensure(h, notes) { if (y + h > limit(notes)) newPage(); }
function textHeight(t, font, size, width, lh) { return layoutText(t, font, size, width, lh).height; }
function draw(t, x, top, o) {
  // top = top of the line box; drawText's y is the first baseline
  page.drawText(t, { x, y: PH - top - o.size, font: o.font, size: o.size, maxWidth: o.width,
    lineHeight: o.lh, alignment: o.align || "left", color: o.color });
}

function para(p, x, width, align, font) {
  // p = {text, notes:[{label,text}]}
  const h = textHeight(p.text, font || BODY, SIZE, width, LH);
  ensure(h, p.notes);
  draw(p.text, x, y, { font: font || BODY, size: SIZE, width, lh: LH, align });
  cur().notes.push(...p.notes);
  y += h + 7;
}

function blockHeight(b, width) {
  if (b.k === "p") return textHeight(b.text, BODY, SIZE, width, LH) + 7;
  return 0;
}

function render(b, x = ML, width = W) {
  switch (b.k) {
    case "kicker":
      ensure(20); draw(b.text, x, y, { font: "Helvetica", size: 11, color: GREY }); y += 18; break;
    case "title":
      ensure(30);
      draw(b.text, x, y, { font: "Helvetica-Bold", size: 20, width, lh: 24, color: NAVY });
      y += textHeight(b.text, "Helvetica-Bold", 20, width, 24) + 6; break;
    case "date":
      draw(b.text, x, y, { font: "Helvetica", size: 11, color: GREY }); y += 26; break;
    case "notice":
      para({ text: b.text, notes: [] }, x, width, "left", "Times-Italic"); y += 6; break;
    case "h": {
      const sz = b.level === 1 ? 14 : 11.5;
      ensure(sz + 4 + 2 * LH);
      y += b.level === 1 ? 8 : 2;
      draw(b.text, x, y, { font: "Helvetica-Bold", size: sz, width, lh: sz * 1.2, color: NAVY });
      y += sz * 1.2 + 6; break;
    }
    case "p": para(b, x, width, ALIGN); break;
    case "bullets": {
      if (b.lead) para(b.lead, x, width, ALIGN);
      for (const it of b.items) {
        const h = textHeight(it.text, BODY, SIZE, width - 18, LH);
        ensure(h, it.notes);
        const base = PH - y - SIZE;
        if (b.marker === "zapf") page.drawText("\u25CF", { x: x + 4, y: base + 1, font: "ZapfDingbats", size: 6 });
        else if (b.marker === "square") page.drawRectangle({ x: x + 4, y: base + 2, width: 4.5, height: 4.5, color: NAVY });
        else page.drawText("\u2022", { x: x + 4, y: base, font: BODY, size: SIZE });
        draw(it.text, x + 18, y, { font: BODY, size: SIZE, width: width - 18, lh: LH, align: "left" });
        cur().notes.push(...it.notes);
        y += h + 4;
      }
      y += 5; break;
    }
    case "table": {
      const c0 = width * 0.66, rowH = 19;
      ensure(rowH * (b.rows.length + 1) + 10);
      const rows = [b.head].concat(b.rows);
      rows.forEach((r, i) => {
        const top = y + i * rowH;
        if (i === 0) page.drawRectangle({ x, y: PH - top - rowH, width, height: rowH, color: NAVY });
        const f = i === 0 ? "Helvetica-Bold" : "Helvetica";
        const col = i === 0 ? rgb(1, 1, 1) : rgb(0, 0, 0);
        draw(r[0], x + 6, top + 4.5, { font: f, size: 9.5, color: col });
        draw(r[1], x + c0 + 6, top + 4.5, { font: f, size: 9.5, color: col });
        page.drawLine({ start: { x, y: PH - top - rowH }, end: { x: x + width, y: PH - top - rowH }, color: GREY, thickness: 0.5 });
      });
      page.drawLine({ start: { x: x + c0, y: PH - y }, end: { x: x + c0, y: PH - y - rowH * rows.length }, color: GREY, thickness: 0.5 });
      y += rowH * rows.length + 14; break;
    }
    case "box": {
      const inner = width - 24;
      let h = 30;
      for (const c of b.blocks) h += blockHeight(c, inner);
      ensure(h + 8);
      page.drawRectangle({ x, y: PH - y - h, width, height: h, color: TINT, borderColor: NAVY, borderWidth: 0.8 });
      const top = y;
      y += 10;
      draw(b.title, x + 12, y, { font: "Helvetica-Bold", size: 10.5, color: NAVY });
      y += 18;
      for (const c of b.blocks) para(c, x + 12, inner, "left");
      y = top + h + 12; break;
    }
    case "cols": {
      const gap = 22, cw = (width - gap) / 2, top = y;
      let h1 = 0, h2 = 0;
      for (const c of b.left) h1 += blockHeight(c, cw);
      for (const c of b.right) h2 += blockHeight(c, cw);
      ensure(Math.max(h1, h2), b.left.concat(b.right).flatMap((c) => c.notes || []));
      const t0 = y;
      for (const c of b.left) para(c, x, cw, "left");
      y = t0;
      for (const c of b.right) para(c, x + cw + gap, cw, "left");
      y = t0 + Math.max(h1, h2) + 4; void top; break;
    }
    case "numbered": throw new Error("numbered not used in l files");
    case "pagebreak": newPage(); break;
    case "backcover": {
      let yy = PH - 430;
      page.drawLine({ start: { x: ML, y: yy + 24 }, end: { x: PW - MR, y: yy + 24 }, color: NAVY, thickness: 1 });
      for (const line of b.lines) {
        const h = textHeight(line, "Helvetica", 9, W, 12);
        page.drawText(line, { x: ML, y: yy, font: "Helvetica", size: 9, maxWidth: W, lineHeight: 12, color: GREY });
        yy -= h + 8;
      }
      break;
    }
    default: throw new Error("unknown block " + b.k);
  }
}

newPage();
for (const b of doc.blocks) render(b);

const total = pages.length;
pages.forEach((pg, i) => {
  const p = pg.page;
  if (pg.notes.length) {
    let yy = PH - MB - notesHeight(pg.notes) + 8;
    p.drawLine({ start: { x: ML, y: PH - yy }, end: { x: ML + 120, y: PH - yy }, color: GREY, thickness: 0.5 });
    yy += 6;
    for (const n of pg.notes) {
      const t = n.label + " " + n.text;
      p.drawText(t, { x: ML, y: PH - yy - 8, font: BODY, size: 8, maxWidth: W, lineHeight: 10 });
      yy += layoutText(t, BODY, 8, W, 10).height + 2;
    }
  }
  const last = doc.backcover && i === total - 1;
  if (meta.header && !last) {
    p.drawText(meta.header, { x: ML, y: PH - 46, font: "Helvetica", size: 8.5, color: GREY });
    p.drawLine({ start: { x: ML, y: PH - 52 }, end: { x: PW - MR, y: PH - 52 }, color: GREY, thickness: 0.4 });
  }
  if (meta.footer && !last) p.drawText(meta.footer, { x: ML, y: 40, font: "Helvetica", size: 8.5, color: GREY });
  if (!last) {
    const num = String(i + 1);
    const w = measureText(num, "Helvetica", 9);
    p.drawText(num, { x: PW - MR - w, y: 40, font: "Helvetica", size: 9 });
  }
});

fs.writeFileSync(outPath, await pdf.save());
console.log(JSON.stringify({ pages: total }));
