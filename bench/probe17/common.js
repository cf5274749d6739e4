// Shared helpers for the probe17 Node.js generators (gen_pdfmake.js, gen_jspdf.js): the same
// sentence markup, gold form and gold file format as common.py (see there).
'use strict';
const fs = require('fs');
const path = require('path');

const NOTICE = 'Synthetic test document: this is not a real inspection report, ' +
  'and the force it describes is fictional.';
const FN = /\^\[([^\]]*)\]/g;
const HERE = __dirname;
const PDF_DIR = path.join(HERE, 'pdf');

// Python's str.split() whitespace, U+00A0 included
const WS = /[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

function plain(s) {
  return s.replace(FN, '').split(WS).filter(Boolean).join(' ');
}

function pieces(s) {
  const out = [];
  let pos = 0;
  for (const m of s.matchAll(FN)) {
    if (m.index > pos) out.push(['text', s.slice(pos, m.index)]);
    out.push(['fn', m[1]]);
    pos = m.index + m[0].length;
  }
  if (pos < s.length) out.push(['text', s.slice(pos)]);
  return out;
}

class Gold {
  constructor(name) {
    this.name = name;
    this.items = [];
  }

  add(...sents) {
    for (const s of sents) {
      const g = plain(s);
      if (!g) throw new Error('empty gold sentence');
      if (g.includes('^[') || g.includes(']')) throw new Error('markup left: ' + g);
      if (this.items.includes(g)) throw new Error('duplicate gold sentence: ' + g);
      this.items.push(g);
    }
    return sents;
  }

  write() {
    const file = path.join(HERE, this.name + '.gold.json');
    fs.writeFileSync(file, JSON.stringify(this.items, null, 1) + '\n', 'utf8');
    return this.items.length;
  }
}

module.exports = { NOTICE, FN, HERE, PDF_DIR, plain, pieces, Gold };
