// probe17 producer s: jsPDF 4.2.1 (npm) with its jspdf-autotable 5.0.9 plugin, the JavaScript
// PDF writer that web applications use to make reports in the browser, driven from Node.js 20.
//
// jsPDF has no page flow: a program breaks paragraphs into lines with doc.splitTextToSize (jsPDF's
// own line breaker, from the font's metrics; it never hyphenates) and places them itself, page by
// page, as web applications do.  This generator is such a program: a small Flow class keeps a
// cursor, moves to the next column or page when a column is full, and hands jsPDF one
// doc.text(lines, x, y, {align, maxWidth}) call per paragraph and column.  jsPDF writes each
// call as one BT ... ET: with the standard 14 fonts (WinAnsi, not embedded; s01, s03) a
// justified paragraph is one Tj per line with its own "n Tw"; with an embedded TrueType font
// (Identity-H, the whole font embedded, not subset; s02: Caladea) jsPDF justifies by writing
// every word as its own Tj moved by "dx 0 Td".  The last line jsPDF is given is never justified,
// so a paragraph's last line in a column (before a column or page break) is ragged, as in any
// jsPDF program that works this way.  Running headers, footers and page numbers are added at the
// end by going back to each page (doc.setPage), so they come last in each page's content stream.
// A footnote call is a smaller digit raised by the generator: the line that holds it is drawn word
// by word (jsPDF's own justification cannot leave room for it).  Tables are jspdf-autotable's.
//
//   s01  HMIC crime data integrity report (2014 style): title block, "Key findings" box,
//        numbered paragraphs "1.1" with the numbers in the margin, justified (Tw), a paragraph
//        crossing the page break, a lead-in and "•" bullets, an autotable of figures, an
//        autotable of recommendations with prose cells, a footnote at the page foot, running
//        header and "Page N of M".
//   s02  violence against women and girls thematic: cover, contents page with dot leaders
//        (drawn after the layout, with the page numbers it found) and "About this inspection",
//        two justified columns (Identity-H, one Tj per word) flowing across a column and a page
//        break, a bar chart with small labels inside a column, "Innovative practice" and "Areas
//        for improvement" boxes, a footnote call glued to a word, back cover.
//   s03  PEEL spotlight report on calls from the public: coloured band, a rotated margin label,
//        a "key facts" strip, ragged-right Times body, judgement heading, a lead-in with bullets
//        and a nested dash item, an autotable of measures, two "Area for improvement" boxes, a
//        footnote glued to a word, footer on every page.
//
// Usage: NODE_PATH=/tmp/probe17_node/node_modules node gen_jspdf.js
'use strict';
const fs = require('fs');
const path = require('path');
const { jsPDF } = require('jspdf');
const { autoTable } = require('jspdf-autotable');
const { NOTICE, PDF_DIR, pieces, Gold } = require('./common');

const SUPS = ['¹', '²', '³'];   // stand for footnote calls while jsPDF breaks the lines
const TT = '/usr/share/fonts/truetype/crosextra/';

function newDoc(title, day, id) {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.setDocumentProperties({ title, creator: 'jsPDF' });
  doc.setCreationDate(new Date(day + 'T10:15:00Z'));
  doc.setFileId(id);
  return doc;
}

function save(doc, name) {
  fs.writeFileSync(path.join(PDF_DIR, name + '.pdf'), Buffer.from(doc.output('arraybuffer')));
}

function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

// --------------------------------------------------------------------------------------------
// a small page-flow layer over jsPDF, as a web application would write

class Flow {
  constructor(doc, gold, o) {
    this.doc = doc;
    this.gold = gold;
    this.top = o.top;            // first baseline area of a new page
    this.bottom = o.bottom;      // lowest baseline
    this.cols = o.cols;          // [[x, width], ...]
    this.col = 0;
    this.colTop = o.top;
    this.y = o.top;
    this.notes = [];             // [{n, text, page}]
    this.font = o.font;          // [family, style]
    this.noteStyle = o.noteStyle || null;
  }

  get x() { return this.cols[this.col][0]; }
  get w() { return this.cols[this.col][1]; }
  page() { return this.doc.getCurrentPageInfo().pageNumber; }

  newPage() {
    this.doc.addPage();
    this.col = 0;
    this.colTop = this.top;
    this.y = this.top;
  }

  nextCol() {
    if (this.col < this.cols.length - 1) {
      this.col += 1;
      this.y = this.colTop;
    } else {
      this.newPage();
    }
  }

  space(h) {
    this.y += h;
  }

  need(h) {
    if (this.y + h > this.bottom) this.nextCol();
  }

  // marked-up sentences -> one string; footnote calls become ¹ ² ³ while jsPDF breaks lines
  mark(sents) {
    return sents.map((s) => pieces(s).map(([k, t]) => {
      if (k === 'text') return t;
      this.notes.push({ n: this.notes.length + 1, text: t, page: null });
      return SUPS[this.notes.length - 1];
    }).join('')).join(' ');
  }

