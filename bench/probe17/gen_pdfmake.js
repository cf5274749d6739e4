// probe17 producer k: pdfmake 0.3.11 (npm), a declarative JavaScript layout engine (document
// definition -> pages: paragraphs, lists, tables, columns with newspaper flow, headers and
// footers, page references, SVG) that writes through PDFKit 0.19.1, driven from Node.js 20.
//
// pdfmake breaks lines itself (UAX #14 through the linebreak package; it does not hyphenate)
// and hands PDFKit one text call per word: every word, with its trailing space, is its own
// BT ... ET with an absolute Tm, and kerning is written as numbers inside a TJ array of CID
// hex strings.  Fonts are embedded subsets through fontkit: OpenType/CFF fonts as CID Type 0C
// (k01, k02: URW base35 Nimbus Sans and P052), TrueType as CIDFontType2 (k03: Liberation Sans),
// all Identity-H with ToUnicode.  List bullets (ul) are vector circles and squares, not text;
// numbers of ordered lists ("1.", "a.") are text.  Superscript footnote calls are smaller text
// raised by pdfmake itself (sup: true).
//
//   k01  PEEL 2023-25 report: cover, contents with dot leaders and page references, running
//        header and footer, grade table, judgement headings, numbered paragraphs (ol) with a
//        lead-in and bullets, footnotes at the page foot (laid out in two passes: the first
//        finds the page of each call), "Area for improvement" and "Cause of concern" boxes, a
//        paragraph crossing the page 3 -> 4 break, back cover.
//   k02  serious youth violence thematic: kicker, title, italic standfirst, then two snaking
//        (newspaper) columns that flow across the page break, square bullets, an SVG bar chart
//        with small labels, an "Innovative practice" box, lower-alpha recommendations, endnotes.
//   k03  cause of concern revisit letter: letterhead with a drawn emblem and a right-hand
//        address block, reference, date, address, salutation, bold subject line, numbered
//        recommendations, en-dash markers set as text in a column, a sentence crossing the
//        page 1 -> 2 break, continuation header, sign-off with a drawn signature.
//
// Usage: NODE_PATH=/tmp/probe17_node/node_modules node gen_pdfmake.js
'use strict';
const fs = require('fs');
const path = require('path');
const fontkit = require('fontkit');
const pdfmake = require('pdfmake');
const { NOTICE, PDF_DIR, pieces, Gold } = require('./common');

pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => p.startsWith('/usr/share/fonts/'));

const URW = '/usr/share/fonts/opentype/urw-base35/';
const LIB = '/usr/share/fonts/truetype/liberation2/';
const FONTS = {
  NimbusSans: {
    normal: URW + 'NimbusSans-Regular.otf', bold: URW + 'NimbusSans-Bold.otf',
    italics: URW + 'NimbusSans-Italic.otf', bolditalics: URW + 'NimbusSans-BoldItalic.otf',
  },
  P052: {
    normal: URW + 'P052-Roman.otf', bold: URW + 'P052-Bold.otf',
    italics: URW + 'P052-Italic.otf', bolditalics: URW + 'P052-BoldItalic.otf',
  },
  Liberation: {
    normal: LIB + 'LiberationSans-Regular.ttf', bold: LIB + 'LiberationSans-Bold.ttf',
    italics: LIB + 'LiberationSans-Italic.ttf', bolditalics: LIB + 'LiberationSans-BoldItalic.ttf',
  },
};
pdfmake.addFonts(FONTS);

// Fixed dates so that rebuilds are byte-identical (PDFKit derives the trailer /ID from them).
function info(title, day) {
  return {
    title, creationDate: new Date(day + 'T09:30:00Z'),
  };
}

// --------------------------------------------------------------------------------------------
// text helpers

class Notes {
  // footnote numbering for one document
  constructor() {
    this.items = [];
  }

  runs(s, style = {}) {
    const out = [];
    for (const [kind, t] of pieces(s)) {
      if (kind === 'text') {
        out.push({ text: t, ...style });
      } else {
        this.items.push(t);
        out.push({ text: String(this.items.length), sup: true, ...style });
      }
    }
    return out;
  }
}

