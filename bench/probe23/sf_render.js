// Render one probe23 document with Syncfusion's Essential JS 2 PDF library
// (@syncfusion/ej2-pdf-export).  Usage: node sf_render.js SPEC.json
// The spec (written by gen_syncfusion.py) is a list of drawing operations; this script only
// maps them onto the library: the library breaks and aligns the lines and runs a paragraph on to
// a new page by itself (PdfTextElement with PdfLayoutType.Paginate), draws the tables (PdfGrid),
// the running header and the footer with its automatic page fields (PdfPageTemplateElement +
// PdfCompositeField) and writes the PDF.  The script places blocks one after another, keeps
// footnotes at the foot of the page of their call, draws boxes, rules, bullets and footnote
// calls, and (in the letter) a header in a band it keeps free at the top of pages 2 onwards.
'use strict';
const fs = require('fs');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

// The library names its font resources with random GUIDs and its TrueType subsets with random
// tags (Math.random); a seeded generator makes the output reproducible.
let seed = spec.seed >>> 0;
Math.random = function () {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
// ej2-file-utils reads navigator.userAgent when the document is saved (Node 20 has none).
globalThis.navigator = globalThis.navigator || { userAgent: 'node' };

const sf = require('@syncfusion/ej2-pdf-export');

const doc = new sf.PdfDocument();
const M = spec.margins;                   // [left, top, right, bottom]
doc.pageSettings.margins.left = M[0];
doc.pageSettings.margins.top = M[1];
doc.pageSettings.margins.right = M[2];
doc.pageSettings.margins.bottom = M[3];

const fonts = {};
for (const [name, f] of Object.entries(spec.fonts)) {
  if (f.ttf) {
    fonts[name] = new sf.PdfTrueTypeFont(fs.readFileSync(f.ttf).toString('base64'), f.size);
  } else {
    const style = { regular: sf.PdfFontStyle.Regular, bold: sf.PdfFontStyle.Bold,
      italic: sf.PdfFontStyle.Italic }[f.style || 'regular'];
    fonts[name] = new sf.PdfStandardFont(sf.PdfFontFamily[f.std], f.size, style);
  }
}
const color = (c) => new sf.PdfColor(c[0], c[1], c[2]);
const brush = (c) => new sf.PdfSolidBrush(color(c || [0, 0, 0]));
const ALIGN = { left: sf.PdfTextAlignment.Left, right: sf.PdfTextAlignment.Right,
  center: sf.PdfTextAlignment.Center, justify: sf.PdfTextAlignment.Justify };
function fmt(o) {
  const f = new sf.PdfStringFormat(ALIGN[o.align || 'left']);
  if (o.lineSpacing) f.lineSpacing = o.lineSpacing;
  f.lineLimit = true;       // no line that only partly fits above the foot of the page
  return f;
}

// Footer: a document template with the library's automatic page number and page count fields.
const W = 595 - M[0] - M[2];
if (spec.footer) {
  const ft = spec.footer;
  const el = new sf.PdfPageTemplateElement(new sf.RectangleF(0, 0, W, ft.height));
  if (ft.rule) el.graphics.drawLine(new sf.PdfPen(color(ft.rule), 0.5), 0, 2, W, 2);
  const f = fonts[ft.font];
  if (ft.left) {
    el.graphics.drawString(ft.left, f, null, brush(ft.color), 0, ft.y, W, 14,
      new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
  }
  const comp = new sf.PdfCompositeField(f, brush(ft.color), ft.pattern,
    new sf.PdfPageNumberField(f, brush(ft.color)), new sf.PdfPageCountField(f, brush(ft.color)));
  comp.stringFormat = new sf.PdfStringFormat(ALIGN[ft.align]);
  comp.bounds = new sf.RectangleF(0, ft.y, W, 14);
  comp.draw(el.graphics, new sf.PointF(0, ft.y));
  doc.template.bottom = el;
}

// Running header as a document template (on every page of the main section) where the spec
// asks for it; otherwise it is drawn later in a band kept free on pages 2 onwards.
if (spec.top) {
  const hd = spec.top;
  const el = new sf.PdfPageTemplateElement(new sf.RectangleF(0, 0, W, hd.height));
  const g = el.graphics;
  if (hd.left) g.drawString(hd.left, fonts[hd.font], null, brush(hd.color), 0, 0, W, 14,
    new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
  if (hd.right) g.drawString(hd.right, fonts[hd.font], null, brush(hd.color), 0, 0, W, 14,
    new sf.PdfStringFormat(sf.PdfTextAlignment.Right));
  if (hd.rule) g.drawLine(new sf.PdfPen(color(hd.rule), 0.5), 0, 13, W, 13);
  doc.template.top = el;
}

let section = doc.sections.add();
let page = section.pages.add();
const H = page.getClientSize().height;
const contTop = spec.cont_top || 0;       // band kept free for a running header drawn later
let y = 0;
let reserve = 0;                          // footnote space reserved at the foot of this page
let pendingNotes = [];
function newPage() {
  flushNotes();
  page = section.pages.add();
  y = contTop;
  reserve = 0;
}
function bottom() { return H - reserve; }

function textHeight(text, font, width, o) {
  const lay = new sf.PdfStringLayouter();
  const r = lay.layout(text, font, fmt(o), new sf.SizeF(width, 0), false, new sf.SizeF(width, H));
  return r.actualSize.height;
}

function flushNotes() {
  if (!pendingNotes.length) return;
  const g = page.graphics;
  let ny = H - reserve + 4;
  g.drawLine(new sf.PdfPen(color([0.4, 0.4, 0.4]), 0.5), 0, ny, 120, ny);
  ny += 4;
  for (const n of pendingNotes) {
    const f = fonts[spec.note_font];
    g.drawString(n[0], fonts[spec.call_font], null, brush(), 0, ny - 1.5, 10, 10,
      new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
    const h = textHeight(n[1], f, W - 10, {});
    g.drawString(n[1], f, null, brush(), 10, ny, W - 10, h + 2,
      new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
    ny += h + 2;
  }
  pendingNotes = [];
}

function notesHeight(notes) {
  const f = fonts[spec.note_font];
  let h = pendingNotes.length ? 0 : 10;
  for (const n of notes) h += textHeight(n[1], f, W - 10, {}) + 2;
  return h;
}

function reserveNotes(notes) {
  reserve += notesHeight(notes);
  pendingNotes.push(...notes);
}

// One paragraph: the library breaks the lines and continues on new pages by itself.
function para(o, x0, width, noPaginate) {
  const font = fonts[o.font];
  const x = x0 + (o.indent || 0);
  const w = width - (o.indent || 0);
  y += o.before || 0;
  if (o.keep && y + o.keep > bottom()) newPage();
  if (noPaginate && o.align === 'justify') {
    // PdfTextElement stretches the last line of a justified paragraph across the full width;
    // PdfGraphics.drawString does not, so justified text in boxes and columns goes through it.
    const h = textHeight(o.text, font, w, o);
    page.graphics.drawString(o.text, font, null, brush(o.color), x, y, w, h + 1, fmt(o));
    y += h + (o.after || 0);
    return null;
  }
  // PdfTextElement draws the paragraph line by line and moves to a new page by itself when a
  // line would pass the foot of the page's client area; it knows nothing of the space kept for
  // footnotes or of the header band, so a paragraph is allowed to run on only where neither
  // is in the way, and otherwise starts on a new page.
  const nh = o.notes ? notesHeight(o.notes) : 0;
  if (!noPaginate && y + textHeight(o.text, font, w, o) > bottom() - nh &&
      (reserve > 0 || nh > 0 || spec.no_split)) {
    newPage();
  }
  if (o.notes) reserveNotes(o.notes);
  const startPage = page;
  const el = new sf.PdfTextElement(o.text, font, brush(o.color));
  el.stringFormat = fmt(o);
  let res;
  if (noPaginate) {
    res = el.drawText(page, new sf.RectangleF(x, y, w, 0));
  } else {
    const lf = new sf.PdfLayoutFormat();
    lf.layout = sf.PdfLayoutType.Paginate;
    lf.break = sf.PdfLayoutBreakType.FitPage;
    res = el.drawText(page, new sf.RectangleF(x, y, w, 0), lf);
  }
  if (res.page !== startPage) {
    page = res.page;
      reserve = 0;
  }
  if (o.call) {
    const lb = res.lastLineBounds;
    const cf = fonts[spec.call_font];
    page.graphics.drawString(o.call, cf, null, brush(o.color), lb.x + lb.width + 0.6, lb.y - 1.2,
      20, 10, new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
  }
  y = res.bounds.y + res.bounds.height + (o.after || 0);
  return res;
}

function bulletItem(o) {
  const font = fonts[o.font];
  const need = textHeight(o.text, font, W - o.indent, o);
  y += o.before || 0;
  if (y + Math.min(need, 30) > bottom()) newPage();
  const sym = o.sym;
  page.graphics.drawString(sym.char, fonts[sym.font], null, brush(sym.color), o.x || 0,
    y + (sym.dy || 0), 20, 14, new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
  para(Object.assign({}, o, { before: 0, indent: (o.x || 0) + o.indent }), 0, W);
}

function numbered(o) {
  const font = fonts[o.font];
  y += o.before || 0;
  if (y + 30 > bottom()) newPage();
  page.graphics.drawString(o.label, fonts[o.label_font || o.font], null, brush(o.color), 0, y,
    o.indent, 14, new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
  para(Object.assign({}, o, { before: 0 }), 0, W);
}

function grid(o) {
  const g = new sf.PdfGrid();
  g.columns.add(o.widths.length);
  o.widths.forEach((w, i) => { g.columns.getColumn(i).width = w; });
  const pen = new sf.PdfPen(color(o.border), o.border_width || 0.5);
  const style = (cell, font, fill, tc) => {
    cell.style.font = fonts[font];
    if (fill) cell.style.backgroundBrush = brush(fill);
    cell.style.textBrush = brush(tc);
    cell.style.cellPadding = new sf.PdfPaddings(o.pad[0], o.pad[1], o.pad[2], o.pad[3]);
    cell.style.borders.all = pen;
  };
  g.headers.add(1);
  const hr = g.headers.getHeader(0);
  o.header.forEach((t, i) => {
    const c = hr.cells.getCell(i); c.value = t; style(c, o.hfont, o.hfill, o.hcolor);
  });
  o.rows.forEach((r, ri) => {
    const row = g.rows.addRow();
    r.forEach((t, i) => {
      const c = row.cells.getCell(i);
      c.value = t;
      const fill = (o.cell_fills && o.cell_fills[t]) || (ri % 2 ? o.zebra : null);
      style(c, i === 0 ? o.font : (o.grade_font || o.font), fill,
        (o.cell_colors && o.cell_colors[t]) || null);
    });
  });
  y += o.before || 0;
  if (y + (o.keep || 60) > bottom()) newPage();
  const lf = new sf.PdfGridLayoutFormat();
  lf.layout = sf.PdfLayoutType.Paginate;
  lf.break = sf.PdfLayoutBreakType.FitPage;
  const res = g.draw(page, new sf.RectangleF(0, y, W, bottom() - y), lf);
  if (res.page !== page) { flushNotes(); page = res.page; reserve = 0; }
  y = res.bounds.y + res.bounds.height + (o.after || 0);
}

// A tinted box with a border on one side or all round; its paragraphs never split.
function box(o) {
  const pad = o.pad;
  const iw = W - 2 * pad - (o.inset || 0) * 2;
  let h = 2 * pad;
  for (const it of o.items) h += (it.before || 0) + textHeight(it.text, fonts[it.font], iw - (it.indent || 0), it) + (it.after || 0);
  y += o.before || 0;
  if (y + h > bottom()) newPage();
  const x0 = o.inset || 0;
  const g = page.graphics;
  const pen = o.border ? new sf.PdfPen(color(o.border), o.border_width || 1) : null;
  g.drawRectangle(pen, o.fill ? brush(o.fill) : null, x0, y, W - 2 * x0, h);
  if (o.bar) g.drawRectangle(null, brush(o.bar), x0, y, 4, h);
  y += pad;
  for (const it of o.items) {
    if (it.bullet) {
      y += it.before || 0;
      const s = it.bullet;
      g.drawString(s.char, fonts[s.font], null, brush(s.color), x0 + pad, y + (s.dy || 0), 20, 14,
        new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
      para(Object.assign({}, it, { before: 0 }), x0 + pad, iw, true);
    } else {
      para(it, x0 + pad, iw, true);
    }
  }
  y += pad + (o.after || 0);
}

// Two columns side by side (a summary); each column's paragraphs are laid out by the library
// within the column width, and the block starts on a new page if it does not fit.
function cols(o) {
  const cw = (W - o.gap) / 2;
  let hmax = 0;
  const heights = o.cols.map((c) => c.reduce((s, it) => s + (it.before || 0) +
    textHeight(it.text, fonts[it.font], cw, it) + (it.after || 0), 0));
  hmax = Math.max(...heights);
  y += o.before || 0;
  if (y + hmax > bottom()) newPage();
  const y0 = y;
  o.cols.forEach((c, i) => {
    y = y0;
    for (const it of c) para(it, i * (cw + o.gap), cw, true);
  });
  if (o.rule) {
    page.graphics.drawLine(new sf.PdfPen(color(o.rule), 0.5), cw + o.gap / 2, y0, cw + o.gap / 2,
      y0 + hmax);
  }
  y = y0 + hmax + (o.after || 0);
}

function run(ops) {
  for (const o of ops) {
    switch (o.t) {
      case 'para': para(o, 0, W); break;
      case 'bullet': bulletItem(o); break;
      case 'num': numbered(o); break;
      case 'grid': grid(o); break;
      case 'box': box(o); break;
      case 'cols': cols(o); break;
      case 'rule':
        y += o.before || 0;
        page.graphics.drawLine(new sf.PdfPen(color(o.color), o.width), o.x || 0, y, o.x2 || W, y);
        y += o.after || 0;
        break;
      case 'rect':
        page.graphics.drawRectangle(null, brush(o.fill), o.x, y + (o.dy || 0), o.w, o.h);
        if (!o.overlay) y += o.h;
        break;
      case 'space': y += o.h; break;
      case 'goto': y = o.y; break;
      case 'newpage': newPage(); break;
      default: throw new Error('unknown op ' + o.t);
    }
  }
}

run(spec.ops);
flushNotes();

// Running header on pages 2 onwards of the main section, in the band kept free above the body.
if (spec.header) {
  const hd = spec.header;
  const mainPages = section.getPages();
  for (let i = 1; i < mainPages.length; i++) {
    const p = mainPages[i];
    const g = p.graphics;
    if (hd.left) g.drawString(hd.left, fonts[hd.font], null, brush(hd.color), 0, 0, W, 14,
      new sf.PdfStringFormat(sf.PdfTextAlignment.Left));
    if (hd.right) g.drawString(hd.right, fonts[hd.font], null, brush(hd.color), 0, 0, W, 14,
      new sf.PdfStringFormat(sf.PdfTextAlignment.Right));
    if (hd.rule) g.drawLine(new sf.PdfPen(color(hd.rule), 0.5), 0, 14, W, 14);
  }
}

// Back cover: a section of its own, without the document's footer.
if (spec.back) {
  section = doc.sections.add();
  section.template = new sf.PdfSectionTemplate();
  section.template.applyDocumentBottomTemplate = false;
  section.template.applyDocumentTopTemplate = false;
  page = section.pages.add();
  y = 0;
  reserve = 0;
  run(spec.back);
}

doc.save().then((o) => o.blobData.arrayBuffer()).then((b) => {
  fs.writeFileSync(spec.out, Buffer.from(b));
});