  setFont(o) {
    const f = o.font || this.font;
    this.doc.setFont(f[0], o.style || f[1]);
    this.doc.setFontSize(o.size);
    this.doc.setTextColor(...rgb(o.color || '#000000'));
  }

  // one paragraph; o: {size, lead, align, indent, label, labelFont, gold: false, style, font}
  para(sents, o) {
    if (o.gold !== false) this.gold.add(...sents);
    const text = this.mark(sents);
    this.setFont(o);
    const indent = o.indent || 0;
    const lines = this.doc.splitTextToSize(text, this.w - indent);
    const lead = o.lead;
    if (this.y > this.bottom || (o.keep && this.y + lead * (o.keep - 1) > this.bottom)) this.nextCol();
    if (o.label) {
      this.setFont({ ...o, font: o.labelFont || o.font, style: o.labelStyle || o.style });
      this.doc.text(o.label, this.x + (o.labelX || 0), this.y);
      this.setFont(o);
    }
    let i = 0;
    while (i < lines.length) {
      if (this.y > this.bottom) {
        this.nextCol();
        this.setFont(o);
      }
      const room = Math.floor((this.bottom - this.y) / lead) + 1;
      const group = lines.slice(i, i + room);
      const last = i + group.length === lines.length;
      this.drawGroup(group, this.x + indent, this.w - indent, lead, o, last);
      i += group.length;
      this.y += group.length * lead;
    }
    this.y += (o.after === undefined ? lead * 0.55 : o.after);
  }

  drawGroup(group, x, w, lead, o, lastOfPara) {
    const doc = this.doc;
    const callAt = group.findIndex((l) => SUPS.some((c) => l.includes(c)));
    if (callAt < 0) {
      doc.text(group, x, this.y, { align: o.align || 'left', maxWidth: w, lineHeightFactor: lead / o.size });
      return;
    }
    const before = group.slice(0, callAt);
    if (before.length) {
      // jsPDF leaves the last line it is given unjustified: give it an empty line after them
      doc.text(o.align === 'justify' ? [...before, ''] : before, x, this.y, { align: o.align || 'left', maxWidth: w, lineHeightFactor: lead / o.size });
    }
    const y = this.y + callAt * lead;
    const line = group[callAt];
    const justify = o.align === 'justify' && !(lastOfPara && callAt === group.length - 1);
    this.drawCallLine(line, x, y, w, o, justify);
    const after = group.slice(callAt + 1);
    if (after.length) doc.text(after, x, y + lead, { align: o.align || 'left', maxWidth: w, lineHeightFactor: lead / o.size });
  }

  drawCallLine(line, x, y, w, o, justify) {
    const doc = this.doc;
    const callSize = o.size * 0.62;
    const callW = (d) => {
      doc.setFontSize(callSize);
      const cw = doc.getTextWidth(d);
      doc.setFontSize(o.size);
      return cw;
    };
    const words = line.split(' ');
    const wordW = (word) => {
      let t = 0;
      for (const part of word.split(/([¹²³])/)) {
        if (!part) continue;
        const k = SUPS.indexOf(part);
        t += k >= 0 ? callW(String(k + 1)) : doc.getTextWidth(part);
      }
      return t;
    };
    const widths = words.map(wordW);
    const space = doc.getTextWidth(' ');
    const natural = widths.reduce((a, b) => a + b, 0) + space * (words.length - 1);
    const gap = justify && words.length > 1 ? space + (w - natural) / (words.length - 1) : space;
    let cx = x;
    words.forEach((word, j) => {
      for (const part of word.split(/([¹²³])/)) {
        if (!part) continue;
        const k = SUPS.indexOf(part);
        if (k >= 0) {
          doc.setFontSize(callSize);
          doc.text(String(k + 1), cx, y - o.size * 0.36);
          cx += doc.getTextWidth(String(k + 1));
          doc.setFontSize(o.size);
          this.notes[k].page = this.page();
        } else {
          doc.text(part, cx, y);
          cx += doc.getTextWidth(part);
        }
      }
      if (j < words.length - 1) cx = x + widths.slice(0, j + 1).reduce((a, b) => a + b, 0) + gap * (j + 1);
    });
  }

  heading(t, o) {
    this.setFont(o);
    if (this.y + (o.keep || 3) * o.size * 1.3 > this.bottom) this.nextCol();
    else this.y += o.before || 0;
    const lines = this.doc.splitTextToSize(t, this.w);
    this.doc.text(lines, this.x, this.y, { lineHeightFactor: 1.2 });
    this.y += lines.length * o.size * 1.2 + (o.after || 4);
  }

