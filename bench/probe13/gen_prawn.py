"""probe13 producer r: Prawn 2.4.0 (Ruby 3.1; Debian `ruby-prawn` 2.4.0+dfsg-1~,
`ruby-prawn-table` 0.2.2-1.1, `ruby-ttfunk` 1.7.0-1, `ruby-pdf-core` 0.9.0-1).

Prawn is the Ruby PDF library behind many Rails web services' PDF downloads (and behind
asciidoctor-pdf).  Each document is written here as a Ruby script (ruby/rNN_*.rb) that calls
Prawn directly: `formatted_text` with justified alignment (Prawn stretches word spaces with `Tw`),
`column_box` for two columns that flow across a page, `Prawn::Table` for the grade and
recommendation tables, `float` / `indent` for hanging numbers and bullets, `repeat` and
`number_pages` for running heads and page numbers, `go_to_page` to draw the contents page, the
footnotes and a summary box after the text that follows them.  Prawn does not hyphenate but
breaks lines at soft hyphens (and prints the soft-hyphen character there), so the generator puts
U+00AD into long words with the British English TeX patterns (common.hyphenate; texlive's
hyph-en-gb.tex).  Prawn forms no ligatures.  The scripts share ruby/probe13_prawn.rb.
The notice is set ragged right, without soft hyphens.
The gold is written from the same strings that go into the scripts.

  r01  PEEL effectiveness report (HMIC, 2016), Carlito (TrueType subsets) body, DejaVu Sans
       Bold headings, cover, contents page drawn last, grade table, boxes, footnotes
  r02  crime data integrity report (HMIC, 2014), built-in Helvetica (AFM, not embedded), letter-
       spaced headings barely larger than the text, two columns across a page, summary box
       drawn after the columns it precedes, bar chart, recommendations table
"""
import os
import subprocess

from common import HERE, NOTICE, Gold, hyphenate, pieces, ruby

TMP = os.path.join(os.environ.get("PROBE13_TMP", "/tmp/probe13/build"), "prawn")
RB_DIR = os.path.join(HERE, "ruby")
NB = "\u00a0"

PRELUDE = r"""# Shared by the probe13 Prawn scripts (written by gen_prawn.py).
require 'prawn'
require 'prawn/table'
Prawn::Fonts::AFM.hide_m17n_warning = true

MM = 72.0 / 25.4
NOTICE = """ + ruby(NOTICE) + r"""

class ProbeDoc < Prawn::Document
  attr_accessor :gap, :bullet_font

  def notes
    @notes ||= Hash.new { |h, k| h[k] = [] }
  end

  # frags: formatted-text fragments; a fragment {note: n, text: t} becomes a superscript call.
  # The note is filed under the page on which the paragraph ends (all calls here are near the
  # end of short paragraphs), after the text has been laid out.
  def frags_to_prawn(frags)
    @pending = frags.select { |f| f[:note] }.map { |f| [f[:note], f[:text]] }
    frags.map { |f| f[:note] ? { text: f[:note].to_s, styles: [:superscript] } : f }
  end

  def file_notes
    (@pending || []).each { |n| notes[page_number] << n }
    @pending = []
  end

  def para(frags, opts = {})
    formatted_text(frags_to_prawn(frags), { align: :justify }.merge(opts))
    file_notes
    move_down(gap || 6)
  end

  def numbered(n, frags, width = 18)
    float { text "#{n}." }
    indent(width) { formatted_text(frags_to_prawn(frags), align: :justify) }
    file_notes
    move_down(gap || 6)
  end

  def bullet(sym, frags, level, sym_font = nil)
    x = level == 1 ? 4 : 22
    float do
      indent(x) do
        if sym_font
          font(sym_font) { text sym }
        else
          text sym
        end
      end
    end
    indent(x + 14) { formatted_text(frags_to_prawn(frags), align: :left) }
    file_notes
    move_down(2)
  end

  def notice_text(size)
    font(font.family, style: :bold) { text NOTICE, size: size, align: :left }
  end

  # footnote texts at the foot of each page that has calls, drawn after the page's body
  def draw_notes(size, top)
    notes.each do |pg, list|
      go_to_page(pg)
      canvas do
        y = top
        stroke_color '555555'
        line_width 0.4
        stroke_horizontal_line margin_box_left, margin_box_left + 40 * MM, at: y + 3
        list.each do |n, t|
          formatted_text_box([{ text: n.to_s, styles: [:superscript] }, { text: ' ' + t }],
                             at: [margin_box_left, y], width: margin_box_width, size: size)
          y -= size + 3
        end
      end
    end
  end

  def margin_box_left
    page.margins[:left]
  end

  def margin_box_width
    bounds.width
  end

  def back_cover(fnt)
    start_new_page
    font(fnt) do
      move_down 420
      [
        '© Crown copyright 2026 (synthetic test document).',
        'This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-government-licence/version/3.',
        'Where we have identified any third-party copyright information, you will need to obtain permission from the copyright holders concerned.',
        'This document is available at www.justiceinspectorates.gov.uk/hmicfrs',
        'Any enquiries about this publication should be sent to us at contactus@hmicfrs.gov.uk'
      ].each { |l| text l, size: 9; move_down 6 }
      move_down 10
      fill_color '162C58'
      fill_rectangle [0, cursor], bounds.width, 3
      fill_color '000000'
    end
  end
end
"""