function joinRuns(notes, sents, style) {
  const out = [];
  sents.forEach((s, i) => {
    if (i) out.push({ text: ' ', ...style });
    out.push(...notes.runs(s, style));
  });
  return out;
}

class Measure {
  // advance widths through fontkit (for dot leaders)
  constructor(file) {
    this.font = fontkit.openSync(file);
  }

  width(s, size) {
    return this.font.layout(s).advanceWidth * size / this.font.unitsPerEm;
  }
}

function leaders(measure, title, size, width) {
  const room = width - measure.width(title + ' ', size);
  const n = Math.floor(room / measure.width('.', size));
  return title + ' ' + '.'.repeat(Math.max(n, 3));
}

async function build(name, dd) {
  const doc = pdfmake.createPdf(dd);
  const buf = await doc.getBuffer();
  fs.writeFileSync(path.join(PDF_DIR, name + '.pdf'), buf);
}

// Lay out once to find the page of every node that has an id (through pageBreakBefore, which
// pdfmake calls with each node's pages); return {id: [pages]}.
async function pagesOf(ddFactory) {
  const seen = {};
  const dd = ddFactory({});
  dd.pageBreakBefore = (node) => {
    if (node.id) seen[node.id] = node.pageNumbers;
    return false;
  };
  await pdfmake.createPdf(dd).getBuffer();
  return seen;
}

// --------------------------------------------------------------------------------------------
// k01: PEEL 2023-25, Harrowdene Constabulary