  // a filled box with a title and paragraphs inside (never split)
  box(title, paras, o) {
    const doc = this.doc;
    const pad = o.pad || 9;
    const inner = this.w - 2 * pad - (o.rule ? 4 : 0);
    this.setFont(o.body);
    const blocks = paras.map((p) => {
      const text = this.mark(p.sents);
      this.setFont({ ...o.body, style: p.style });
      return { p, lines: doc.splitTextToSize(text, inner - (p.indent || 0)) };
    });
    const titleH = o.title.size * 1.5;
    const h = pad * 2 + titleH + blocks.reduce((a, b) => a + b.lines.length * o.body.lead + (b.p.after === undefined ? 5 : b.p.after), 0);
    if (this.y - o.body.size + h > this.bottom) this.nextCol();
    const top = this.y - o.body.size;
    doc.setFillColor(...rgb(o.fill));
    if (o.rule) {
      doc.rect(this.x, top, this.w, h, 'F');
      doc.setFillColor(...rgb(o.rule));
      doc.rect(this.x, top, 4, h, 'F');
    } else {
      doc.setDrawColor(...rgb(o.border || '#000000'));
      doc.setLineWidth(0.8);
      doc.rect(this.x, top, this.w, h, 'FD');
    }
    const x = this.x + pad + (o.rule ? 4 : 0);
    let y = top + pad + o.title.size;
    this.setFont(o.title);
    doc.text(title, x, y);
    y += titleH - o.title.size + o.body.size;
    for (const { p, lines } of blocks) {
      if (p.gold !== false) this.gold.add(...p.sents);
      this.setFont({ ...o.body, style: p.style });
      if (p.marker) doc.text(p.marker, x + (p.mx || 0), y);
      const saveY = this.y;
      this.y = y;
      this.drawGroup(lines, x + (p.indent || 0), inner - (p.indent || 0), o.body.lead, { ...o.body, align: p.align || o.body.align }, true);
      this.y = saveY;
      y += lines.length * o.body.lead + (p.after === undefined ? 5 : p.after);
    }
    this.y = top + h + o.body.size + (o.after || 10);
  }
}

// footnotes: drawn at the foot of the page that holds the call, above the footer
function drawNotes(doc, flow, y0, x, size, font) {
  const byPage = {};
  for (const n of flow.notes) (byPage[n.page] = byPage[n.page] || []).push(n);
  for (const [page, notes] of Object.entries(byPage)) {
    doc.setPage(Number(page));
    let y = y0;
    doc.setDrawColor(0);
    doc.setLineWidth(0.5);
    doc.line(x, y - 9, x + 110, y - 9);
    for (const n of notes) {
      doc.setFont(font, 'normal');
      doc.setFontSize(size * 0.7);
      doc.setTextColor(0, 0, 0);
      doc.text(String(n.n), x, y - size * 0.3);
      doc.setFontSize(size);
      doc.text(n.text, x + 7, y);
      y += size * 1.35;
    }
  }
}

// --------------------------------------------------------------------------------------------
// s01: HMIC crime data integrity, Dunsholt Police (standard fonts, Tw justification)

