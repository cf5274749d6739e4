// Renders one probe28 document (blocks from common.py, as JSON written by gen_reactpdf.py)
// with @react-pdf/renderer: React elements without JSX, react-pdf's own layout (Yoga
// flexbox) and line breaking (textkit, with its default English hyphenation), standard
// Times-Roman/Helvetica fonts.  One <Page> per part between page breaks (a part may not
// overflow: gen_reactpdf.py checks the page count); running header, footer and page number
// are `fixed` elements; footnotes sit at the foot of their part's page.
// Usage: node render_reactpdf.mjs DOC.json OUT.pdf   (run from a folder whose node_modules
// holds @react-pdf/renderer and react; build.sh copies this file there)
import fs from 'fs';
import React from 'react';
import { Document, Page, Text, View, renderToFile } from '@react-pdf/renderer';

const h = React.createElement;
const [docFile, out] = process.argv.slice(2);
const { meta, blocks, notice } = JSON.parse(fs.readFileSync(docFile, 'utf8'));
const NAVY = '#142961', GREY = '#595959', TINT = '#e6edf7';
const BODY = { fontFamily: 'Times-Roman', fontSize: 10.5, lineHeight: 1.35 };
const FN = /\^\[([^\]]*)\]/g;
let noteNo = 0;
let pageNotes = [];

function runs(sentences) {
  // sentence texts with superscript calls; notes collected for the page foot
  const kids = [];
  sentences.forEach((s, i) => {
    let pos = 0, m;
    const txt = (i ? ' ' : '') ;
    if (txt) kids.push(txt);
    FN.lastIndex = 0;
    while ((m = FN.exec(s)) !== null) {
      kids.push(s.slice(pos, m.index));
      noteNo += 1;
      pageNotes.push([noteNo, m[1]]);
      kids.push(h(Text, { style: { fontSize: 6.5, verticalAlign: 'super' } }, String(noteNo)));
      pos = m.index + m[0].length;
    }
    kids.push(s.slice(pos));
  });
  return kids;
}

const para = (sents, extra = {}) =>
  h(Text, { style: { ...BODY, textAlign: 'justify', marginBottom: 7, ...extra } }, ...runs(sents));

function block(b, key) {
  const k = b[0];
  switch (k) {
    case 'kicker': return h(Text, { key, style: { fontFamily: 'Helvetica-Bold', fontSize: 10.5, color: NAVY, marginBottom: 6 } }, b[1]);
    case 'title': return h(Text, { key, style: { fontFamily: 'Helvetica-Bold', fontSize: 21, color: NAVY, marginBottom: 4, lineHeight: 1.2 } }, b[1]);
    case 'date': return h(Text, { key, style: { fontFamily: 'Helvetica', fontSize: 11, color: GREY, marginBottom: 10 } }, b[1]);
    case 'notice': return h(Text, { key, style: { fontFamily: 'Times-Italic', fontSize: 9, marginBottom: 10 } }, notice);
    case 'h': return h(Text, { key, style: { fontFamily: 'Helvetica-Bold', fontSize: b[1] === 1 ? 13.5 : 11, color: NAVY, marginTop: b[1] === 1 ? 8 : 3, marginBottom: 4 } }, b[2]);
    case 'p': return h(View, { key }, para(b[1]));
    case 'bullets': {
      const mark = { bullet: '•', dash: '–' }[b[3]] || '•';
      return h(View, { key, style: { marginBottom: 5 } },
        b[1] ? para([b[1]], { marginBottom: 3 }) : null,
        ...b[2].map((it, i) => h(View, { key: i, style: { flexDirection: 'row', marginBottom: 3 } },
          h(Text, { style: { ...BODY, width: 16, paddingLeft: 4 } }, mark),
          h(Text, { style: { ...BODY, flex: 1 } }, ...runs([it])))));
    }
    case 'numbered':
      return h(View, { key }, ...b[1].map(([label, sents], i) =>
        h(View, { key: i, style: { flexDirection: 'row' } },
          h(Text, { style: { fontFamily: 'Helvetica-Bold', fontSize: 10, color: NAVY, width: 30, paddingTop: 1 } }, label),
          h(View, { style: { flex: 1 } }, para(sents)))));
    case 'table': {
      const n = b[1].length;
      const w = (j) => (j === 0 ? (n === 2 ? '64%' : '46%') : `${(n === 2 ? 36 : 54) / (n - 1)}%`);
      const row = (cells, head, i) => h(View, { key: i, style: { flexDirection: 'row', backgroundColor: head ? NAVY : undefined, borderBottomWidth: 0.6, borderBottomColor: GREY } },
        ...cells.map((c, j) => h(Text, { key: j, style: { width: w(j), padding: 4, fontFamily: head ? 'Helvetica-Bold' : 'Helvetica', fontSize: 9.5, color: head ? 'white' : 'black', borderLeftWidth: j ? 0.6 : 0, borderLeftColor: GREY } }, c)));
      return h(View, { key, style: { borderWidth: 0.6, borderColor: GREY, marginBottom: 10 } },
        row(b[1], true, 'h'), ...b[2].map((r, i) => row(r, false, i)));
    }
    case 'box':
      return h(View, { key, style: { backgroundColor: TINT, borderLeftWidth: 3, borderLeftColor: NAVY, padding: 9, paddingBottom: 3, marginBottom: 9, marginLeft: 40 } },
        b[1] ? h(Text, { style: { fontFamily: 'Helvetica-Bold', fontSize: 10.5, color: NAVY, marginBottom: 4 } }, b[1]) : null,
        ...b[2].map((x, i) => block(x, i)));
    case 'cols':
      return h(View, { key, style: { flexDirection: 'row', marginBottom: 4 } },
        h(View, { style: { flex: 1, paddingRight: 10, borderRightWidth: 0.5, borderRightColor: GREY } }, ...b[1].map((x, i) => block(x, i))),
        h(View, { style: { flex: 1, paddingLeft: 10 } }, ...b[2].map((x, i) => block(x, i))));
    case 'letterhead':
      return h(View, { key, style: { borderBottomWidth: 1, borderBottomColor: NAVY, paddingBottom: 6, marginBottom: 14 } },
        ...b[1].map((l, i) => h(Text, { key: i, style: { textAlign: 'right', fontFamily: i ? 'Helvetica' : 'Helvetica-Bold', fontSize: i ? 8.5 : 10.5, color: i ? GREY : NAVY, marginBottom: 2 } }, l)));
    case 'address':
      return h(View, { key, style: { marginBottom: 12 } }, ...b[1].map((l, i) => h(Text, { key: i, style: BODY }, l)));
    case 'line':
      if (b[1] === 'date') return h(Text, { key, style: { ...BODY, textAlign: 'right', marginBottom: 12 } }, b[2]);
      if (b[1] === 'subject') return h(Text, { key, style: { ...BODY, fontFamily: 'Times-Bold', marginBottom: 8 } }, b[2]);
      return h(Text, { key, style: { ...BODY, marginBottom: 8 } }, b[2]);
    case 'signoff':
      return h(View, { key, style: { marginTop: 4 } }, ...b[1].map((l, i) => h(Text, { key: i, style: { ...BODY, marginBottom: i === 0 ? 22 : 0 } }, l)));
    case 'backcover':
      return h(View, { key, style: { position: 'absolute', left: 64, right: 64, bottom: 90, borderTopWidth: 1.2, borderTopColor: NAVY, paddingTop: 8 } },
        ...b[1].map((l, i) => h(Text, { key: i, style: { fontFamily: 'Helvetica', fontSize: 9, marginBottom: 5 } }, l)));
    default: throw new Error('unknown block ' + k);
  }
}