class Doc:
    def __init__(self, name):
        self.name = name
        self.gold = Gold(name)
        self.code = ["# generated by gen_prawn.py",
                     "require_relative 'probe13_prawn'"]
        self.nfn = 0

    def rb(self, s):
        self.code.append(s)

    def frags(self, sents, hyphen=True, **style):
        """Ruby array of fragments for marked-up sentences (soft hyphens added)."""
        out = []
        extra = "".join(f", {k}: {v}" for k, v in style.items())
        for i, s in enumerate(sents):
            if i:
                out.append("{ text: ' '" + extra + " }")
            for kind, t in pieces(s):
                if kind == "text":
                    out.append("{ text: " + ruby(hyphenate(t) if hyphen else t) + extra + " }")
                else:
                    self.nfn += 1
                    out.append(f"{{ note: {self.nfn}, text: {ruby(t)} }}")
        return "[" + ", ".join(out) + "]"

    def para(self, *sents, opts=""):
        self.rb(f"pdf.para({self.frags(sents)}{', ' + opts if opts else ''})")
        self.gold.add(*sents)

    def numbered(self, n, *sents):
        self.rb(f"pdf.numbered({n}, {self.frags(sents)})")
        self.gold.add(*sents)

    def bullets(self, lead, items, sym1="•", sym2="–", sym_font="nil"):
        if lead:
            self.para(lead, opts="align: :left")
            self.rb("pdf.move_up(3)")
        for it in items:
            text, sub = (it, None) if isinstance(it, str) else it
            self.rb(f"pdf.bullet({ruby(sym1)}, {self.frags([text])}, 1, {sym_font})")
            self.gold.add(text)
            for s in sub or []:
                self.rb(f"pdf.bullet({ruby(sym2)}, {self.frags([s])}, 2)")
                self.gold.add(s)
        self.rb("pdf.move_down(4)")

    def write(self):
        os.makedirs(RB_DIR, exist_ok=True)
        with open(os.path.join(RB_DIR, "probe13_prawn.rb"), "w", encoding="utf-8") as f:
            f.write(PRELUDE)
        path = os.path.join(RB_DIR, self.name + ".rb")
        self.code.append("pdf.render_file(ARGV[0])")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.code) + "\n")
        os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
        r = subprocess.run(["ruby", path, os.path.join(HERE, "pdf", self.name + ".pdf")],
                           capture_output=True, text=True)
        if r.returncode:
            raise SystemExit(f"ruby failed on {self.name}:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


INFO = ("info: { Title: %s, Author: 'HMIC (synthetic)', Subject: 'Synthetic test document', "
        "Creator: 'probe13 gen_prawn.py', Producer: 'Prawn' }")


# ---------------------------------------------------------------------------------------------
def r01():
    d = Doc("r01_peel_lowhaven")
    d.rb("pdf = ProbeDoc.new(page_size: 'A4', margin: [28 * MM, 24 * MM, 36 * MM, 24 * MM], "
         + INFO % ruby("PEEL: Police effectiveness 2016 – Lowhaven Constabulary") + ")")
    d.rb(r"""pdf.font_families.update(
  'Carlito' => { normal: '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf',
                 bold: '/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf',
                 italic: '/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf' },
  'DejaVu' => { normal: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
                bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' })
pdf.font 'Carlito', size: 10.5
pdf.default_leading 1.5
pdf.gap = 6
NAVY = '162C58'
headings = []
# cover (page 1)
pdf.canvas do
  pdf.fill_color NAVY
  pdf.fill_rectangle [0, pdf.bounds.top], pdf.bounds.width, 120 * MM
  pdf.fill_color 'FFFFFF'
  pdf.font('DejaVu', style: :bold) do
    pdf.text_box 'PEEL: Police effectiveness 2016', at: [24 * MM, pdf.bounds.top - 40 * MM], size: 13
    pdf.text_box 'Lowhaven Constabulary', at: [24 * MM, pdf.bounds.top - 52 * MM], size: 28
  end
  pdf.text_box 'An inspection of how effective the force is at keeping people safe and reducing crime',
               at: [24 * MM, pdf.bounds.top - 70 * MM], width: 150 * MM, size: 14
  pdf.fill_color '000000'
  pdf.text_box 'Published 2 March 2017', at: [24 * MM, 30 * MM], size: 11
end
pdf.move_down 100 * MM
pdf.notice_text 11
pdf.start_new_page   # page 2: contents, drawn at the end
pdf.start_new_page   # page 3: body
H = lambda do |t|
  headings << [t, pdf.page_number]
  pdf.move_down 4
  pdf.font('DejaVu', style: :bold) { pdf.fill_color NAVY; pdf.text t, size: 11.5; pdf.fill_color '000000' }
  pdf.move_down 5
end""")

    def heading(t):
        d.rb(f"H.call({ruby(t)})")

    heading("Introduction")
    d.para("This report sets out our findings about how effective Lowhaven Constabulary is at "
           "keeping people safe and reducing crime.",
           "Lowhaven is a coastal county with a large fishing port, two universities and a "
           "growing number of retirement villages.",
           "HMIC found that the force provides a good service in some respects, but its approach "
           "to investigating crime and supporting vulnerable victims needs to improve.")
    d.para("Our judgements for each question are summarised below.")
    rows = [("Preventing crime, tackling anti-social behaviour and keeping people safe", "Good"),
            ("Investigating crime and reducing re-offending", "Requires improvement"),
            ("Protecting those who are vulnerable from harm, and supporting victims",
             "Requires improvement"),
            ("Tackling serious and organised crime", "Good")]
    data = ", ".join(f"[{ruby(a)}, {ruby(g)}]" for a, g in rows)
    d.rb(f"""pdf.table([['Question', 'Judgement'], {data}], width: pdf.bounds.width,
  column_widths: [pdf.bounds.width * 0.7, pdf.bounds.width * 0.3], header: true,
  cell_style: {{ borders: [:top, :bottom, :left, :right], border_width: 0.6, padding: [5, 6] }}) do
  row(0).background_color = NAVY
  row(0).text_color = 'FFFFFF'
  row(0).font_style = :bold
  columns(1).font_style = :bold
end
pdf.move_down 10""")
    heading("Preventing crime, tackling anti-social behaviour and keeping people safe: good")
    d.numbered(1, "Lowhaven Constabulary is good at preventing crime and tackling anti-social "
               "behaviour.",
               "The force has kept its neighbourhood teams in place despite reductions in its "
               "budget, and the public can contact them easily.")
    d.numbered(2, "Neighbourhood officers have a good understanding of the threats in their areas.",
               "In Saltby, for example, officers worked with the university to reduce thefts of "
               "bicycles from student halls by more than half.^[Figures provided by the force for "
               "the academic year 2015/16.]")
    d.bullets("The force’s neighbourhood teams:",
              ["hold monthly meetings with local people to agree their priorities;",
               "use social media to tell the public what action they have taken;",
               ("work with other organisations, such as:",
                ["the harbour authority;", "the two universities."])])
    heading("Investigating crime and reducing re-offending: requires improvement")
    d.numbered(3, "The force requires improvement at investigating crime and reducing "
               "re-offending.",
               "Although serious crimes are generally investigated well, the quality of "
               "investigations into less serious crimes is too often poor.")
    d.numbered(4, "Investigators are carrying heavy workloads, and some told us they had more than "
               "20 open cases each.",
               "Supervisors do not always check that the right lines of enquiry have been "
               "followed.")
    d.numbered(5, "The force manages registered sex offenders well^[At the time of our "
               "inspection, the force was managing 512 registered sex offenders.] but has a "
               "backlog of visits to those assessed as low risk.")
    heading("Protecting those who are vulnerable from harm, and supporting victims: requires "
            "improvement")
    d.numbered(6, "The force has improved the way it identifies vulnerable people when they first "
               "contact the police.",
               "However, it does not always respond to them quickly enough.")
    d.numbered(7, "Specialist staff in the force’s safeguarding hub are experienced and committed.",
               "They share information quickly with children’s services and health partners.")
    box = ["The force does not respond quickly enough to calls from vulnerable people, and some "
           "victims wait too long for officers to arrive.",
           "HMIC recommends that, within three months, the force should review its call grading "
           "policy and make sure that vulnerable victims are attended promptly."]
    d.rb(f"""pdf.move_down 4
top = pdf.cursor
pdf.bounding_box([0, top], width: pdf.bounds.width) do
  pdf.pad(8) do
    pdf.indent(12, 8) do
      pdf.font('DejaVu', style: :bold) {{ pdf.fill_color '96182A'; pdf.text 'Cause of concern', size: 10.5; pdf.fill_color '000000' }}
      pdf.move_down 4
      pdf.formatted_text({d.frags(box)}, align: :justify)
    end
  end
end
pdf.stroke_color '96182A'
pdf.line_width 0.8
pdf.stroke_rectangle [0, top], pdf.bounds.width, top - pdf.cursor
pdf.fill_color '96182A'
pdf.fill_rectangle [0, top], 4, top - pdf.cursor
pdf.fill_color '000000'
pdf.move_down 10""")
    d.gold.add(*box)
    heading("Tackling serious and organised crime: good")
    d.numbered(8, "The force has a good understanding of the organised crime groups that operate "
               "in Lowhaven.",
               "It works well with the regional organised crime unit and with the port "
               "authorities to disrupt drug supply.",
               "The force should make better use of ancillary orders to restrict the activities "
               "of convicted offenders.")
    d.rb(r"""body_last = pdf.page_count
pdf.back_cover('Carlito')
# contents page (page 2), drawn after the body: title, entries with dot leaders
pdf.go_to_page(2)
pdf.font('DejaVu', style: :bold) { pdf.fill_color NAVY; pdf.text 'Contents', size: 18; pdf.fill_color '000000' }
pdf.move_down 14
headings.each do |t, pg|
  num = pg.to_s
  wn = pdf.width_of(num)
  y = pdf.cursor
  pdf.text_box t, at: [0, y], width: pdf.bounds.width - 40, height: 30, overflow: :shrink_to_fit
  last_w = pdf.width_of(t)
  lines = (last_w / (pdf.bounds.width - 40)).ceil
  if lines > 1
    y -= (lines - 1) * 14
    last_w = last_w % (pdf.bounds.width - 40) + 30
  end
  dots_from = [last_w + 6, 0].max
  dots = '.' * (((pdf.bounds.width - wn - 6 - dots_from) / pdf.width_of('.')).floor)
  pdf.draw_text dots, at: [dots_from, y - 10]
  pdf.draw_text num, at: [pdf.bounds.width - wn, y - 10]
  pdf.move_cursor_to y - 22
end
# running header and footer on the body pages
pdf.repeat(lambda { |pg| pg > 2 && pg <= body_last }) do
  pdf.canvas do
    pdf.font('Carlito', size: 8.5) do
      pdf.fill_color '444444'
      pdf.draw_text 'PEEL: Police effectiveness 2016', at: [24 * MM, pdf.bounds.top - 16 * MM]
      t = 'Lowhaven Constabulary'
      pdf.draw_text t, at: [pdf.bounds.width - 24 * MM - pdf.width_of(t), pdf.bounds.top - 16 * MM]
      pdf.stroke_color NAVY
      pdf.line_width 0.5
      pdf.stroke_horizontal_line 24 * MM, pdf.bounds.width - 24 * MM, at: pdf.bounds.top - 18 * MM
      pdf.draw_text 'HMIC', at: [24 * MM, 14 * MM]
      pdf.fill_color '000000'
    end
  end
end
pdf.font('Carlito', size: 8.5) do
  pdf.number_pages 'Page <page> of <total>', at: [pdf.bounds.width - 150, -36 * MM + 14 * MM + 9],
                   width: 150, align: :right, start_count_at: 3,
                   page_filter: lambda { |pg| pg > 2 && pg <= body_last }
end
pdf.font('Carlito') { pdf.draw_notes(7.5, 30 * MM) }""")
    d.write()


def r02():
    d = Doc("r02_cdi_hallowdene")
    d.rb("pdf = ProbeDoc.new(page_size: 'A4', margin: [26 * MM, 20 * MM, 30 * MM, 20 * MM], "
         + INFO % ruby("Crime data integrity: inspection of Hallowdene Police") + ")")
    d.rb(r"""pdf.font 'Helvetica', size: 10.5
pdf.default_leading 2
pdf.gap = 5
GREEN = '1D5C4B'
H = lambda do |t|
  pdf.move_down 2
  pdf.font('Helvetica', style: :bold) do
    pdf.fill_color GREEN
    pdf.text t.upcase, size: 9.8, character_spacing: 0.9
    pdf.fill_color '000000'
  end
  pdf.move_down 3
end
pdf.font('Helvetica', style: :bold) { pdf.text 'Crime data integrity', size: 20 }
pdf.text 'Inspection of Hallowdene Police', size: 13
pdf.move_down 8
pdf.notice_text 9.5
pdf.move_down 8""")
    d.rb("pdf.character_spacing(0.35) do")
    d.para("This report describes our inspection of the way in which Hallowdene Police records "
           "crime.",
           "Accurate crime recording matters because it tells the public and the force how much "
           "crime there is, and it makes sure that victims receive the services they are "
           "entitled to.", opts="size: 11")
    d.rb("end")
    box = ["Hallowdene Police records about 85 percent of the crimes reported to it.",
           "Too many reports of violence are not recorded, and some victims are denied the "
           "support they need.",
           "We make three recommendations, which are set out at the end of this report."]
    # the summary box: space reserved now, drawn after the columns (out of reading order)
    d.rb(f"""box_frags = {d.frags(box)}
box_top = pdf.cursor
box_page = pdf.page_number
box_h = pdf.height_of_formatted(box_frags, width: pdf.bounds.width - 24) + 34
pdf.move_down box_h + 10
FIG_H = 250   # the foot of page 1 is kept for the chart, drawn after the columns
pdf.column_box([0, pdf.cursor], columns: 2, spacer: 8 * MM, width: pdf.bounds.width,
               height: pdf.cursor - FIG_H, reflow_margins: true) do""")
    d.gold.add(*box)

    def heading(t):
        d.rb(f"H.call({ruby(t)})")

    heading("Leadership and governance")
    d.para("The chief constable has made clear that accurate crime recording is a priority.",
           "A deputy chief constable chairs a quarterly board that monitors the force’s "
           "compliance with the national standard.",
           "However, the message has not reached all parts of the force.",
           "Several officers told us that they felt under pressure to reduce the number of crimes "
           "they recorded, although none could give us a recent example.",
           "The force has not yet published a crime-recording policy that staff can easily find "
           "on its intranet.")
    heading("Systems and processes")
    d.para("We examined 200 incident records and found that 31 of them should have led to a crime "
           "being recorded but had not.",
           "This means that the force failed to record about 15 percent of the crimes reported "
           "to it.",
           "The largest group of unrecorded crimes were assaults without injury, many of which "
           "were linked to domestic abuse.",
           "In eight cases, the victim had been told that a crime had been recorded when it had "
           "not.",
           "The force’s own audits had found similar problems, but the improvements it planned "
           "had not yet been put in place.")
    d.para("Decisions to cancel recorded crimes were mostly correct.",
           "Of the 40 cancelled crimes we reviewed, 36 had been cancelled in line with the rules.")
    heading("People and skills")
    d.para("Most call handlers and officers have a good working knowledge of the crime-recording "
           "rules.",
           "The force’s crime registrar is experienced and well supported, and she has a small "
           "team of auditors.",
           "Training for new officers covers crime recording in some detail, but experienced "
           "officers have not had refresher training for several years.",
           "Some officers were unsure how to record crimes reported by children or by people with "
           "learning disabilities.^[Such reports are sometimes made through a third party, such as "
           "a teacher or carer.]")
    d.rb("end")
    d.rb(r"""# summary box, drawn now on page 1 above the columns
here_page = pdf.page_number
here_y = pdf.cursor
pdf.go_to_page(box_page)
pdf.fill_color 'E6F0EC'
pdf.fill_rectangle [0, box_top], pdf.bounds.width, box_h
pdf.fill_color GREEN
pdf.fill_rectangle [0, box_top], pdf.bounds.width, 3
pdf.fill_color '000000'
pdf.bounding_box([12, box_top - 12], width: pdf.bounds.width - 24) do
  pdf.font('Helvetica', style: :bold) { pdf.text 'Summary', size: 10 }
  pdf.move_down 4
  pdf.formatted_text(box_frags, align: :left)
end
pdf.fill_color '000000'
# bar chart at the foot of page 1: rectangles with drawn labels and a caption
vals = [['Assault without injury', 14], ['Harassment', 7], ['Criminal damage', 5], ['Theft', 3], ['Other', 2]]
base = 70
pdf.stroke_color '666666'
pdf.stroke_horizontal_line 0, pdf.bounds.width, at: base
vals.each_with_index do |(lab, v), i|
  x = 20 + i * 95
  pdf.fill_color GREEN
  pdf.fill_rectangle [x, base + v * 10], 40, v * 10
  pdf.fill_color '000000'
  pdf.draw_text v.to_s, at: [x + 16, base + v * 10 + 4], size: 8
  pdf.draw_text lab, at: [x, base - 11], size: 7.5
end
pdf.font('Helvetica', style: :italic) do
  pdf.draw_text 'Figure 1: Unrecorded crimes in our sample of 200 incident records, by type of crime', at: [0, 30], size: 8
end
pdf.go_to_page(here_page)
pdf.move_cursor_to here_y
pdf.move_down 10
H.call('Recommendations')""")
    recs = [("The force should make sure that every crime reported to it is recorded within 24 "
             "hours.", "Within three months"),
            ("The force should give refresher training in the crime-recording rules to all "
             "officers who attend incidents.", "Within six months"),
            ("The force should audit its records of assaults every month and act on what it "
             "finds.", "Within three months")]
    data = ", ".join(f"[{ruby(a)}, {ruby(b)}]" for a, b in recs)
    d.rb(f"""pdf.table([['Recommendation', 'Timescale'], {data}], width: pdf.bounds.width,
  column_widths: [pdf.bounds.width * 0.72, pdf.bounds.width * 0.28], header: true,
  cell_style: {{ border_width: 0.5, padding: [4, 6], size: 9.5 }}) do
  row(0).background_color = 'E6F0EC'
  row(0).font_style = :bold
end
pdf.move_down 10""")
    for a, _ in recs:
        d.gold.add(a)
    d.para("We will revisit the force within twelve months to check its progress against these "
           "recommendations.",
           "We would like to thank the officers and staff of Hallowdene Police for their help "
           "during our inspection.")
    d.rb(r"""pdf.repeat(:all) do
  pdf.canvas do
    pdf.font('Helvetica', size: 8) do
      pdf.fill_color '555555'
      pdf.draw_text 'Crime data integrity – Hallowdene Police', at: [20 * MM, pdf.bounds.top - 14 * MM]
      pdf.draw_text 'HMIC · August 2014', at: [20 * MM, 14 * MM]
      pdf.stroke_color GREEN
      pdf.stroke_horizontal_line 20 * MM, pdf.bounds.width - 20 * MM, at: pdf.bounds.top - 16 * MM
      pdf.fill_color '000000'
    end
  end
end
pdf.font('Helvetica', size: 8) do
  pdf.number_pages '<page>', at: [pdf.bounds.width - 60, -30 * MM + 14 * MM + 8], width: 60, align: :right
end
pdf.draw_notes(7, 24 * MM)""")
    d.write()


if __name__ == "__main__":
    r01()
    r02()