function s01() {
  const name = 's01_cdi_dunsholt';
  const gold = new Gold(name);
  const doc = newDoc('Crime data integrity: inspection of Dunsholt Police', '2014-11-20', 'A1B2C3D4E5F60718293A4B5C6D7E8F90');
  const L = 72;
  const W = 451;
  const flow = new Flow(doc, gold, { top: 92, bottom: 728, cols: [[L, W]], font: ['helvetica', 'normal'] });
  const body = { size: 10, lead: 13.6, align: 'justify' };
  const num = (label, sents, extra = {}) => flow.para(sents, { ...body, indent: 34, label, labelStyle: 'bold', ...extra });
  const H = (t) => flow.heading(t, { size: 13, style: 'bold', before: 8, after: 6, color: '#1f3864' });

  // title block
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(24);
  doc.setTextColor(31, 56, 100);
  doc.text('Crime data integrity', L, 110);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(15);
  doc.text('Inspection of Dunsholt Police', L, 134);
  doc.setFontSize(10);
  doc.setTextColor(90, 90, 90);
  doc.text('HMIC  |  November 2014', L, 154);
  doc.setDrawColor(31, 56, 100);
  doc.setLineWidth(1.5);
  doc.line(L, 166, L + W, 166);
  doc.setTextColor(0, 0, 0);
  doc.setFontSize(10);
  doc.text(NOTICE, L, 186);
  flow.y = 216;

  flow.box('Key findings', [
    { sents: ['HMIC estimates that Dunsholt Police records about 88 out of every 100 crimes that are reported to it.'], marker: '•', indent: 12 },
    { sents: ['Crimes reported directly to specialist units are the most likely to go unrecorded.'], marker: '•', indent: 12 },
    { sents: ['Decisions to cancel crime records are generally correct and well supervised.'], marker: '•', indent: 12 },
  ], { fill: '#e8edf5', border: '#1f3864', title: { size: 12, style: 'bold', color: '#1f3864' }, body: { size: 10, lead: 13.6, align: 'left' }, after: 14 });

  H('1. Introduction');
  num('1.1', ['This inspection examined whether the crimes reported to Dunsholt Police are recorded accurately and promptly.',
    'HMIC looked at the force’s leadership, its systems and processes, and the skills of its people.']);
  num('1.2', ['We reviewed 1 150 incident records from the six months to June 2014 and interviewed 48 officers and staff.']);

  H('2. Leadership and governance');
  num('2.1', ['The chief officer team has made clear to the workforce that accurate crime recording matters.',
    'A deputy chief constable chairs a monthly board that reviews recording performance, and the force crime registrar reports to it directly.']);
  num('2.2', ['However, the registrar’s team has lost two of its five auditors since 2013, and it has not been able to complete its audit plan.^[The plan for 2014/15 included eleven audits; four had been completed when we inspected.]',
    'The force plans to recruit replacements in the new year.']);

  H('3. Systems and processes');
  num('3.1', ['In the incident records we examined, crimes had gone unrecorded because call handlers:'], { after: 3 });
  for (const s of ['closed incidents as ‘advice only’ when a crime had been described;',
    'recorded a single crime where a victim reported several offences; or',
    'waited for the victim to confirm the details before creating a record.']) {
    flow.para([s], { ...body, align: 'left', indent: 48, label: '•', labelX: 37, after: 3 });
  }
  flow.space(4);
  num('3.2', ['Reports of rape and other sexual offences were recorded accurately in all but one of the cases we examined.',
    'The one exception was recorded within a week, after the force’s own audit identified it.']);
  num('3.3', ['Victims are usually told when a crime has been recorded, and most receive a crime reference number by text message.',
    'Some victims of fraud, however, are referred to the national reporting centre without being told that the force will not investigate.']);

  // figures table (not gold)
  flow.need(120);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(8.5);
  doc.setTextColor(0, 0, 0);
  doc.text('Table 1: Incident records examined, by type of crime', L + 34, flow.y);
  autoTable(doc, {
    startY: flow.y + 5,
    margin: { left: L + 34, right: 72, top: 92, bottom: 842 - 728 },
    head: [['Type of crime', 'Records examined', 'Crimes recorded', 'Per cent']],
    body: [['Violence against the person', '412', '352', '85'], ['Sexual offences', '96', '95', '99'],
      ['Burglary', '188', '174', '93'], ['Criminal damage', '231', '199', '86'], ['All others', '223', '193', '87']],
    theme: 'grid',
    styles: { font: 'helvetica', fontSize: 8, cellPadding: 3 },
    headStyles: { fillColor: [31, 56, 100], textColor: 255 },
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' } },
  });
  flow.y = doc.lastAutoTable.finalY + 22;

  H('4. People and skills');
  num('4.1', ['Most officers understand the national crime recording standard, but few have received any training on it since they joined the force.',
    'Call handlers told us that they learn the rules from colleagues rather than from formal guidance.']);
  num('4.2', ['The force has introduced an online learning package, which 61 per cent of the workforce had completed by the time of our inspection.']);
  num('4.3', ['Supervisors check new crime records every morning and correct most errors before the end of the day.',
    'This check does not cover the records created by specialist units, which is where most of the errors we found had been made.']);

  H('5. Recommendations');
  flow.para(['Within three months, Dunsholt Police should act on the following recommendations.'], { ...body, after: 4 });
  const recs = [
    ['1', 'Review the way call handlers close incidents, so that every crime they are told about is recorded within 24 hours.', 'Three months'],
    ['2', 'Restore the crime registrar’s audit team to its full strength, and publish the results of each audit to the force’s performance board.', 'Six months'],
    ['3', 'Make sure that every officer and member of staff who records crimes has completed the online learning package.', 'Six months'],
    ['4', 'Extend the morning check of new crime records to the records created by specialist units.', 'Three months'],
  ];
  for (const r of recs) gold.add(r[1]);
  autoTable(doc, {
    startY: flow.y,
    margin: { left: L, right: 72, top: 92, bottom: 842 - 728 },
    head: [['No.', 'Recommendation', 'Timescale']],
    body: recs,
    theme: 'striped',
    styles: { font: 'helvetica', fontSize: 9.5, cellPadding: 5, valign: 'top' },
    headStyles: { fillColor: [31, 56, 100], textColor: 255 },
    columnStyles: { 0: { cellWidth: 34 }, 2: { cellWidth: 80 } },
    rowPageBreak: 'avoid',
  });
  flow.y = doc.lastAutoTable.finalY + 22;
  flow.para(['HMIC will monitor the force’s progress against these recommendations.'], body);

  drawNotes(doc, flow, 752, L, 8, 'helvetica');
  const n = doc.getNumberOfPages();
  for (let p = 1; p <= n; p++) {
    doc.setPage(p);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(90, 90, 90);
    if (p > 1) {
      doc.text('Crime data integrity: Dunsholt Police', L, 56);
      doc.text('HMIC', L + W, 56, { align: 'right' });
      doc.setDrawColor(160, 160, 160);
      doc.setLineWidth(0.5);
      doc.line(L, 61, L + W, 61);
    }
    doc.text(`Page ${p} of ${n}`, 297.64, 806, { align: 'center' });
  }
  save(doc, name);
  return [name, gold.write()];
}

