// probe19 producer g: lays out one document described in JSON (written by gen_gofpdf.py) and
// writes it with gofpdf 2.17.2 (Debian golang-github-jung-kurt-gofpdf-dev), the Go PDF
// library.  Usage: gofpdf_render DOC.json
//
// What is gofpdf's and what is this program's: gofpdf measures strings (GetStringWidth), draws
// cells (CellFormat, which justifies a UTF-8 line with TJ adjustments; core-font lines are
// justified with SetWordSpacing's Tw), calls the header and footer functions on every page,
// replaces the {nb} page-count alias, embeds the TrueType fonts (AddUTF8Font) and writes the
// PDF.  This program does what a Go report service built on gofpdf does itself: it breaks
// paragraphs into lines (at spaces, and at soft hyphens, printing "-"), flows the lines into
// one or two columns per page, keeps a heading with the next line, reserves room at the page
// foot for the footnotes called on that page, and draws boxes behind their lines.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

type Font struct {
	Family string  `json:"family"`
	Style  string  `json:"style"`
	Size   float64 `json:"size"`
	Color  []int   `json:"color"`
}

type Block struct {
	T      string    `json:"t"`
	Text   string    `json:"text"`
	Font   Font      `json:"font"`
	Lead   float64   `json:"lead"`
	Align  string    `json:"align"`
	Indent float64   `json:"indent"`
	Label  string    `json:"label"`
	LFont  *Font     `json:"lfont"`
	LabelX float64   `json:"labelx"`
	Before float64   `json:"before"`
	After  float64   `json:"after"`
	Keep   bool      `json:"keep"`
	Tc     float64   `json:"tc"`
	Fill   []int     `json:"fill"`
	Border []int     `json:"border"`
	Pad    float64   `json:"pad"`
	Blocks []Block   `json:"blocks"`
	Cols   []Col     `json:"cols"`
	H      float64   `json:"h"`
	Line   float64   `json:"line"`
	Rect   []float64 `json:"rect"`
}

type Col struct {
	X float64 `json:"x"`
	W float64 `json:"w"`
}

type Running struct {
	From   int     `json:"from"`
	Left   string  `json:"left"`
	Right  string  `json:"right"`
	Center string  `json:"center"`
	Font   Font    `json:"font"`
	Y      float64 `json:"y"`
	Rule   bool    `json:"rule"`
}

type Doc struct {
	Out      string            `json:"out"`
	Info     map[string]string `json:"info"`
	Date     string            `json:"date"`
	W        float64           `json:"w"`
	H        float64           `json:"h"`
	ML       float64           `json:"ml"`
	MR       float64           `json:"mr"`
	MT       float64           `json:"mt"`
	MB       float64           `json:"mb"`
	UTF8     [][3]string       `json:"utf8"`
	Header   *Running          `json:"header"`
	Footer   *Running          `json:"footer"`
	NoteFont Font              `json:"notefont"`
	NoteLead float64           `json:"notelead"`
	Blocks   []Block           `json:"blocks"`
}

// a piece of a line: text drawn in one font; call pieces are raised footnote numbers
type piece struct {
	text string
	call bool
}

// a word: pieces printed with no space between them
type word []piece

type placed struct {
	kind    string // "line", "rect", "hline"
	x, y, w float64
	h       float64
	words   []word
	font    Font
	align   string
	last    bool
	label   string
	lfont   *Font
	labelx  float64
	tc      float64
	fill    []int
	border  []int
	box     int
	lw      float64
}

type note struct {
	num  int
	text string
}

type page struct {
	items   []*placed
	notes   []note
	noteH   float64
	colTop  float64
	boxSegs map[[2]int]*placed
}

type engine struct {
	pdf    *gofpdf.Fpdf
	doc    *Doc
	tr     func(string) string
	utf8   map[string]bool
	pages  []*page
	cols   []Col
	col    int
	y      float64
	noteN  int
	boxes  []*Block
	boxStk []int
}

func (e *engine) isUTF8(f Font) bool { return e.utf8[f.Family] }

func (e *engine) setFont(f Font) {
	e.pdf.SetFont(f.Family, f.Style, f.Size)
}

func (e *engine) enc(f Font, s string) string {
	if e.isUTF8(f) {
		return s
	}
	return e.tr(s)
}

func (e *engine) width(f Font, s string) float64 {
	e.setFont(f)
	return e.pdf.GetStringWidth(e.enc(f, s))
}

func callFont(f Font) Font {
	return Font{f.Family, f.Style, f.Size * 0.62, f.Color}
}

