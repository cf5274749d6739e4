"""probe18 producer m: matplotlib 3.11.2 (PyPI) and its own PDF backend (``PdfPages``), as used
by analysts who build multi-page "report" PDFs straight from a plotting script: every page is a
figure, text is placed with ``fig.text`` and wrapped by the script from matplotlib's own font
metrics (``TextToPath``), charts are ordinary axes.  matplotlib embeds its bundled DejaVu fonts
as **Type 3** fonts (its default ``pdf.fonttype`` 3: each glyph a drawing procedure), one per
face.

  m01  recommendation register: title block, notice, a table ruled by hand whose
       "Recommendation" and "Progress update" cells are prose (gold), a row crossing the page
       break, status words, running header and "Page N of M" footer.
  m02  2014-style domestic abuse force report page set: letter-spaced kicker, numbered
       paragraphs with the numbers in the margin, lead-in with vector (circle marker) bullets
       and "▪" text bullets, a footnote call glued to a word with its note at the page foot,
       a bar chart with labels, an "Area for improvement" box, a sentence crossing the page
       break, page numbers.

Usage: python3 gen_mpl.py
"""
import os
import re

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt  # noqa: E402
from common import NOTICE, PDF_DIR, Gold, para  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.textpath import TextToPath  # noqa: E402

matplotlib.rcParams["pdf.fonttype"] = 3
matplotlib.rcParams["font.family"] = "DejaVu Sans"
W, H = 595.0, 842.0
FN = re.compile(r"\^\[([^\]]*)\]")
T2P = TextToPath()
META = {"Creator": "matplotlib report script (probe18)", "CreationDate": None}


def width(s, size, weight="normal", style="normal"):
    prop = FontProperties(family="DejaVu Sans", size=size, weight=weight, style=style)
    return T2P.get_text_width_height_descent(s, prop, ismath=False)[0]


def wrap(text, size, maxw, **kw):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w) if cur else w
        if cur and width(t, size, **kw) > maxw:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Pages:
    """A sequence of A4 figures; y is measured from the top of the page in points."""

    def __init__(self, name, header, footer):
        self.gold = Gold(name)
        self.pdf = PdfPages(os.path.join(PDF_DIR, name + ".pdf"), metadata=META)
        self.header, self.footer = header, footer
        self.pages = []
        self.new_page()

    def new_page(self):
        fig = plt.figure(figsize=(W / 72, H / 72))
        self.pages.append(fig)
        self.fig, self.y = fig, 60.0
        self.notes_y = H - 60.0

    def text(self, x, y, s, size=10, color="black", weight="normal", style="normal", **kw):
        self.fig.text(x / W, 1 - y / H, s, fontsize=size, color=color, weight=weight,
                      style=style, va="baseline", **kw)

    def rect(self, x, y, w, h, **kw):
        self.fig.patches.append(Rectangle((x / W, 1 - (y + h) / H), w / W, h / H,
                                          transform=self.fig.transFigure, figure=self.fig,
                                          **kw))

    def close(self):
        n = len(self.pages)
        for i, fig in enumerate(self.pages, 1):
            self.fig = fig
            if i > 1 and self.header:
                self.text(50, 36, self.header, size=7.5, color="#555555")
                self.rect(50, 40, W - 100, 0.5, color="#888888")
            self.text(W / 2, H - 28, self.footer.format(n=i, m=n), size=7.5, ha="center",
                      color="#555555")
            self.pdf.savefig(fig)
            plt.close(fig)
        self.pdf.close()
        print(f"{self.gold.name}: {self.gold.write()} gold sentences")


# ---------------------------------------------------------------------------------------------

