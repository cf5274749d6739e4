// Renders one probe28 page-operation file (written by gen_cpdf.py) with coherentpdf, the
// npm build of cpdf/camlpdf: a blank A4 document, then one addText call per paragraph
// (its lines joined with cpdf's "\n" escape, stacked by cpdf's line spacing) or per line,
// and rules/rectangles as raw content through addContent.
// Usage: node render_cpdf.js OPS.json OUT.pdf   (NODE_PATH must hold coherentpdf)
const fs = require('fs');
const c = require('coherentpdf');
const [opsFile, out] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(opsFile, 'utf8'));
const FONT = { R: c.timesRoman, B: c.timesBold, I: c.timesItalic, H: c.helvetica,
               HI: c.helveticaOblique, HB: c.helveticaBold };
const pdf = c.blankDocumentPaper(c.a4portrait, doc.pages.length);
const f = (v) => (Math.round(v * 1000) / 1000).toString();
doc.pages.forEach((ops, i) => {
  const r = c.range(i + 1, i + 1);
  let k = 0;
  while (k < ops.length) {
    const o = ops[k];
    if (o.t === 'text') {
      const lines = [o.s];
      let j = k + 1;
      while (o.group && j < ops.length && ops[j].t === 'text' && ops[j].group === o.group &&
             ops[j].x === o.x && ops[j].font === o.font && ops[j].size === o.size) {
        lines.push(ops[j].s);
        j++;
      }
      const ls = lines.length > 1 ? o.lead / o.size : 1.0;
      c.addText(false, pdf, r, lines.join('\\n'), c.posLeft, o.x, o.y, ls, 0, FONT[o.font],
                o.size, o.color[0], o.color[1], o.color[2], false, false, false, 1.0,
                c.leftJustify, false, false, '', 0, false);
      k = j;
    } else if (o.t === 'rule') {
      c.addContent(`q ${o.color.map(f).join(' ')} RG ${f(o.w)} w ${f(o.x1)} ${f(o.y1)} m ` +
                   `${f(o.x2)} ${f(o.y2)} l S Q`, false, pdf, r);
      k++;
    } else if (o.t === 'rect') {
      c.addContent(`q ${o.fill.map(f).join(' ')} rg ${f(o.x)} ${f(o.y)} ${f(o.w)} ` +
                   `${f(o.h)} re f Q`, false, pdf, r);
      k++;
    }
  }
});
c.setTitle(pdf, doc.meta.title);
c.setAuthor(pdf, 'probe28');
c.setCreator(pdf, 'probe28 gen_cpdf.py');
c.setProducer(pdf, 'coherentpdf ' + c.version() + ' (cpdf/camlpdf, npm)');
const d = 'D:' + doc.meta.date.replace(/-/g, '') + '090000Z';
c.setCreationDate(pdf, d);
c.setModificationDate(pdf, d);
c.toFile(pdf, out, false, false);