func (e *engine) wordWidth(f Font, w word) float64 {
	t := 0.0
	for _, p := range w {
		if p.call {
			t += e.width(callFont(f), p.text)
		} else {
			t += e.width(f, strings.ReplaceAll(p.text, "\u00ad", ""))
		}
	}
	return t
}

// parse text with ^[note] calls into words; notes are numbered in order of appearance
func (e *engine) parse(text string) ([]word, []note) {
	var words []word
	var notes []note
	var cur word
	flushText := func(s string) {
		parts := strings.Split(s, " ")
		for i, p := range parts {
			if i > 0 && len(cur) > 0 {
				words = append(words, cur)
				cur = nil
			}
			if p != "" {
				cur = append(cur, piece{text: p})
			}
		}
	}
	for {
		i := strings.Index(text, "^[")
		if i < 0 {
			flushText(text)
			break
		}
		flushText(text[:i])
		j := strings.Index(text[i:], "]")
		e.noteN++
		notes = append(notes, note{e.noteN, text[i+2 : i+j]})
		cur = append(cur, piece{text: fmt.Sprint(e.noteN), call: true})
		text = text[i+j+1:]
	}
	if len(cur) > 0 {
		words = append(words, cur)
	}
	return words, notes
}

func (e *engine) page() *page { return e.pages[len(e.pages)-1] }

func (e *engine) newPage() {
	e.pages = append(e.pages, &page{colTop: e.doc.MT})
	e.col = 0
	e.y = e.doc.MT
}

func (e *engine) bottom() float64 {
	return e.doc.H - e.doc.MB - e.page().noteH
}

// advance to the next column or page
func (e *engine) nextFrame() {
	if e.col+1 < len(e.cols) {
		e.col++
		e.y = e.page().colTop
		return
	}
	e.newPage()
}

func (e *engine) notesHeight(ns []note) float64 {
	h := 0.0
	for _, n := range ns {
		h += float64(len(e.wrapNote(n))) * e.doc.NoteLead
	}
	if len(e.page().notes) == 0 && len(ns) > 0 {
		h += 3
	}
	return h
}

func (e *engine) wrapNote(n note) []string {
	maxw := e.doc.W - e.doc.ML - e.doc.MR - 5
	var lines []string
	line := ""
	for _, w := range strings.Split(n.text, " ") {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && e.width(e.doc.NoteFont, try) > maxw {
			lines = append(lines, line)
			line = w
		} else {
			line = try
		}
	}
	return append(lines, line)
}