async function k01() {
  const name = 'k01_peel_harrowdene';
  const NAVY = '#1d2e5c';
  const TEAL = '#0b6e6e';
  const nimbus = new Measure(FONTS.NimbusSans.normal);

  const make = (notePages) => {
    const gold = new Gold(name);
    const notes = new Notes();
    const P = (sents, extra = {}) => {
      gold.add(...sents);
      return { text: joinRuns(notes, sents), style: 'body', ...extra };
    };
    const H1 = (t, id, grade, colour) => ({
      text: grade ? [t + ': ', { text: grade, color: colour }] : t,
      style: 'h1', id, tocItem: false,
    });
    const box = (title, stack, fill, rule) => ({
      table: { widths: ['*'], body: [[{ stack: [{ text: title, style: 'boxTitle' }, ...stack], fillColor: fill, margin: [10, 8, 10, 8] }]] },
      layout: {
        hLineWidth: () => 0, vLineWidth: (i) => (i === 0 ? 4 : 0),
        vLineColor: () => rule, paddingLeft: () => 0, paddingRight: () => 0,
        paddingTop: () => 0, paddingBottom: () => 0,
      },
      margin: [0, 4, 0, 10],
    });

    // ---- page 1: cover
    const cover = [
      { text: 'PEEL 2023–25', fontSize: 30, bold: true, color: 'white', margin: [0, 70, 0, 6] },
      { text: 'Police effectiveness, efficiency and legitimacy', fontSize: 15, color: 'white' },
      { text: 'An inspection of Harrowdene Constabulary', fontSize: 15, color: 'white', margin: [0, 4, 0, 0] },
      { text: NOTICE, fontSize: 11, margin: [0, 150, 40, 0] },
      { text: 'June 2025', fontSize: 12, bold: true, margin: [0, 14, 0, 0], pageBreak: 'after' },
    ];

    // ---- page 2: contents with dot leaders; page numbers are pdfmake page references
    const tocRows = [
      ['Overall summary', 'summary'],
      ['Investigating crime', 'investigating'],
      ['Protecting vulnerable people', 'vulnerable'],
      ['Building, supporting and protecting the workforce', 'workforce'],
      ['About the data', 'data'],
    ].map(([t, id]) => [
      { text: leaders(nimbus, t, 11, 400), fontSize: 11, noWrap: true },
      { pageReference: id, fontSize: 11, alignment: 'right' },
    ]);
    const contents = [
      { text: 'Contents', style: 'h1', margin: [0, 0, 0, 14] },
      { table: { widths: [405, '*'], body: tocRows }, layout: 'noBorders', pageBreak: 'after' },
    ];

    // ---- page 3 onwards: body
    const grades = [
      ['Police powers and public treatment', 'Good'],
      ['Preventing crime', 'Adequate'],
      ['Responding to the public', 'Adequate'],
      ['Investigating crime', 'Requires improvement'],
      ['Protecting vulnerable people', 'Adequate'],
      ['Managing offenders and suspects', 'Good'],
      ['Building, supporting and protecting the workforce', 'Good'],
      ['Leadership and force management', 'Adequate'],
    ];
    const gcol = { Good: '#2f7d32', Adequate: '#8a6d00', 'Requires improvement': '#b34700' };
    const gradeTable = {
      table: {
        headerRows: 1, widths: ['*', 130],
        body: [
          [{ text: 'Area', style: 'th' }, { text: 'Grade', style: 'th' }],
          ...grades.map(([a, g]) => [{ text: a, fontSize: 9.5 }, { text: g, fontSize: 9.5, bold: true, color: gcol[g] }]),
        ],
      },
      layout: {
        hLineWidth: (i) => (i <= 1 ? 1 : 0.5), vLineWidth: () => 0,
        hLineColor: () => '#9aa6bf', fillColor: (r) => (r === 0 ? '#e3e8f2' : null),
      },
      margin: [0, 2, 0, 12],
    };

    const body = [
      H1('Overall summary', 'summary'),
      { text: 'Our judgements', style: 'h2' },
      P(['This table shows the grade we gave the force in each area of policing that we inspected.']),
      gradeTable,
      { text: 'HM Inspector’s observations', style: 'h2' },
      P(['Harrowdene Constabulary is a force that knows its communities well, and much of what we saw pleased us.',
        'Its investigation standards have slipped since our last visit, however, and the chief officer team accepts that this needs urgent attention.',
        'The force has recruited well, but almost a third of its investigators have less than two years’ experience.']),
      H1('Investigating crime', 'investigating', 'requires improvement', '#b34700'),
      {
        ol: [
          P(['The force does not always carry out a thorough investigation at the first opportunity.',
            'In 17 of the 60 case files we reviewed, officers had missed chances to gather evidence such as house-to-house enquiries or footage from doorbell cameras.']),
          P(['Supervisors review most investigations within the force’s target of seven days.^[The target is set by the force’s own crime investigation policy; it is not a national standard.]',
            'But their reviews rarely set clear actions, and some simply record that the case has been seen.'], { id: 'fn1' }),
          {
            stack: [
              P(['When we examined the files of crimes closed without a suspect being identified, we found that officers had often:']),
              {
                ul: [
                  P(['not recorded why a line of enquiry was not pursued;']),
                  P(['closed the case before forensic results had come back; or']),
                  P(['not told the victim that the investigation had ended.']),
                ],
                margin: [0, 2, 0, 0],
              },
            ],
          },
          P(['The force has set up a case review board^[The board is chaired by a detective superintendent and meets on the first Tuesday of each month.] to look at a sample of closed crimes each month.',
            'It is too early to say whether this is improving the quality of investigations.'], { id: 'fn2' }),
        ],
        style: 'list',
      },
      box('Area for improvement', [P(['The force should make sure that supervisors set clear, recorded actions when they review an investigation, and that they check those actions have been completed.'])], '#eef2f8', NAVY),
      H1('Protecting vulnerable people', 'vulnerable', 'adequate', '#8a6d00'),
      {
        ol: [
          P(['Officers recognise vulnerability well when they attend incidents.',
            'They complete a risk assessment for every domestic abuse incident, and a specialist team reviews each high-risk case on the same working day.',
            'Where the risk is greatest, the team arranges a visit from a domestic abuse officer within 48 hours, and the victims we spoke to valued these visits.']),
          P(['Partnership working is a real strength in Harrowdene.',
            'The multi-agency safeguarding hub shares information quickly, and partners told us that the force is a committed and reliable member.']),
          P(['However, the force is slow to apply for protection orders.',
            'In the year to March 2025 it applied for only 14 domestic abuse protection orders, which is far fewer than we would expect for a force of its size.']),
        ],
        start: 5, style: 'list',
      },
      box('Cause of concern', [
        P(['The force does not have enough trained staff to manage the risk posed by registered sex offenders, and some officers are managing twice the recommended caseload.']),
        { text: 'Recommendation', style: 'boxSub' },
        P(['Within six months, Harrowdene Constabulary should:']),
        {
          ul: [
            P(['assess how many staff it needs to manage these offenders safely;']),
            P(['reduce each officer’s caseload to a level it can show is safe; and']),
            P(['make sure that overdue home visits are completed and recorded.']),
          ],
          type: 'square',
        },
      ], '#fbeeee', '#a4262c'),
      H1('Building, supporting and protecting the workforce', 'workforce', 'good', '#2f7d32'),
      {
        ol: [
          P(['The force looks after the wellbeing of its workforce.',
            'Every team has a trained wellbeing champion, and staff we spoke to knew how to get support after a traumatic incident.']),
          P(['New officers receive a structured programme of tutoring, which they described as practical and supportive.',
            'The force should now make sure that this support continues beyond their first year in service.']),
        ],
        start: 8, style: 'list',
      },
      { text: 'About the data', style: 'h2', id: 'data' },
      P(['The figures in this report come from the force’s own systems and were checked with the force before publication.']),
    ];

    // ---- back cover
    const back = [
      { text: '', pageBreak: 'before' },
      { text: 'Synthetic test material', fontSize: 10, bold: true, color: 'white', margin: [0, 540, 0, 6] },
      { text: '© probe17, June 2025. Made for testing PDF text extraction; it may be copied and changed freely.', fontSize: 9, color: 'white' },
      { text: 'No inspectorate published this document, and no force took part in it.', fontSize: 9, color: 'white', margin: [0, 4, 0, 0] },
      { text: 'Reference: PROBE17-K01', fontSize: 9, color: 'white', margin: [0, 4, 0, 0] },
    ];

    const noteText = notes.items;
    const dd = {
      info: info('PEEL 2023–25: Harrowdene Constabulary', '2025-06-12'),
      pageSize: 'A4',
      pageMargins: [62, 70, 62, 96],
      background: (page, size) => {
        if (page === 1) return { canvas: [{ type: 'rect', x: 0, y: 0, w: size.width, h: 330, color: NAVY }] };
        if (page === dd._pages) return { canvas: [{ type: 'rect', x: 0, y: 0, w: size.width, h: size.height, color: TEAL }] };
        return null;
      },
      header: (page, count) => {
        if (page < 3 || page === count) return null;
        return {
          stack: [
            { text: 'PEEL 2023–25 | Harrowdene Constabulary', alignment: 'right', fontSize: 8, color: '#555555' },
            { canvas: [{ type: 'line', x1: 0, y1: 3, x2: 471, y2: 3, lineWidth: 0.5, lineColor: '#999999' }] },
          ],
          margin: [62, 38, 62, 0],
        };
      },
      footer: (page, count) => {
        if (page === 1 || page === count) return null;
        const stack = [];
        const here = Object.keys(notePages).filter((k) => notePages[k].includes(page));
        if (here.length) {
          stack.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5 }] });
          for (const id of here.sort()) {
            const n = Number(id.slice(2));
            stack.push({ text: [{ text: String(n), sup: true }, ' ' + noteText[n - 1]], fontSize: 7.5, margin: [0, 2, 0, 0] });
          }
        }
        stack.push({ text: String(page), alignment: 'center', fontSize: 9, margin: [0, here.length ? 6 : 40, 0, 0] });
        return { stack, margin: [62, 0, 62, 0] };
      },
      content: [...cover, ...contents, ...body, ...back],
      defaultStyle: { font: 'NimbusSans', fontSize: 10.5, lineHeight: 1.18 },
      styles: {
        body: { margin: [0, 0, 0, 6] },
        list: { margin: [0, 0, 0, 4] },
        h1: { fontSize: 16, bold: true, color: NAVY, margin: [0, 8, 0, 8] },
        h2: { fontSize: 12.5, bold: true, color: NAVY, margin: [0, 4, 0, 6] },
        th: { fontSize: 9.5, bold: true },
        boxTitle: { fontSize: 11.5, bold: true, margin: [0, 0, 0, 5] },
        boxSub: { fontSize: 10.5, bold: true, margin: [0, 2, 0, 4] },
      },
      _pages: 5,
    };
    return { dd, gold, notes };
  };

  const first = await pagesOf((np) => make(np).dd);
  for (const id of ['fn1', 'fn2']) {
    if (!first[id] || first[id].length !== 1) throw new Error(`k01: ${id} on pages ${first[id]}`);
  }
  const { dd, gold } = make({ fn1: first.fn1, fn2: first.fn2 });
  await build(name, dd);
  return [name, gold.write()];
}