// --------------------------------------------------------------------------------------------
// s02: violence against women and girls, Brackenhurst Police (Caladea, Identity-H, two columns)

function s02() {
  const name = 's02_vawg_brackenhurst';
  const gold = new Gold(name);
  const doc = newDoc('Violence against women and girls: Brackenhurst Police', '2025-04-24', '0F1E2D3C4B5A69788796A5B4C3D2E1F0');
  for (const [file, style] of [['Caladea-Regular.ttf', 'normal'], ['Caladea-Bold.ttf', 'bold'], ['Caladea-Italic.ttf', 'italic']]) {
    doc.addFileToVFS(file, fs.readFileSync(TT + file).toString('binary'));
    doc.addFont(file, 'Caladea', style);
  }
  const PLUM = '#4a2359';
  const PW = 595.28;
  const PH = 841.89;

  // page 1: cover
  doc.setFillColor(...rgb(PLUM));
  doc.rect(0, 0, PW, 400, 'F');
  doc.setFont('Caladea', 'normal');
  doc.setTextColor(255, 255, 255);
  doc.setFontSize(11);
  doc.text('THEMATIC INSPECTION', 56, 170, { charSpace: 1.2 });
  doc.setFont('Caladea', 'bold');
  doc.setFontSize(28);
  doc.text(doc.splitTextToSize('The police response to violence against women and girls', 470), 56, 210);
  doc.setFont('Caladea', 'normal');
  doc.setFontSize(15);
  doc.text('Brackenhurst Police', 56, 300);
  doc.setTextColor(0, 0, 0);
  doc.setFontSize(11.5);
  doc.text(doc.splitTextToSize(NOTICE, 480), 56, 450);
  doc.setFontSize(11);
  doc.text('April 2025', 56, 500);

  // page 2: contents (drawn after the body, when its page numbers are known) and introduction
  doc.addPage();
  const flow2 = new Flow(doc, gold, { top: 70, bottom: 780, cols: [[56, 483]], font: ['Caladea', 'normal'] });
  flow2.y = 430;
  flow2.heading('About this inspection', { size: 15, style: 'bold', color: PLUM, after: 8 });
  flow2.para(['This report sets out what we found when we inspected how Brackenhurst Police responds to violence against women and girls.',
    'We carried out the fieldwork over two weeks in January 2025, and we spoke to victims, officers, staff and partner organisations.'], { size: 11.5, lead: 16, align: 'justify' });

  // pages 3-4: two columns
  doc.addPage();
  const cols = [[56, 232], [307, 232]];
  const flow = new Flow(doc, gold, { top: 84, bottom: 774, cols: [[56, 483]], font: ['Caladea', 'normal'] });
  flow.notes = flow2.notes;
  flow.y = 96;
  flow.heading('Summary', { size: 17, style: 'bold', color: PLUM, after: 8 });
  flow.para(['Brackenhurst Police has made a good start on a difficult problem, and women in Caxholm told us that they feel safer than they did two years ago.',
    'But the force takes too long to investigate rape and stalking, and its plan does not yet guide the work of every officer.'], { size: 12.5, lead: 17, style: 'italic', align: 'left', after: 14 });
  doc.setDrawColor(...rgb(PLUM));
  doc.setLineWidth(0.8);
  doc.line(56, flow.y - 6, 539, flow.y - 6);
  flow.cols = cols;
  flow.colTop = flow.y + 12;
  flow.y = flow.colTop;
  const body = { size: 11, lead: 15, align: 'justify' };
  const toc = [];
  const H = (t) => {
    flow.heading(t, { size: 12.5, style: 'bold', color: PLUM, before: 6, after: 5 });
    toc.push([t, flow.page()]);
  };
  const P = (sents, extra = {}) => flow.para(sents, { ...body, ...extra });

  H('Leadership and priorities');
  P(['The chief constable has made tackling violence against women and girls one of the force’s three priorities.',
    'A chief superintendent leads the work, and every district has a named inspector who is responsible for it.']);
  P(['The force’s plan is detailed, but many of its actions have no deadline.',
    'Some of the officers we spoke to did not know that the plan existed.']);
  H('Public spaces');
  P(['The force has worked with the council to improve lighting and CCTV on the riverside path in Caxholm, where several women had been followed at night.',
    'Reports of sexual harassment in the area fell by a third in the following year.']);

  // chart in the column (not gold)
  flow.need(150);
  {
    const x0 = flow.x;
    const y0 = flow.y;
    doc.setFont('Caladea', 'bold');
    doc.setFontSize(8);
    doc.setTextColor(0, 0, 0);
    doc.text('Figure 1: Reports of sexual harassment, Caxholm riverside', x0, y0);
    const vals = [['Q1 2023', 41], ['Q2 2023', 44], ['Q3 2023', 37], ['Q4 2023', 33], ['Q1 2024', 29], ['Q2 2024', 27]];
    const base = y0 + 108;
    doc.setDrawColor(80, 80, 80);
    doc.setLineWidth(0.5);
    doc.line(x0 + 18, base, x0 + 226, base);
    vals.forEach(([q, v], i) => {
      const bx = x0 + 26 + i * 34;
      doc.setFillColor(...(i < 3 ? rgb('#b9a3c2') : rgb(PLUM)));
      doc.rect(bx, base - v * 2, 22, v * 2, 'F');
      doc.setFont('Caladea', 'normal');
      doc.setFontSize(6.5);
      doc.text(String(v), bx + 11, base - v * 2 - 3, { align: 'center' });
      doc.text(q, bx + 11, base + 9, { align: 'center' });
    });
    doc.setFontSize(6.5);
    doc.text('Lighting and CCTV improved in June 2023', x0 + 226, y0 + 12, { align: 'right' });
    doc.setFont('Caladea', 'italic');
    doc.text('Source: Brackenhurst Police crime recording system', x0, base + 21);
    flow.y = base + 38;
  }
  P(['Officers patrol the night-time economy in plain clothes to spot predatory behaviour.',
    'In 2024, these patrols led to 26 arrests.',
    'The force also gives free personal safety talks at the two universities in Caxholm.']);
  H('Investigating offences');
  P(['Specialist investigators handle all reports of rape, and victims we spoke to said that they:'], { after: 3 });
  for (const s of ['were kept informed about the progress of their case;',
    'were offered the support of an independent sexual violence adviser; and',
    'were asked how and when they would like to be contacted.']) {
    flow.para([s], { ...body, align: 'left', indent: 13, label: '•', labelX: 2, after: 2, keep: 1 });
  }
  flow.space(4);
  P(['But the investigations take too long.',
    'The average time from report to charge for rape was 412 days, and the backlog of digital devices^[Phones, computers and storage media seized as evidence.] waiting to be examined stood at 340 in January.',
    'The force has asked a neighbouring force to examine some of these devices, and it expects the backlog to halve by the summer.']);
  P(['Too many victims withdraw their support for a prosecution.',
    'The force has started to ask each of them why, so that it can learn from their answers.']);
  flow.box('Innovative practice', [
    { sents: ['The force runs a text message service that lets women report harassment on public transport without making a phone call.',
      'Messages are answered by a trained call handler within ten minutes.'], align: 'left' },
  ], { fill: '#efe8f2', rule: PLUM, title: { size: 11.5, style: 'bold', color: PLUM }, body: { size: 10, lead: 13.2, align: 'left' } });
  H('Stalking and harassment');
  P(['Officers do not always recognise stalking.',
    'In 9 of the 30 harassment cases we reviewed, the behaviour described by the victim should have been recorded as stalking.']);
  P(['Stalking protection orders are used well once a case reaches the specialist team.',
    'But victims told us that they had to repeat their account to several different officers, and some said that this made them feel that they were not believed.',
    'The force has since arranged for a single investigator to stay with each stalking case from the first report until it reaches court, so that victims deal with one person throughout.']);
  H('Conclusion');
  P(['Brackenhurst Police has made a committed start, and its work in public spaces is making a visible difference.',
    'It now needs to speed up its investigations and make sure that every officer knows what the plan expects of them.']);
  flow.box('Areas for improvement', [
    { sents: ['The force should set a deadline for every action in its plan and check that each one is met.'], align: 'left' },
    { sents: ['The force should reduce the time it takes to examine digital devices in rape investigations.'], align: 'left' },
  ], { fill: '#f4f4f4', rule: '#8c8c8c', title: { size: 11.5, style: 'bold', color: '#333333' }, body: { size: 10, lead: 13.2, align: 'left' } });
  const lastBody = flow.page();

  // back cover
  doc.addPage();
  doc.setFillColor(...rgb(PLUM));
  doc.rect(0, PH - 260, PW, 260, 'F');
  doc.setTextColor(255, 255, 255);
  doc.setFont('Caladea', 'normal');
  doc.setFontSize(9);
  doc.text(['© probe17 2025. Synthetic material made to test PDF text extraction.',
    'You may copy, change and share it without asking.', 'No inspectorate or police force published or approved it.'], 56, PH - 120);

  // notes, contents, headers and footers
  doc.setTextColor(0, 0, 0);
  drawNotes(doc, flow, 800, 56, 7.5, 'Caladea');
  doc.setPage(2);
  doc.setFont('Caladea', 'bold');
  doc.setFontSize(20);
  doc.setTextColor(...rgb(PLUM));
  doc.text('Contents', 56, 110);
  doc.setFont('Caladea', 'normal');
  doc.setFontSize(11.5);
  doc.setTextColor(0, 0, 0);
  let ty = 150;
  for (const [t, p] of [['About this inspection', 2], ...toc]) {
    const room = 450 - doc.getTextWidth(t + ' ');
    const dots = '.'.repeat(Math.floor(room / doc.getTextWidth('.')));
    doc.text(t + ' ' + dots, 56, ty);
    doc.text(String(p), 539, ty, { align: 'right' });
    ty += 22;
  }
  const n = doc.getNumberOfPages();
  for (let p = 3; p <= lastBody; p++) {
    doc.setPage(p);
    doc.setFont('Caladea', 'italic');
    doc.setFontSize(8.5);
    doc.setTextColor(90, 90, 90);
    doc.text('The police response to violence against women and girls: Brackenhurst Police', 56, 50);
    doc.setDrawColor(...rgb(PLUM));
    doc.setLineWidth(0.6);
    doc.line(56, 56, 539, 56);
    doc.setFont('Caladea', 'normal');
    doc.text(String(p), 539, 820, { align: 'right' });
  }
  if (n !== 5) throw new Error(`s02: ${n} pages`);
  save(doc, name);
  return [name, gold.write()];
}

