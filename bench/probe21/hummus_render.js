// probe21: draw a page list (JSON written by gen_hummus.py from flow.py's ops) with muhammara,
// the Node.js binding of PDFHummus (PDF-Writer), through its content-context operators, the
// way a Node application that writes reports with muhammara has to:
//   text: q BT r g b rg /Font size Tf 1 0 0 1 x y Tm [w Tw] [c Tc] [r Ts] (string) Tj ET Q
//         (muhammara encodes the string for the font: WinAnsi bytes for a simple font,
//         glyph ids for a CID font; its Tf is written when the text is shown)
//   rect: q r g b rg|RG w x y w h re f|S|B Q      line: q r g b RG w x1 y1 m x2 y2 l S Q
// Usage: node hummus_render.js spec.json   (spec: out, info, fonts {key: path}, pages)
"use strict";
const fs = require("fs");
const muhammara = require("muhammara");

const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const writer = muhammara.createWriter(spec.out, {
  version: muhammara.ePDFVersion14,
  compress: true,
});
const info = writer.getDocumentContext().getInfoDictionary();
for (const [k, v] of Object.entries(spec.info)) info[k] = v;
info.setCreationDate(spec.created);

const fonts = {};
for (const [k, path] of Object.entries(spec.fonts)) fonts[k] = writer.getFontForFile(path);

function rgb(hex) {
  const h = hex.replace("#", "");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
}

for (const pg of spec.pages) {
  const [W, H] = pg.size;
  const page = writer.createPage(0, 0, W, H);
  const cx = writer.startPageContentContext(page);
  for (const op of pg.ops) {
    if (op.t === "rect") {
      cx.q();
      if (op.fill) cx.rg(...rgb(op.fill));
      if (op.stroke) cx.RG(...rgb(op.stroke)).w(op.lw);
      cx.re(op.x, H - op.y - op.h, op.w, op.h);
      if (op.fill && op.stroke) cx.B();
      else if (op.fill) cx.f();
      else cx.S();
      cx.Q();
    } else if (op.t === "line") {
      cx.q().RG(...rgb(op.color)).w(op.lw).m(op.x1, H - op.y1).l(op.x2, H - op.y2).S().Q();
    } else {
      cx.q().BT().rg(...rgb(op.color)).Tf(fonts[op.font], op.size);
      if (op.sup) {
        // a footnote call: on the baseline of its line, raised with Ts
        const rise = op.rise;
        cx.Tm(1, 0, 0, 1, op.x, H - op.y - rise).Ts(rise);
      } else {
        cx.Tm(1, 0, 0, 1, op.x, H - op.y);
      }
      if (op.ws) cx.Tw(op.ws);
      if (op.tc) cx.Tc(op.tc);
      cx.Tj(op.s);
      if (op.ws) cx.Tw(0);
      if (op.tc) cx.Tc(0);
      if (op.sup) cx.Ts(0);
      cx.ET().Q();
    }
  }
  writer.writePage(page);
}
writer.end();