// --------------------------------------------------------------------------------------------
// k02: serious youth violence thematic, Wexcombe Police (snaking columns)

async function k02() {
  const name = 'k02_youth_wexcombe';
  const gold = new Gold(name);
  const notes = new Notes();
  const RED = '#8c1c3a';
  const P = (sents, extra = {}) => {
    gold.add(...sents);
    return { text: joinRuns(notes, sents), style: 'body', ...extra };
  };
  const H = (t) => ({ text: t, style: 'h2' });

  const standfirst = ['Knife crime involving young people has risen in Wexcombe for three years running.',
    'We examined how the force works with schools, youth services and health partners to stop young people from being drawn into violence.'];
  gold.add(...standfirst);

  const bars = [['Lodestar scheme', 11], ['Referred, did not finish', 27], ['Not referred', 34]];
  let svg = '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="150" viewBox="0 0 420 150">';
  svg += '<line x1="150" y1="10" x2="150" y2="118" stroke="#444" stroke-width="0.6"/>';
  bars.forEach(([label, v], i) => {
    const y = 18 + i * 32;
    svg += `<rect x="150" y="${y}" width="${v * 6}" height="20" fill="${i ? '#b8a3aa' : RED}"/>`;
    svg += `<text x="144" y="${y + 13}" font-family="NimbusSans" font-size="7.5" text-anchor="end">${label}</text>`;
    svg += `<text x="${154 + v * 6}" y="${y + 13}" font-family="NimbusSans" font-size="7.5">${v}%</text>`;
  });
  [0, 10, 20, 30, 40].forEach((t) => {
    svg += `<text x="${150 + t * 6}" y="130" font-family="NimbusSans" font-size="6.5" text-anchor="middle">${t}</text>`;
  });
  svg += '<text x="270" y="146" font-family="NimbusSans" font-size="6.5" text-anchor="middle">per cent arrested again within 12 months</text>';
  svg += '</svg>';

  const flow = [
    H('Understanding the problem'),
    P(['The force has a good understanding of where and when youth violence happens.',
      'Its analysts have mapped incidents against school finishing times, and they found that almost half of all stabbings involving under-18s took place between 3pm and 6pm.^[Force data for January 2022 to December 2023.]',
      'Neighbourhood teams now patrol the main bus routes at these times.']),
    P(['The force is less sure why young people carry knives.',
      'It has not asked them, and it has not used the knowledge of youth workers who see these young people every day.']),
    H('Working with partners'),
    P(['The violence reduction partnership^[The partnership was set up in 2020 with Home Office funding.] brings together the force, the council, the health board and the probation service.',
      'Partners share a single plan, and they meet every fortnight to review it.',
      'The health board now shares anonymised data on knife injuries treated at Wexcombe General Hospital, which has helped the force to find two areas where violence was not being reported.']),
    P(['Schools told us that their named police officers were helpful and easy to contact.',
      'But three head teachers said that the officers had been moved to other duties during the summer term, when they were needed most.']),
    H('Enforcement'),
    P(['Officers carried out 214 weapon sweeps in parks and open spaces in 2023, and they found 31 knives.',
      'Stop and search is used carefully, and the force’s scrutiny panel, which includes young people, reviews a sample of body-worn video footage every month.',
      'The panel’s members told us that officers were generally polite, but that they did not always explain why a search was taking place.']),
    H('Early intervention'),
    P(['Young people arrested for carrying a knife are offered a place on the Lodestar scheme, which pairs each of them with a trained mentor.',
      'Of the 63 young people who completed the scheme in 2023, only 7 were arrested again within a year.',
      'The mentors are recruited from local communities, and several of them were once involved in crime themselves.']),
    P(['Mentors meet each young person at least once a week and help them to:'], { margin: [0, 0, 0, 3] }),
    {
      ul: [
        P(['stay in education or training;'], { margin: [0, 0, 0, 2] }),
        P(['repair relationships at home; and'], { margin: [0, 0, 0, 2] }),
        P(['find safe things to do in the evenings.'], { margin: [0, 0, 0, 2] }),
      ],
      type: 'square', markerColor: RED, margin: [6, 0, 0, 6],
    },
    P(['The scheme is funded only until March 2026, and the force has not yet secured money to continue it.',
      'Mentors told us that some of them would leave if their contracts were not renewed by the end of the year.']),
  ];

  const after = [
    { text: 'Figure 1: Young people arrested again within a year, by route, 2023', style: 'caption', margin: [0, 6, 0, 0] },
    { svg, width: 420, margin: [0, 2, 0, 2] },
    { text: 'Source: Wexcombe Police and Wexcombe Youth Justice Service', style: 'caption', margin: [0, 0, 0, 12] },
    {
      table: {
        widths: ['*'],
        body: [[{
          stack: [
            { text: 'Innovative practice: weapon surrender bins', style: 'boxTitle' },
            P(['The force has placed knife surrender bins in 12 community buildings, and local young people helped to choose where they went.',
              'In 2023, more than 400 weapons were handed in.'], { margin: [0, 0, 0, 0] }),
          ],
          fillColor: '#f1ecef', margin: [12, 9, 12, 10],
        }]],
      },
      layout: { hLineWidth: () => 1.2, vLineWidth: () => 1.2, hLineColor: () => RED, vLineColor: () => RED },
      margin: [0, 0, 0, 12],
    },
    { text: 'Recommendations', style: 'h1' },
    P(['By September 2025, Wexcombe Police should:'], { margin: [0, 0, 0, 3] }),
    {
      ol: [
        P(['ask young people, and those who work with them, why they carry weapons, and use what they learn to shape its prevention work;'], { margin: [0, 0, 0, 3] }),
        P(['keep school officers in their roles for at least a full school year; and'], { margin: [0, 0, 0, 3] }),
        P(['agree with its partners how the Lodestar scheme will be paid for after March 2026.'], { margin: [0, 0, 0, 3] }),
      ],
      type: 'lower-alpha', margin: [8, 0, 0, 8],
    },
    P(['We will check the force’s progress when we next inspect it.']),
  ];
  const endnotes = [
    { text: 'Notes', style: 'h2', margin: [0, 10, 0, 4] },
    ...notes.items.map((t, i) => ({ text: `${i + 1}  ${t}`, fontSize: 8 })),
  ];

  const dd = {
    info: info('Tackling serious youth violence in Wexcombe', '2025-03-03'),
    pageSize: 'A4',
    pageMargins: [50, 54, 50, 80],
    background: (page, size) => (page === 1
      ? { canvas: [{ type: 'rect', x: 0, y: 0, w: size.width, h: 12, color: RED }] } : null),
    header: (page) => (page === 1 ? null : {
      text: 'Tackling serious youth violence in Wexcombe', fontSize: 8, color: '#666666', margin: [50, 26, 50, 0],
    }),
    footer: (page, count) => ({
      text: `Page ${page} of ${count}`, alignment: 'right', fontSize: 8, color: '#666666', margin: [50, 44, 50, 0],
    }),
    content: [
      { text: 'THEMATIC INSPECTION', font: 'NimbusSans', fontSize: 9, bold: true, color: RED, characterSpacing: 1.5, margin: [0, 6, 0, 4] },
      { text: 'Tackling serious youth violence in Wexcombe', font: 'NimbusSans', fontSize: 22, bold: true, margin: [0, 0, 0, 4] },
      { text: 'An inspection of Wexcombe Police and its partners · Published 3 March 2025', font: 'NimbusSans', fontSize: 9.5, color: '#555555', margin: [0, 0, 0, 10] },
      { text: NOTICE, font: 'NimbusSans', fontSize: 9.5, margin: [0, 0, 0, 10] },
      { text: joinRuns(notes, standfirst), italics: true, fontSize: 13, lineHeight: 1.25, margin: [0, 0, 0, 14] },
      {
        table: {
          widths: ['*', '*', '*'],
          body: [[['214', 'weapon sweeps in 2023'], ['31', 'knives found in sweeps'], ['63', 'young people completed Lodestar']].map(([n, t]) => ({
            stack: [{ text: n, font: 'NimbusSans', fontSize: 24, bold: true, color: RED }, { text: t, font: 'NimbusSans', fontSize: 7.5, color: '#444444' }],
            fillColor: '#f6f1f3', margin: [10, 8, 6, 10], alignment: 'left',
          }))],
        },
        layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 1 || i === 2 ? 4 : 0), vLineColor: () => 'white' },
        margin: [0, 0, 0, 14],
      },
      { columns: [{ stack: flow }, { text: '' }], snakingColumns: true, columnGap: 22 },
      ...after,
      ...endnotes,
    ],
    defaultStyle: { font: 'P052', fontSize: 12, lineHeight: 1.25, alignment: 'justify' },
    styles: {
      body: { margin: [0, 0, 0, 7] },
      h1: { font: 'NimbusSans', fontSize: 14, bold: true, color: RED, margin: [0, 4, 0, 6], alignment: 'left' },
      h2: { font: 'NimbusSans', fontSize: 11, bold: true, color: RED, margin: [0, 4, 0, 4], alignment: 'left' },
      caption: { font: 'NimbusSans', fontSize: 8, color: '#444444', alignment: 'left' },
      boxTitle: { font: 'NimbusSans', fontSize: 11, bold: true, color: RED, margin: [0, 0, 0, 5], alignment: 'left' },
    },
  };
  await build(name, dd);
  return [name, gold.write()];
}