def m01():
    d = Pages("m01_register_merriby", "Recommendation register – Merriby Constabulary",
              "Page {n} of {m}")
    d.rect(0, 0, W, 110, color="#14505c")
    d.text(50, 50, "Recommendation register", size=22, color="white", weight="bold")
    d.text(50, 78, "Merriby Constabulary · position at 30 June 2025", size=11, color="white")
    d.text(50, 135, NOTICE, size=8.5, style="italic")
    d.y = 165
    intro = ["This register lists the recommendations that the inspectorate has made to "
             "Merriby Constabulary and the progress the force has reported against each one.",
             "The inspectorate checks each update before a recommendation is marked as "
             "closed."]
    d.gold.add(*intro)
    for line in wrap(para(intro), 9.5, W - 100):
        d.text(50, d.y, line, size=9.5)
        d.y += 13
    d.y += 10
    cols = [(50, 28), (78, 190), (268, 62), (330, 215)]
    heads = ["No.", "Recommendation", "Status", "Progress update"]

    def header_row():
        d.rect(50, d.y - 11, W - 100, 16, color="#dfe9eb")
        for (x, _), h in zip(cols, heads, strict=False):
            d.text(x + 3, d.y, h, size=8.5, weight="bold")
        d.y += 14

    header_row()
    rows = [
        ("R1", ["By March 2025, the force should make sure that all domestic abuse cases are "
                "reviewed by a supervisor within 24 hours."],
         "Closed", ["A supervisor review is now required before a case can be allocated.",
                    "Our audit of 40 cases found that 38 had been reviewed in time."]),
        ("R2", ["The force should improve the way it records the ethnicity of people who are "
                "stopped and searched."],
         "Open", ["The force has changed its recording form so that the field cannot be left "
                  "blank.",
                  "It has not yet checked whether officers are completing it accurately."]),
        ("R3", ["Within six months, the force should reduce the number of emergency calls "
                "that are abandoned before they are answered."],
         "Open", ["The abandonment rate fell from 9 percent to 6 percent over the year.",
                  "The force expects further improvement when twelve new call handlers "
                  "finish their training in September."]),
        ("R4", ["The force should give neighbourhood officers enough time to carry out "
                "problem-solving work."],
         "Partly met", ["Neighbourhood officers are now taken away from their duties less "
                        "often than before.",
                        "However, staff told us that they still spend most weekends covering "
                        "response shifts."]),
        ("R5", ["The force should make sure that the vetting of all officers and staff is "
                "up to date."],
         "Closed", ["The vetting backlog was cleared in April 2025.",
                    "A monthly report now shows the chief officer team which clearances are "
                    "due to expire."]),
        ("R6", ["The force should evaluate its scheme for diverting young people away from "
                "the criminal justice system."],
         "Open", ["A local university has agreed to evaluate the scheme.",
                  "Its report is due in the spring of 2026."]),
        ("R7", ["By December 2025, the force should have a plan to replace its ageing crime "
                "recording system."],
         "Open", ["The force has chosen a supplier and agreed a timetable for the change.",
                  "It intends to move to the new system in stages, starting with the control "
                  "room."]),
        ("R8", ["The force should publish how it uses complaints to improve its service to "
                "the public."],
         "Partly met", ["A quarterly summary of lessons from complaints is now shared with "
                        "staff.",
                        "It has not yet been published on the force’s website."]),
    ]
    for num, rec, status, upd in rows:
        d.gold.add(*rec)
        d.gold.add(*upd)
        cells = [[num], wrap(para(rec), 9.5, cols[1][1] - 8), [status],
                 wrap(para(upd), 9.5, cols[3][1] - 8)]
        h = max(len(c) for c in cells) * 14.5 + 6
        if d.y + h > H - 70:
            # the row continues on the next page, its cells split line by line
            room = int((H - 70 - d.y) // 14.5)
            first = [c[:room] for c in cells]
            rest = [c[room:] for c in cells]
            for (x, _), c in zip(cols, first, strict=False):
                for k, line in enumerate(c):
                    d.text(x + 3, d.y + k * 14.5, line, size=9.5)
            d.new_page()
            header_row()
            cells = rest
            h = max(len(c) for c in cells) * 14.5 + 6
        for (x, _), c in zip(cols, cells, strict=False):
            for k, line in enumerate(c):
                d.text(x + 3, d.y + k * 14.5, line, size=9.5,
                       weight="bold" if c is cells[2] else "normal")
        d.y += h
        d.rect(50, d.y - 9, W - 100, 0.4, color="#999999")
        d.y += 4
    d.y += 14
    tail = ["The force will next report its progress to the inspectorate in December 2025.",
            "Recommendations marked as partly met remain open until the inspectorate is "
            "satisfied that the work is complete."]
    d.gold.add(*tail)
    for line in wrap(para(tail), 9.5, W - 100):
        d.text(50, d.y, line, size=9.5)
        d.y += 13
    d.close()


def m02():
    d = Pages("m02_domestic_stannerton", "Stannerton Police’s approach to tackling domestic "
              "abuse", "{n}")
    d.text(50, 70, " ".join("INSPECTION REPORT") .replace("   ", "  "), size=9,
           color="#7a1f3d", weight="bold")
    d.text(50, 100, "Stannerton Police’s approach", size=20, weight="bold")
    d.text(50, 124, "to tackling domestic abuse", size=20, weight="bold")
    d.text(50, 146, "HMIC · March 2014", size=10, color="#555555")
    d.text(50, 172, NOTICE, size=8.5, style="italic")
    d.y = 205
    notes = []

    def numbered(num, sents, size=9.5, x=82, maxw=W - 132):
        d.gold.add(*sents)
        text = para(sents)
        words = []
        for m in re.finditer(r"\^\[([^\]]*)\]|([^\s^]+)", text):
            if m.group(1):
                notes.append(m.group(1))
                words[-1] = (words[-1][0], str(len(notes)))
            else:
                words.append((m.group(2), None))
        if num:
            d.text(50, d.y, num, size=size, weight="bold", color="#7a1f3d")
        plain_words = [w for w, _ in words]
        lines = wrap(" ".join(plain_words), size, maxw)
        k = 0
        for line in lines:
            if d.y > H - 90:
                d.new_page()
            n = len(line.split())
            seg = words[k:k + n]
            k += n
            if any(c for _, c in seg):
                xx = x
                for w, c in seg:
                    d.text(xx, d.y, w, size=size)
                    xx += width(w, size)
                    if c:
                        d.text(xx + 0.5, d.y - 4, c, size=size * 0.6)
                        xx += width(c, size * 0.6) + 0.5
                    xx += width(" ", size)
            else:
                d.text(x, d.y, line, size=size)
            d.y += size * 1.38
        d.y += 7

    def heading(t):
        if d.y > H - 130:
            d.new_page()
        d.y += 6
        d.text(50, d.y, t, size=12.5, weight="bold", color="#7a1f3d")
        d.y += 20

    def bullets(items, marker):
        for s in items:
            d.gold.add(s)
            lines = wrap(s, 9.5, W - 150)
            if marker == "disc":
                d.fig.add_artist(matplotlib.lines.Line2D(
                    [90 / W], [1 - (d.y - 3.2) / H], marker="o", markersize=3.2,
                    color="#7a1f3d", transform=d.fig.transFigure))
            else:
                d.text(86, d.y, "▪", size=9.5, color="#7a1f3d")
            for line in lines:
                d.text(100, d.y, line, size=9.5)
                d.y += 13
            d.y += 2
        d.y += 6

    heading("Identifying victims")
    numbered("1.", ["Stannerton Police answers calls about domestic abuse promptly, and "
                    "call handlers are good at recognising when a caller is in danger.",
                    "Most victims we spoke to said that officers arrived quickly."])
    numbered("2.", ["Officers complete a risk assessment at every incident.",
                    "However, the quality of these assessments varies, and some officers "
                    "told us that they see the form as a task to be finished rather than a "
                    "way of understanding the victim’s situation."])
    numbered("3.", ["The force has recorded a rise in reports of domestic abuse over the "
                    "past three years, which it believes reflects growing confidence among "
                    "victims^[Reports rose from 6,120 in 2011 to 7,480 in 2013.] rather "
                    "than more abuse."])
    heading("Keeping victims safe")
    numbered("4.", ["When officers attend an incident, they are expected to:"])
    bullets(["arrest the suspect where there are grounds to do so;",
             "gather evidence such as photographs and statements from neighbours; and",
             "give the victim information about local support services."], "disc")
    numbered("5.", ["We found that officers did this in most of the cases we reviewed.",
                    "Where the suspect had left the scene, however, the force did not always "
                    "make a determined effort to find them."])
    # chart
    ax = d.fig.add_axes([82 / W, 1 - (d.y + 120) / H, 300 / W, 110 / H])
    ax.bar(["2011", "2012", "2013"], [6120, 6790, 7480], color="#b0566f", width=0.55)
    for i, v in enumerate([6120, 6790, 7480]):
        ax.text(i, v + 120, f"{v:,}", ha="center", fontsize=7)
    ax.set_ylim(0, 8600)
    ax.tick_params(labelsize=7)
    ax.set_title("Domestic abuse incidents recorded", fontsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    d.y += 150
    numbered("6.", ["The force works well with its partners to protect victims at the "
                    "highest risk.",
                    "Its multi-agency risk assessment conference meets every week, and "
                    "partners told us that actions agreed there are usually completed."])
    numbered("7.", ["Victims at medium risk receive a less consistent service.",
                    "Their cases are passed to neighbourhood teams, who do not always have "
                    "the time or the training to follow them up, and some of these victims "
                    "heard nothing from the police for several weeks after the incident was "
                    "reported."])
    heading("Organisational effectiveness")
    numbered("8.", ["Senior leaders have made domestic abuse a priority, and the force’s "
                    "plans reflect this.",
                    "The force has started to measure how satisfied victims are with the "
                    "service they receive.",
                    "It told us that it intends to use the results to improve training for "
                    "response officers."])
    numbered("", ["These findings are set out in more detail in the sections that follow.",
                  "Each section ends with the improvements we expect the force to make."],
             x=82)
    numbered("9.", ["Staff in the public protection unit described a heavy workload:"])
    bullets(["investigators each carry around thirty cases;",
             "vacancies in the unit have not been filled for several months; and",
             "supervisors have little time to review case files."], "square")
    # area for improvement box
    top = d.y
    box = ["The force should make sure that victims at medium risk receive regular contact "
           "from an officer who understands their case."]
    lines = wrap(box[0], 9.5, W - 170)
    d.rect(82, top - 14, W - 132, 30 + 13 * len(lines), facecolor="#f6e9ee",
           edgecolor="#7a1f3d", linewidth=0.8)
    d.text(92, top + 2, "Area for improvement", size=9.5, weight="bold", color="#7a1f3d")
    d.y = top + 19
    d.gold.add(*box)
    for line in lines:
        d.text(92, d.y, line, size=9.5)
        d.y += 13
    d.y += 16
    if notes:
        # notes at the foot of the page that holds the call (page 1)
        fig = d.fig
        d.fig = d.pages[0]
        d.rect(50, H - 70, 120, 0.5, color="#777777")
        for i, n in enumerate(notes, 1):
            d.text(50, H - 58 + (i - 1) * 10, f"{i} {n}", size=7)
        d.fig = fig
    d.close()


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    m01()
    m02()


if __name__ == "__main__":
    main()