// break words into lines of at most width w; a word that does not fit is split at its last soft
// hyphen that lets the head (printed with "-") fit
func (e *engine) breakLines(f Font, words []word, w float64, tc float64) [][]word {
	var lines [][]word
	var cur []word
	curW := 0.0
	space := e.width(f, " ")
	wwidth := func(x word) float64 {
		n := 0
		for _, p := range x {
			n += len([]rune(strings.ReplaceAll(p.text, "\u00ad", "")))
		}
		return e.wordWidth(f, x) + tc*float64(n)
	}
	queue := append([]word(nil), words...)
	for len(queue) > 0 {
		wd := queue[0]
		queue = queue[1:]
		ww := wwidth(wd)
		add := ww
		if len(cur) > 0 {
			add += space
		}
		if curW+add <= w+0.01 {
			cur = append(cur, wd)
			curW += add
			continue
		}
		// try a soft hyphen split of a plain one-piece word
		if len(wd) == 1 && !wd[0].call && strings.Contains(wd[0].text, "\u00ad") {
			parts := strings.Split(wd[0].text, "\u00ad")
			done := false
			for k := len(parts) - 1; k >= 1; k-- {
				head := strings.Join(parts[:k], "") + "-"
				hw := wwidth(word{{text: head}})
				if len(cur) > 0 {
					hw += space
				}
				if curW+hw <= w+0.01 {
					cur = append(cur, word{{text: head}})
					lines = append(lines, cur)
					cur, curW = nil, 0
					queue = append([]word{{{text: strings.Join(parts[k:], "\u00ad")}}}, queue...)
					done = true
					break
				}
			}
			if done {
				continue
			}
		}
		if len(cur) == 0 { // a word longer than the line: put it alone
			lines = append(lines, []word{wd})
			continue
		}
		lines = append(lines, cur)
		cur, curW = []word{wd}, ww
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func (e *engine) colX() (float64, float64) {
	c := e.cols[e.col]
	return c.X, c.W
}

func lineNotes(line []word, all []note) []note {
	var out []note
	for _, w := range line {
		for _, p := range w {
			if p.call {
				for _, n := range all {
					if fmt.Sprint(n.num) == p.text {
						out = append(out, n)
					}
				}
			}
		}
	}
	return out
}

func (e *engine) curBox() int {
	if len(e.boxStk) == 0 {
		return 0
	}
	return e.boxStk[len(e.boxStk)-1]
}

func (e *engine) boxPad() float64 {
	p := 0.0
	for _, b := range e.boxStk {
		p += e.boxes[b-1].Pad
	}
	return p
}

func (e *engine) paragraph(b Block, nextLead float64) {
	words, notes := e.parse(b.Text)
	pad := e.boxPad()
	x0, w0 := e.colX()
	x := x0 + pad + b.Indent
	w := w0 - 2*pad - b.Indent
	lines := e.breakLines(b.Font, words, w, b.Tc)
	e.y += b.Before
	for i, ln := range lines {
		need := b.Lead
		if b.Keep && i == len(lines)-1 {
			need += nextLead * 2
		}
		ns := lineNotes(ln, notes)
		for e.y+need+e.notesHeight(ns) > e.bottom() {
			e.nextFrame()
			x0, _ = e.colX()
			x = x0 + pad + b.Indent
		}
		if len(ns) > 0 {
			e.page().noteH += e.notesHeight(ns)
			e.page().notes = append(e.page().notes, ns...)
		}
		p := &placed{kind: "line", x: x, y: e.y, w: w, h: b.Lead, words: ln, font: b.Font,
			align: b.Align, last: i == len(lines)-1, tc: b.Tc, box: e.curBox()}
		if i == 0 && b.Label != "" {
			p.label, p.lfont, p.labelx = b.Label, b.LFont, x0+pad+b.LabelX
		}
		e.page().items = append(e.page().items, p)
		e.y += b.Lead
	}
	e.y += b.After
}

func (e *engine) run(blocks []Block) {
	for i, b := range blocks {
		next := 5.0
		if i+1 < len(blocks) && blocks[i+1].Lead > 0 {
			next = blocks[i+1].Lead
		}
		switch b.T {
		case "p":
			e.paragraph(b, next)
		case "space":
			e.y += b.H
		case "pagebreak":
			e.newPage()
		case "columns":
			e.cols = b.Cols
			e.col = 0
			e.page().colTop = e.y
		case "rect": // absolute rectangle on the current page, e.g. a band behind a title
			e.page().items = append(e.page().items, &placed{kind: "rect", x: b.Rect[0],
				y: b.Rect[1], w: b.Rect[2], h: b.Rect[3], fill: b.Fill})
		case "rule":
			x0, w0 := e.colX()
			e.y += b.Before
			e.page().items = append(e.page().items, &placed{kind: "hline", x: x0, y: e.y,
				w: w0, lw: b.Line, border: b.Border})
			e.y += b.After
		case "box":
			bb := b
			e.boxes = append(e.boxes, &bb)
			e.boxStk = append(e.boxStk, len(e.boxes))
			if e.y+b.Pad+3*next > e.bottom() {
				e.nextFrame()
			}
			e.y += b.Before + b.Pad
			e.run(b.Blocks)
			e.y += b.Pad + b.After
			e.boxStk = e.boxStk[:len(e.boxStk)-1]
		}
	}
}

func rgb(c []int) (int, int, int) {
	if len(c) < 3 {
		return 0, 0, 0
	}
	return c[0], c[1], c[2]
}

func (e *engine) drawLine(p *placed) {
	pdf := e.pdf
	f := p.font
	pdf.SetTextColor(rgb(f.Color))
	if p.label != "" {
		lf := f
		if p.lfont != nil {
			lf = *p.lfont
		}
		e.setFont(lf)
		pdf.SetTextColor(rgb(lf.Color))
		pdf.SetXY(p.labelx, p.y)
		pdf.CellFormat(0, p.h, e.enc(lf, p.label), "", 0, "L", false, 0, "")
		pdf.SetTextColor(rgb(f.Color))
	}
	justify := p.align == "J" && !p.last && len(p.words) > 1
	// a one-font line (no calls) drawn as one cell
	simple := true
	for _, w := range p.words {
		for _, pc := range w {
			if pc.call {
				simple = false
			}
		}
	}
	var parts []string
	for _, w := range p.words {
		s := ""
		for _, pc := range w {
			s += strings.ReplaceAll(pc.text, "\u00ad", "")
		}
		parts = append(parts, s)
	}
	text := strings.Join(parts, " ")
	e.setFont(f)
	if p.tc != 0 {
		pdf.RawWriteStr(fmt.Sprintf("%.3f Tc", p.tc*72/25.4))
	}
	if simple {
		pdf.SetXY(p.x, p.y)
		switch {
		case justify && e.isUTF8(f):
			pdf.CellFormat(p.w, p.h, text, "", 0, "J", false, 0, "")
		case justify:
			nat := e.width(f, text)
			ws := (p.w - nat) / float64(len(p.words)-1)
			pdf.SetWordSpacing(ws)
			pdf.CellFormat(p.w, p.h, e.enc(f, text), "", 0, "L", false, 0, "")
			pdf.SetWordSpacing(0)
		case p.align == "C" || p.align == "R":
			pdf.CellFormat(p.w, p.h, e.enc(f, text), "", 0, p.align, false, 0, "")
		default:
			pdf.CellFormat(e.width(f, text)+1, p.h, e.enc(f, text), "", 0, "L", false, 0, "")
		}
	} else {
		// words and calls drawn piece by piece; justified core-font lines keep Tw
		ws := 0.0
		nat := 0.0
		for i, w := range p.words {
			nat += e.wordWidth(f, w)
			if i > 0 {
				nat += e.width(f, " ")
			}
		}
		if justify {
			ws = (p.w - nat) / float64(len(p.words)-1)
		}
		x := p.x
		for i, w := range p.words {
			if i > 0 {
				x += e.width(f, " ") + ws
			}
			for _, pc := range w {
				if pc.call {
					cf := callFont(f)
					e.setFont(cf)
					pdf.SetXY(x, p.y-p.h*0.28)
					pdf.CellFormat(e.width(cf, pc.text)+0.5, p.h, pc.text, "", 0, "L", false, 0, "")
					x += e.width(cf, pc.text)
				} else {
					t := strings.ReplaceAll(pc.text, "\u00ad", "")
					e.setFont(f)
					pdf.SetXY(x, p.y)
					pdf.CellFormat(e.width(f, t)+0.5, p.h, e.enc(f, t), "", 0, "L", false, 0, "")
					x += e.width(f, t)
				}
			}
		}
	}
	if p.tc != 0 {
		pdf.RawWriteStr("0 Tc")
	}
}

func (e *engine) render() error {
	d := e.doc
	pdf := e.pdf
	pageNotes := map[int][]note{}
	for i, pg := range e.pages {
		pageNotes[i+1] = pg.notes
	}
	running := func(r *Running) {
		if r == nil || pdf.PageNo() < r.From {
			return
		}
		e.setFont(r.Font)
		pdf.SetTextColor(rgb(r.Font.Color))
		w := d.W - d.ML - d.MR
		for _, s := range []struct{ t, a string }{{r.Left, "L"}, {r.Center, "C"}, {r.Right, "R"}} {
			if s.t != "" {
				t := strings.ReplaceAll(s.t, "{page}", fmt.Sprint(pdf.PageNo()))
				pdf.SetXY(d.ML, r.Y)
				pdf.CellFormat(w, 4, e.enc(r.Font, t), "", 0, s.a, false, 0, "")
			}
		}
		if r.Rule {
			pdf.SetDrawColor(120, 120, 120)
			pdf.SetLineWidth(0.2)
			pdf.Line(d.ML, r.Y+5, d.W-d.MR, r.Y+5)
		}
	}
	pdf.SetHeaderFuncMode(func() { running(d.Header) }, false)
	pdf.SetFooterFunc(func() {
		ns := pageNotes[pdf.PageNo()]
		if len(ns) > 0 {
			h := 0.0
			for _, n := range ns {
				h += float64(len(e.wrapNote(n))) * d.NoteLead
			}
			y := d.H - d.MB - h + 1
			pdf.SetDrawColor(60, 60, 60)
			pdf.SetLineWidth(0.2)
			pdf.Line(d.ML, y-1.5, d.ML+40, y-1.5)
			for _, n := range ns {
				for k, l := range e.wrapNote(n) {
					if k == 0 {
						cf := callFont(d.NoteFont)
						e.setFont(cf)
						pdf.SetTextColor(0, 0, 0)
						pdf.SetXY(d.ML, y-d.NoteLead*0.25)
						pdf.CellFormat(4, d.NoteLead, fmt.Sprint(n.num), "", 0, "L", false, 0, "")
					}
					e.setFont(d.NoteFont)
					pdf.SetXY(d.ML+4, y)
					pdf.CellFormat(0, d.NoteLead, e.enc(d.NoteFont, l), "", 0, "L", false, 0, "")
					y += d.NoteLead
				}
			}
		}
		running(d.Footer)
	})
	for _, pg := range e.pages {
		pdf.AddPage()
		// box backgrounds first: one rectangle per box per column segment
		type seg struct{ x, y0, y1, w float64 }
		segs := map[[2]float64]*seg{}
		var order [][2]float64
		for _, it := range pg.items {
			if it.kind != "line" || it.box == 0 {
				continue
			}
			key := [2]float64{float64(it.box), colOf(e, it.x)}
			s, ok := segs[key]
			if !ok {
				s = &seg{x: key[1], y0: it.y, y1: it.y + it.h, w: colW(e, it.x)}
				segs[key] = s
				order = append(order, key)
			}
			if it.y+it.h > s.y1 {
				s.y1 = it.y + it.h
			}
		}
		for _, k := range order {
			s := segs[k]
			b := e.boxes[int(k[0])-1]
			style := ""
			if b.Fill != nil {
				pdf.SetFillColor(rgb(b.Fill))
				style += "F"
			}
			if b.Border != nil {
				pdf.SetDrawColor(rgb(b.Border))
				pdf.SetLineWidth(0.35)
				style += "D"
			}
			pdf.Rect(s.x, s.y0-b.Pad, s.w, s.y1-s.y0+2*b.Pad, style)
		}
		for _, it := range pg.items {
			switch it.kind {
			case "rect":
				pdf.SetFillColor(rgb(it.fill))
				pdf.Rect(it.x, it.y, it.w, it.h, "F")
			case "hline":
				pdf.SetDrawColor(rgb(it.border))
				pdf.SetLineWidth(it.lw)
				pdf.Line(it.x, it.y, it.x+it.w, it.y)
			case "line":
				e.drawLine(it)
			}
		}
	}
	return pdf.OutputFileAndClose(d.Out)
}

// the column a line at x belongs to (x and width)
var allCols [][]Col

func colOf(e *engine, x float64) float64 {
	best := e.doc.ML
	for _, cs := range allCols {
		for _, c := range cs {
			if x >= c.X-0.01 && x <= c.X+c.W {
				best = c.X
			}
		}
	}
	return best
}

func colW(e *engine, x float64) float64 {
	w := e.doc.W - e.doc.ML - e.doc.MR
	for _, cs := range allCols {
		for _, c := range cs {
			if x >= c.X-0.01 && x <= c.X+c.W {
				w = c.W
			}
		}
	}
	return w
}

func collectCols(bs []Block) {
	for _, b := range bs {
		if b.T == "columns" {
			allCols = append(allCols, b.Cols)
		}
		collectCols(b.Blocks)
	}
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var d Doc
	if err := json.Unmarshal(raw, &d); err != nil {
		panic(err)
	}
	pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", Size: gofpdf.SizeType{Wd: d.W, Ht: d.H},
		FontDirStr: "/usr/share/fonts/truetype"})
	when, err := time.Parse(time.RFC3339, d.Date)
	if err != nil {
		panic(err)
	}
	pdf.SetCreationDate(when)
	pdf.SetModificationDate(when)
	pdf.SetTitle(d.Info["Title"], true)
	pdf.SetAuthor(d.Info["Author"], true)
	pdf.SetCreator(d.Info["Creator"], true)
	pdf.SetMargins(d.ML, d.MT, d.MR)
	pdf.SetAutoPageBreak(false, d.MB)
	pdf.SetCellMargin(0)
	pdf.SetCatalogSort(true) // resources in a fixed order, so that rebuilds are byte-identical
	pdf.AliasNbPages("{nb}")
	e := &engine{pdf: pdf, doc: &d, tr: pdf.UnicodeTranslatorFromDescriptor("cp1252"),
		utf8: map[string]bool{}}
	for _, u := range d.UTF8 {
		pdf.AddUTF8Font(u[0], u[1], u[2])
		e.utf8[u[0]] = true
	}
	e.cols = []Col{{d.ML, d.W - d.ML - d.MR}}
	allCols = append(allCols, e.cols)
	collectCols(d.Blocks)
	e.newPage()
	e.run(d.Blocks)
	if err := pdf.Error(); err != nil {
		panic(err)
	}
	if err := e.render(); err != nil {
		panic(err)
	}
}