// --------------------------------------------------------------------------------------------
// k03: cause of concern revisit letter, Felmarsh Constabulary

async function k03() {
  const name = 'k03_letter_felmarsh';
  const gold = new Gold(name);
  const notes = new Notes();
  const P = (sents, extra = {}) => {
    gold.add(...sents);
    return { text: joinRuns(notes, sents), style: 'body', ...extra };
  };
  const dash = (s) => {
    gold.add(s);
    return { columns: [{ text: '–', width: 16 }, { text: s }], columnGap: 0, margin: [18, 0, 0, 4] };
  };

  const emblem = {
    canvas: [
      { type: 'ellipse', x: 20, y: 20, r1: 19, r2: 19, lineColor: '#3b2a6b', lineWidth: 2 },
      { type: 'polyline', closePath: true, color: '#3b2a6b', points: [{ x: 20, y: 6 }, { x: 31, y: 27 }, { x: 9, y: 27 }] },
    ],
    width: 44,
  };
  const letterhead = {
    columns: [
      emblem,
      { stack: [{ text: 'HMICFRS', fontSize: 17, bold: true, color: '#3b2a6b' }, { text: 'Inspections of police forces', fontSize: 8.5, color: '#555555' }], width: '*', margin: [6, 6, 0, 0] },
      {
        stack: ['4th Floor, Wellington House', '12 Canal Street', 'Kettlemere KT4 9QX', 'Telephone 0300 555 0192', 'letters@inspect.example'],
        fontSize: 8, color: '#444444', alignment: 'right', width: 160,
      },
    ],
    margin: [0, 0, 0, 6],
  };
  const sig = {
    canvas: [{
      type: 'polyline', lineWidth: 1.1, lineColor: '#1a237e',
      points: [[0, 20], [8, 4], [12, 22], [18, 8], [24, 20], [30, 6], [34, 18], [46, 14], [52, 22], [60, 10], [70, 16], [84, 12]].map(([x, y]) => ({ x, y })),
    }],
    margin: [0, 6, 0, 4],
  };

  const content = [
    letterhead,
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 481, y2: 0, lineWidth: 0.8, lineColor: '#3b2a6b' }], margin: [0, 0, 0, 10] },
    { text: NOTICE, fontSize: 9, italics: true, margin: [0, 0, 0, 12] },
    {
      columns: [
        { stack: ['Chief Constable Alison Marsh', 'Felmarsh Constabulary', 'Police Headquarters', 'Greyhithe Road', 'Amberleigh', 'AM2 7LP'], width: '*' },
        { stack: ['Our reference: FEL/CC/2025/014', '17 July 2025'], alignment: 'right', width: 200 },
      ],
      margin: [0, 0, 0, 16],
    },
    { text: 'Dear Chief Constable,', margin: [0, 0, 0, 10] },
    { text: 'Felmarsh Constabulary: revisit of the cause of concern about missing children', bold: true, margin: [0, 0, 0, 10] },
    P(['In our 2024 PEEL inspection, we identified a cause of concern about how the force responds when children go missing from home or care.',
      'I am writing to tell you what we found when we revisited the force in June.']),
    P(['In our report, we recommended that the force should, within six months:'], { margin: [0, 0, 0, 4] }),
    {
      ol: [
        P(['make sure that every missing child episode is risk assessed by a supervisor within one hour;'], { margin: [0, 0, 0, 3] }),
        P(['give return home interviews the priority they need, so that they take place within 72 hours; and'], { margin: [0, 0, 0, 3] }),
        P(['share what it learns from those interviews with the children’s services departments of both local councils.'], { margin: [0, 0, 0, 3] }),
      ],
      margin: [18, 0, 0, 8],
    },
    { text: 'What we found', bold: true, margin: [0, 4, 0, 6] },
    P(['The force has made good progress.',
      'Supervisors in the control room now review every missing child report, and in the 40 cases we sampled, all but two had been risk assessed within the hour.',
      'The two exceptions both happened on a night when the control room was short of staff.']),
    P(['The force has also changed its policy so that officers must now search a child’s room and speak to their friends as soon as a high-risk episode is reported.',
      'In one case we reviewed, this led officers to find a 14-year-old within two hours in a flat in the city centre.']),
    P(['Return home interviews are now carried out by a dedicated team of four police staff.',
      'Most interviews take place within three days, although we found some delays when a child had been placed in care outside the county.']),
    P(['The sharing of information with the two councils has improved, but it is not yet consistent.',
      'One council receives a weekly summary of every interview, while the other receives only the details of children it already supports.',
      'The force and the councils have agreed to use one template from September.']),
    P(['We also found that the control room does not always record the time at which a missing child is found, or who found them.',
      'This makes it hard for supervisors to know whether a case can be closed, and it means that the force’s figures for the length of missing episodes are not reliable.']),
    P(['During the revisit, we also:'], { margin: [0, 0, 0, 4] }),
    dash('spoke to the manager of the return home interview team and two of its interviewers;'),
    dash('observed a meeting at which the force and its partners discussed children at risk of exploitation; and'),
    dash('read the records of 40 missing child episodes from April and May 2025.'),
    { text: 'Our conclusion', bold: true, margin: [0, 8, 0, 6] },
    P(['We are satisfied that the force has addressed the cause of concern, and we have closed it.',
      'Its information sharing with children’s services is still developing, and we will look at this again in our next PEEL inspection.']),
    P(['I would like to thank your officers and staff for the open and helpful way in which they took part in the revisit.',
      'I am copying this letter to the police and crime commissioner and will publish it on our website.']),
    { text: 'Yours sincerely,', margin: [0, 6, 0, 0] },
    sig,
    { text: 'Rupert Ashdown', bold: true },
    { text: 'His Majesty’s Inspector of Constabulary' },
    { text: 'cc: Police and crime commissioner for Felmarsh', fontSize: 8.5, color: '#555555', margin: [0, 14, 0, 0] },
  ];

  const dd = {
    info: info('Felmarsh Constabulary: revisit letter', '2025-07-17'),
    pageSize: 'A4',
    pageMargins: [57, 48, 57, 64],
    header: (page) => (page === 1 ? null : {
      text: 'Chief Constable Alison Marsh – 17 July 2025', fontSize: 8.5, color: '#555555', margin: [57, 24, 57, 0],
    }),
    footer: (page, count) => ({ text: `${page} of ${count}`, alignment: 'center', fontSize: 8.5, margin: [57, 28, 57, 0] }),
    content,
    defaultStyle: { font: 'Liberation', fontSize: 11, lineHeight: 1.25 },
    styles: { body: { margin: [0, 0, 0, 9] } },
  };
  await build(name, dd);
  return [name, gold.write()];
}

async function main() {
  fs.mkdirSync(PDF_DIR, { recursive: true });
  for (const f of [k01, k02, k03]) {
    const [name, n] = await f();
    console.log(`${name}: ${n} gold`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
