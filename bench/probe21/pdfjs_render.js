// probe21: build a document with pdfjs 2.5.4 (rkusa/pdfjs, npm), a JavaScript PDF library with
// its own writer and its own layout: it breaks lines (and justifies them), flows text, cells
// and tables over pages, repeats table headers and draws headers, footers and page numbers.
// gen_pdfjs.py writes the document as JSON blocks; this script maps each block onto the
// pdfjs call an application would make:
//   text   doc.text(opts) then .add(s, opts) per run, or .append(s, opts) for a run glued to
//          the one before (a footnote call printed smaller on the same baseline: pdfjs has
//          no superscript)
//   cell   parent.cell(opts) with the nested blocks (a box; x/y place it absolutely)
//   table  parent.table({widths, ...}); header() and row() with cell(opts) and nested blocks
//   break  doc.pageBreak()
// Fonts: OpenType/TrueType files through new pdf.Font(buffer) (pdfjs subsets them itself and
// embeds them as CFF, CIDFontType0 with Identity-H and a ToUnicode CMap), or the standard 14
// from pdfjs/font/<Name> (AFM metrics, not embedded).
// Usage: node pdfjs_render.js spec.json
"use strict";
const fs = require("fs");
const pdf = require("pdfjs");

const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const fonts = {};
for (const [k, v] of Object.entries(spec.fonts)) {
  fonts[k] = v.startsWith("std:")
    ? require("pdfjs/font/" + v.slice(4))
    : new pdf.Font(fs.readFileSync(v));
}

function opts(o) {
  const out = {};
  for (const [k, v] of Object.entries(o || {})) {
    if (k === "font") out.font = fonts[v];
    else if (/color$/i.test(k) && typeof v === "string") out[k] = parseInt(v.slice(1), 16);
    else out[k] = v;
  }
  return out;
}

function blocks(parent, list) {
  for (const b of list) {
    if (b.k === "text") {
      const t = parent.text(opts(b.opts));
      b.runs.forEach((r, i) => {
        if (r.glue && i > 0) t.append(r.s, opts(r.opts));
        else t.add(r.s, opts(r.opts));
      });
    } else if (b.k === "cell") {
      blocks(parent.cell(opts(b.opts)), b.blocks);
    } else if (b.k === "table") {
      const tb = parent.table(opts(b.opts));
      if (b.header) {
        const h = tb.header(opts(b.header.opts));
        for (const c of b.header.cells) blocks(h.cell(opts(c.opts)), c.blocks);
      }
      for (const row of b.rows) {
        const r = tb.row(opts(row.opts));
        for (const c of row.cells) blocks(r.cell(opts(c.opts)), c.blocks);
      }
    } else if (b.k === "break") {
      parent.pageBreak();
    } else {
      throw new Error("unknown block " + b.k);
    }
  }
}

const doc = new pdf.Document({
  ...opts(spec.doc),
  properties: { ...spec.info, creationDate: new Date(spec.created) },
});
doc.info.id = spec.id;
for (const place of ["header", "footer"]) {
  const f = spec[place];
  if (!f) continue;
  const ctx = doc[place]();
  blocks(ctx, f.blocks || []);
  if (f.pageNumber) {
    const fmt = f.pageNumber.format;
    ctx.pageNumber(
      (cur, total) => fmt.replace("{cur}", cur).replace("{total}", total - (f.pageNumber.minus || 0)),
      opts(f.pageNumber.opts),
    );
  }
}
blocks(doc, spec.blocks);
doc.asBuffer().then((buf) => fs.writeFileSync(spec.out, buf));