// --------------------------------------------------------------------------------------------
// s03: PEEL spotlight, calls from the public, Larkmoor Police (Times body, ragged right)

function s03() {
  const name = 's03_calls_larkmoor';
  const gold = new Gold(name);
  const doc = newDoc('PEEL spotlight: Larkmoor Police', '2025-01-30', '5A5A5A5A0000111122223333DEADBEEF');
  const TEAL = '#00646e';
  const L = 82;
  const W = 441;
  const flow = new Flow(doc, gold, { top: 80, bottom: 752, cols: [[L, W]], font: ['times', 'normal'] });
  const body = { size: 11, lead: 14.6, align: 'left' };
  const P = (sents, extra = {}) => flow.para(sents, { ...body, ...extra });
  const H = (t) => flow.heading(t, { size: 12.5, font: ['helvetica', 'bold'], style: 'bold', before: 6, after: 5, color: TEAL });
  const bullet = (s, level = 0) => flow.para([s], { ...body, indent: 16 + level * 16, label: level ? '–' : '•', labelX: 4 + level * 16, after: 2, keep: 1 });

  // band and rotated margin label
  doc.setFillColor(...rgb(TEAL));
  doc.rect(0, 0, 595.28, 150, 'F');
  doc.setTextColor(255, 255, 255);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(9.5);
  doc.text('PEEL SPOTLIGHT REPORT', L, 52);
  doc.setFontSize(19);
  doc.text(doc.splitTextToSize('How Larkmoor Police answers and responds to calls from the public', W), L, 80);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(9.5);
  doc.text('Published 30 January 2025', L, 132);
  doc.setTextColor(...rgb(TEAL));
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(8);
  doc.text('PEEL 2023–25  ·  LARKMOOR POLICE', 40, 600, { angle: 90 });
  doc.setTextColor(0, 0, 0);
  doc.setFont('times', 'italic');
  doc.setFontSize(10.5);
  doc.text(NOTICE, L, 178);
  flow.y = 206;

  P(['This spotlight report looks at one part of our PEEL assessment of the force.',
    'Larkmoor Police takes too long to answer emergency calls, and it often fails to attend incidents within its own target times.',
    'The force knows this, and it has a credible plan to put things right.']);

  // key facts strip (not gold)
  flow.need(80);
  flow.space(10);
  const facts = [['81%', '999 calls answered in 10 seconds'], ['9 min', 'average wait for a 101 call'], ['62%', 'rural emergencies attended on time']];
  facts.forEach(([big, small], i) => {
    const x = L + i * 150;
    doc.setFillColor(230, 241, 242);
    doc.rect(x, flow.y - 12, 141, 52, 'F');
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(18);
    doc.setTextColor(...rgb(TEAL));
    doc.text(big, x + 8, flow.y + 10);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(7);
    doc.setTextColor(60, 60, 60);
    doc.text(small, x + 8, flow.y + 28);
  });
  flow.y += 66;

  flow.heading('Responding to the public: requires improvement', { size: 15, font: ['helvetica', 'bold'], style: 'bold', after: 8, color: '#b34700' });
  H('Answering calls');
  P(['In the year to September 2024, the force answered 81 per cent of 999 calls within ten seconds, against a national standard of 90 per cent.',
    'Calls to the non-emergency number were answered in an average of 9 minutes, and one in five callers gave up before they got through.']);
  P(['The force has recruited 30 extra call handlers since 2023, and 12 of them were still in training when we inspected.']);
  P(['Call handlers are well trained, and the calls we listened to were handled politely.',
    'But handlers did not always use the structured questions that help them to identify repeat victims.']);
  flow.box('Area for improvement', [
    { sents: ['The force should make sure that call handlers always ask the questions that identify repeat and vulnerable victims.'] },
  ], { fill: '#fdf1e6', rule: '#b34700', title: { size: 11, font: ['helvetica', 'bold'], style: 'bold', color: '#b34700' }, body: { size: 11, lead: 14.6, align: 'left' } });

  H('Attending incidents');
  P(['The force aims to attend:'], { after: 3 });
  bullet('emergency incidents within 15 minutes in towns and 20 minutes in rural areas;');
  bullet('It met the rural target for only 62 per cent of emergency incidents in 2024.', 1);
  bullet('priority incidents within one hour; and');
  bullet('scheduled appointments at the time agreed with the caller.');
  flow.space(5);
  P(['Too many priority incidents wait for several hours, and some are downgraded without the caller being told.',
    'We found one case in which a woman who had reported a burglary in progress waited three hours for an officer to arrive.',
    'The force has since given a supervisor in the control room the job of reviewing every priority incident that has waited for more than two hours.',
    'Several callers we spoke to said that nobody had told them how long they would have to wait, or why the officer they had been promised did not arrive.']);

  // measures table (not gold)
  flow.need(110);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(8.5);
  doc.setTextColor(0, 0, 0);
  doc.text('Table 1: Attendance against the force’s targets, 2024', L, flow.y);
  autoTable(doc, {
    startY: flow.y + 5,
    margin: { left: L, right: 72, top: 80, bottom: 842 - 752 },
    head: [['Type of incident', 'Target', 'Met in time']],
    body: [['Emergency (urban)', '15 min', '78%'], ['Emergency (rural)', '20 min', '62%'], ['Priority', '60 min', '54%'], ['Scheduled', 'as agreed', '91%']],
    theme: 'plain',
    styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 3 },
    headStyles: { fontStyle: 'bold', textColor: rgb(TEAL), lineWidth: { bottom: 0.8 }, lineColor: rgb(TEAL) },
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' } },
  });
  flow.y = doc.lastAutoTable.finalY + 24;
  flow.box('Area for improvement', [
    { sents: ['The force should tell callers when it changes the priority of their incident, and explain why.'] },
  ], { fill: '#fdf1e6', rule: '#b34700', title: { size: 11, font: ['helvetica', 'bold'], style: 'bold', color: '#b34700' }, body: { size: 11, lead: 14.6, align: 'left' } });

  H('Demand and resources');
  P(['The force has studied its demand in detail, and it knows that most of its calls come between 2pm and midnight.',
    'Its shift pattern does not yet match this, and it plans to introduce a new pattern in April 2025.']);
  P(['It has also moved 22 officers from other teams into response roles^[The officers moved in October 2024; the force will review the change after six months.].',
    'This has helped, but it has left some neighbourhood teams with too few officers to carry out their own work.']);
  P(['The force has also introduced an online reporting service for less urgent matters, which about 14 per cent of the public now use.']);
  H('Victim contact');
  P(['Officers usually update victims when they are told to, and the force now meets the victims’ code in 87 per cent of cases.',
    'Victims who are older or disabled are offered a home visit rather than a telephone appointment.']);
  P(['The force sends a satisfaction survey by text message to a sample of callers every week.',
    'Results are shared with call handlers, and handlers told us that they found the feedback useful.']);
  H('What happens next');
  P(['We will return to Larkmoor Police in the autumn to see whether its new shift pattern has reduced attendance times.']);

  drawNotes(doc, flow, 776, L, 8, 'times');
  const n = doc.getNumberOfPages();
  for (let p = 1; p <= n; p++) {
    doc.setPage(p);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(90, 90, 90);
    doc.text(`Larkmoor Police: responding to the public – page ${p}`, L + W, 812, { align: 'right' });
  }
  save(doc, name);
  return [name, gold.write()];
}

fs.mkdirSync(PDF_DIR, { recursive: true });
for (const f of [s01, s02, s03]) {
  const [name, n] = f();
  console.log(`${name}: ${n} gold`);
}