// split into parts at page breaks
const parts = [[]];
for (const b of blocks) { if (b[0] === 'pagebreak') parts.push([]); else parts[parts.length - 1].push(b); }

const pages = parts.map((part, pi) => {
  pageNotes = [];
  const back = part.length && part[0][0] === 'backcover';
  const body = part.map((b, i) => block(b, i));
  const notes = pageNotes;
  const kids = [];
  if (!back && meta.header) kids.push(h(View, { key: 'hd', fixed: true, style: { position: 'absolute', top: 28, left: 64, right: 64, borderBottomWidth: 0.4, borderBottomColor: GREY, paddingBottom: 3 } }, h(Text, { style: { fontFamily: 'Helvetica', fontSize: 8, color: GREY } }, meta.header)));
  kids.push(...body);
  if (notes.length) kids.push(h(View, { key: 'fn', style: { position: 'absolute', left: 64, right: 64, bottom: 58, borderTopWidth: 0.5, borderTopColor: 'black', paddingTop: 4, width: 467 } },
    ...notes.map(([n, t]) => h(View, { key: n, style: { flexDirection: 'row' } },
      h(Text, { style: { fontFamily: 'Times-Roman', fontSize: 6.5, width: 10 } }, String(n)),
      h(Text, { style: { fontFamily: 'Times-Roman', fontSize: 8, flex: 1, lineHeight: 1.25 } }, t)))));
  if (!back) {
    if (meta.footer) kids.push(h(Text, { key: 'ft', fixed: true, style: { position: 'absolute', bottom: 30, left: 64, fontFamily: 'Helvetica', fontSize: 8, color: GREY } }, meta.footer));
    kids.push(h(Text, { key: 'pn', fixed: true, style: { position: 'absolute', bottom: 30, right: 64, fontFamily: 'Helvetica', fontSize: 9 }, render: ({ pageNumber }) => String(pageNumber) }));
  }
  return h(Page, { key: pi, size: 'A4', style: { paddingTop: 62, paddingBottom: 90, paddingHorizontal: 64 } }, ...kids);
});

const d = new Date(meta.date + 'T09:00:00Z');
await renderToFile(h(Document, { title: meta.title, author: 'probe28', creator: 'probe28 gen_reactpdf.py', creationDate: d, modificationDate: d }, ...pages), out);
