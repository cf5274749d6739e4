"""probe9 cairo documents (k01-k03), laid out like desktop publishing: text frames at absolute
positions drawn with PangoCairo into a cairo PDF surface.  A tiny flow engine breaks each paragraph
into Pango lines and places them line by line into column frames, so sentences run across column
and page breaks; frames are drawn in an order other than reading order (side boxes, pull quotes and
right-hand columns before the main column, running headers last).  Long words get U+00AD soft
hyphens, which Pango prints as a hyphen when it breaks a line there.  Gold comes from the same
strings.  Needs Debian python3-gi, python3-gi-cairo, gir1.2-pango-1.0, python3-cairo (system
python3)."""
import os
import re

import cairo
import gi

gi.require_version("Pango", "1.0")
gi.require_version("PangoCairo", "1.0")
from common import EPOCH, HERE, NOTICE, Gold, pieces  # noqa: E402
from gi.repository import Pango, PangoCairo  # noqa: E402

os.environ.setdefault("SOURCE_DATE_EPOCH", str(EPOCH))
W, H = 595.28, 841.89          # A4 in points
S = Pango.SCALE
VOWELS = "aeiouy"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shy(word):
    """Insert soft hyphens into a long word (crude: after a vowel followed by a consonant, at
    least 4 letters from either end).  The gold never sees them."""
    if len(word) < 10 or not word.isalpha():
        return word
    out, last = [], 0
    for i in range(4, len(word) - 4):
        if word[i - 1].lower() in VOWELS and word[i].lower() not in VOWELS and i - last >= 3:
            out.append(word[last:i])
            last = i
    out.append(word[last:])
    return "\u00ad".join(out)


def hyph(text):
    return re.sub(r"[A-Za-z]+", lambda m: shy(m.group(0)), text)


class Doc:
    def __init__(self, name):
        self.name = name
        self.gold = Gold(name)
        self.pages = {}          # page -> list of (order, fn)
        self.fn = 0
        self.notes = {}          # page -> [(n, text)]
        surf = cairo.PDFSurface(None, W, H)
        self.mctx = cairo.Context(surf)       # measuring context

    def op(self, page, order, fn):
        self.pages.setdefault(page, []).append((order, fn))

    def layout(self, markup, width, font, justify=False, align=Pango.Alignment.LEFT,
               spacing=0):
        lay = PangoCairo.create_layout(self.mctx)
        lay.set_font_description(Pango.FontDescription.from_string(font))
        lay.set_width(int(width * S))
        lay.set_wrap(Pango.WrapMode.WORD)
        lay.set_justify(justify)
        lay.set_alignment(align)
        if spacing:
            lay.set_spacing(int(spacing * S))
        lay.set_markup(markup, -1)
        return lay

    def markup(self, s, page_hint, hyphenate=True):
        """Pango markup for a sentence string; footnote calls become raised numbers and the note
        text is queued for the page on which the flow places the call (page_hint())."""
        out = []
        for kind, t in pieces(s):
            if kind == "text":
                out.append(esc(hyph(t) if hyphenate else t))
            else:
                self.fn += 1
                out.append(f'<span rise="4000" size="smaller">{self.fn}</span>')
                self.notes.setdefault(page_hint(), []).append((self.fn, t))
        return "".join(out)

    def text(self, page, x, y, s, font, width=None, order=5, color=(0, 0, 0),
             align=Pango.Alignment.LEFT, markup=False, justify=False):
        """A furniture text frame (not gold) or a box frame (caller adds gold).  Returns height."""
        lay = self.layout(s if markup else esc(s), width or (W - x - 20), font, justify, align)
        h = lay.get_pixel_extents()[1].height

        def draw(ctx, lay=lay):
            ctx.set_source_rgb(*color)
            ctx.move_to(x, y)
            PangoCairo.update_layout(ctx, lay)
            PangoCairo.show_layout(ctx, lay)
        self.op(page, order, draw)
        return h

    def rect(self, page, x, y, w, h, fill=None, stroke=None, order=0, lw=0.6):
        def draw(ctx):
            ctx.rectangle(x, y, w, h)
            if fill:
                ctx.set_source_rgb(*fill)
                ctx.fill_preserve()
            if stroke:
                ctx.set_source_rgb(*stroke)
                ctx.set_line_width(lw)
                ctx.stroke()
            ctx.new_path()
        self.op(page, order, draw)

    def line(self, page, x0, y0, x1, y1, order=0, lw=0.6, color=(0.3, 0.3, 0.3)):
        def draw(ctx):
            ctx.set_source_rgb(*color)
            ctx.set_line_width(lw)
            ctx.move_to(x0, y0)
            ctx.line_to(x1, y1)
            ctx.stroke()
        self.op(page, order, draw)

    def save(self, header=None, footer=None, notes_y=None, note_font="TeX Gyre Pagella 7.5"):
        path = os.path.join(HERE, "pdf", self.name + ".pdf")
        surf = cairo.PDFSurface(path, W, H)
        surf.set_metadata(cairo.PDF_METADATA_TITLE, self.name)
        surf.set_metadata(cairo.PDF_METADATA_CREATOR, "probe9 gen_cairo.py (PangoCairo)")
        surf.set_metadata(cairo.PDF_METADATA_CREATE_DATE, "2026-01-01T00:00:00Z")
        ctx = cairo.Context(surf)
        npages = max(self.pages)
        for pg in range(1, npages + 1):
            if header:
                header(self, pg, npages)
            if footer:
                footer(self, pg, npages)
            if pg in self.notes and notes_y:
                y = notes_y
                self.line(pg, 56, y - 4, 200, y - 4, order=9, lw=0.4)
                for n, t in self.notes[pg]:
                    y += self.text(pg, 56, y, f'<span rise="3000" size="smaller">{n}</span> '
                                   + esc(t), note_font, width=W - 112, order=9, markup=True) + 2
            for _, fn in sorted(self.pages.get(pg, []), key=lambda t: t[0]):
                fn(ctx)
            ctx.show_page()
        surf.finish()
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences, {npages} pages")


class Flow:
    """Body text flowing through a list of frames (page, x, top, bottom, width, order)."""

    def __init__(self, doc, frames, font, lead=1.0, gap=5):
        self.d, self.frames, self.font, self.gap = doc, list(frames), font, gap
        self.k = 0
        self.y = self.frames[0][2]

    @property
    def page(self):
        return self.frames[self.k][0]

    def _next(self):
        self.k += 1
        self.y = self.frames[self.k][2]

    def skip_to(self, k):
        self.k = k
        self.y = self.frames[k][2]

    def _place(self, lay, xoff=0, label=None, label_font=None, keep=1, color=(0, 0, 0),
               first_lines=None):
        it = lay.get_iter()
        lines = []
        while True:
            ext = it.get_line_extents()[1]
            lines.append((it.get_line_readonly(), ext.y / S, ext.height / S,
                          it.get_baseline() / S))
            if not it.next_line():
                break
        for i, (ln, top, h, base) in enumerate(lines):
            pg, fx, ftop, fbot, fw, order = self.frames[self.k]
            need = h if i else sum(l[2] for l in lines[:keep])
            if self.y + need > fbot and self.y > ftop:
                self._next()
                pg, fx, ftop, fbot, fw, order = self.frames[self.k]
            yy, x = self.y + (base - top), fx + xoff
            if first_lines and i < first_lines[0]:
                x += first_lines[1]

            def draw(ctx, ln=ln, x=x, yy=yy):
                ctx.set_source_rgb(*color)
                ctx.move_to(x, yy)
                PangoCairo.show_layout_line(ctx, ln)
            self.d.op(pg, order, draw)
            if i == 0 and label:
                self.d.op(pg, order, lambda ctx, yy=yy, x=fx + xoff - 11: (
                    ctx.set_source_rgb(*color), ctx.move_to(x, yy - 9),
                    PangoCairo.show_layout(ctx, self.d.layout(label, 20, label_font))))
            self.y += h
        self.y += self.gap

    def width(self):
        return self.frames[self.k][4]

    def para(self, sents, gold=True, font=None, justify=True, xoff=0, label=None,
             label_font="DejaVu Sans 7", prefix=None):
        if isinstance(sents, str):
            sents = [sents]
        body = " ".join(self.d.markup(s, lambda: self.page) for s in sents)
        if prefix:
            body = f"<b>{esc(prefix)}</b>  " + body
        lay = self.d.layout(body, self.width() - xoff, font or self.font, justify)
        self._place(lay, xoff, label, label_font, keep=2)
        if gold:
            self.d.gold.add(*sents)

    def bullet(self, s, glyph="\u25aa", level=1, font=None, glyph_font="DejaVu Sans 8"):
        self.para(s, font=font, justify=False, xoff=12 * level, label=esc(glyph),
                  label_font=glyph_font)

    def heading(self, s, font, color=(0.05, 0.25, 0.45), before=6):
        if self.y > self.frames[self.k][2]:
            self.y += before
        lay = self.d.layout(esc(s), self.width(), font)
        hh = lay.get_pixel_extents()[1].height
        if self.y + hh + 30 > self.frames[self.k][3]:      # keep with the next two lines
            self._next()
        self._place(lay, keep=1, color=color)

    def dropcap(self, sents, font, cap_font, cap_w=30, nlines=3):
        """First paragraph of a chapter with a drop cap over `nlines` lines: the initial is drawn
        as its own frame, the rest of the first word continues beside it."""
        full = " ".join(sents)
        first, rest = full[0], full[1:]
        pg, fx, ftop, fbot, fw, order = self.frames[self.k]
        lay1 = self.d.layout(esc(hyph(rest)), fw - cap_w, font, True)
        n = min(nlines, lay1.get_line_count())
        cut = lay1.get_line_readonly(n).start_index if lay1.get_line_count() > n else None
        raw = hyph(rest).encode("utf-8")
        head = raw[:cut].decode("utf-8") if cut is not None else hyph(rest)
        tail = raw[cut:].decode("utf-8") if cut is not None else ""
        y0 = self.y
        self.d.op(pg, order - 1, lambda ctx: (ctx.set_source_rgb(0.05, 0.25, 0.45),
                                              ctx.move_to(fx, y0 - 4),
                                              PangoCairo.show_layout(
                                                  ctx, self.d.layout(esc(first), 60, cap_font))))
        lay_head = self.d.layout(esc(head), fw - cap_w, font, True)
        g = self.gap
        self.gap = 0
        self._place(lay_head, first_lines=(n, cap_w))
        self.gap = g
        if tail:
            self._place(self.d.layout(esc(tail), fw, font, True))
        self.d.gold.add(*sents)


def notice(d, page, x, y, width, font="TeX Gyre Heros Italic 9.5"):
    # no soft hyphens, ragged right: the notice is never hyphenated
    return d.text(page, x, y, NOTICE, font, width=width)


# ------------------------------------------------------------------------------------------------
BLUE = (0.05, 0.25, 0.45)


def k01():
    d = Doc("k01_peel_kestrelvale")
    body = "TeX Gyre Pagella 10"
    # cover (page 1): band drawn first, then title frames
    d.rect(1, 0, 0, W, 300, fill=BLUE, order=0)
    d.text(1, 56, 150, "Kestrel Vale Police", "TeX Gyre Heros Bold 30", color=(1, 1, 1))
    d.text(1, 56, 195, "PEEL 2025 — Police effectiveness, efficiency and legitimacy",
           "TeX Gyre Heros 14", color=(1, 1, 1))
    notice(d, 1, 56, 340, 480)
    d.text(1, 56, 380, "An inspection of Kestrel Vale Police, published March 2026",
           "TeX Gyre Heros 11")
    # body pages 2-3: two columns; pull quote in column 2 of page 2 splits that column
    cw, x1, x2 = 230, 56, 310
    top, bot = 92, 760
    pq_top, pq_bot = 430, 540
    frames = [(2, x1, 150, bot, cw, 6), (2, x2, 150, pq_top, cw, 4), (2, x2, pq_bot, bot, cw, 4),
              (3, x1, top, bot, cw, 6), (3, x2, top, 600, cw, 4)]
    f = Flow(d, frames, body)
    d.text(2, 56, 92, "1  Overall summary", "TeX Gyre Heros Bold 20", color=BLUE, order=8)
    f.dropcap(["Kestrel Vale Police serves a population of 1\u2009040\u2009000 across a mix of "
               "former mill towns, moorland villages and one large city, Brantham.",
               "In this inspection we looked at how well the force fights crime, how efficiently "
               "it uses its money and people, and how fairly it treats the public."],
              body, "TeX Gyre Pagella Bold 36", cap_w=26, nlines=3)
    f.para(["We found a force that is improving, with a confident and well-led command team.",
            "Its response to anti-social behaviour in Brantham city centre has been particularly "
            "effective, and reports of street drinking and vandalism fell by a fifth in a year."])
    f.heading("Responding to the public: adequate", "TeX Gyre Heros Bold 11")
    f.para(["Call handlers answered 88 per cent of emergency calls within ten seconds, which is "
            "close to the national standard.",
            "However, the force does not yet have enough staff to answer non-emergency calls "
            "promptly, and callers to 101 often give up before they get through^[Figures are "
            "for the twelve months to 30 June 2025.].",
            "The force has recognised this and is recruiting thirty additional call handlers."])
    f.para("When we listened to a sample of calls, we found that call handlers:")
    f.bullet("were polite, patient and reassuring to callers in distress;")
    f.bullet("did not always check the force’s records for previous incidents at the address;")
    f.bullet("sometimes graded calls from vulnerable people as routine, which delayed the "
             "response.")
    f.heading("Investigating crime: requires improvement", "TeX Gyre Heros Bold 11")
    f.para(["Too many investigations are allocated to officers who lack the experience or the "
            "time to complete them properly.",
            "In 23 of the 70 files we examined, there was no record of the victim being kept "
            "informed, and in some cases the victim had chosen to withdraw their support "
            "because of the delay.",
            "Officers on response teams told us that they carried an average of sixteen "
            "investigations each, in addition to answering calls."])
    f.para(["The force has invested £2.3\u00a0million in a new crime management system, and "
            "supervisors can now see at a glance which investigations are overdue for review.",
            "This is a promising development, but it is too soon to say whether it will improve "
            "outcomes for victims."])
    f.heading("Protecting vulnerable people: good", "TeX Gyre Heros Bold 11")
    f.para(["The force works effectively with its partners to protect children at risk of "
            "exploitation.",
            "Its missing persons coordinators identify children who go missing repeatedly and "
            "make sure that a trusted adult speaks to each child on their return.",
            "Staff in the safeguarding hub were sufficiently experienced, and the officers we "
            "met showed real commitment to the children they were trying to protect."])
    f.para(["Officers are confident in using the domestic abuse risk assessment, and "
            "supervisors check the quality of each one before the end of the shift.",
            "We found that the force makes good use of domestic violence protection notices, "
            "although it does not always follow them up with an application for an order."])
    f.heading("Leadership and workforce", "TeX Gyre Heros Bold 11")
    f.para(["The chief constable has set out a clear vision, and officers and staff at every "
            "level could explain the force’s priorities to us.",
            "The force’s wellbeing offer is comprehensive, and staff spoke highly of the "
            "occupational health unit.",
            "It should now make sure that the workforce better reflects the communities of "
            "Brantham, where nearly a quarter of residents are from ethnic minority "
            "backgrounds."])
    f.para(["Most officers told us that they felt valued, although some detectives described "
            "their workload as unsustainable.",
            "The force should make sure that its new workload tool is used in every "
            "investigation team by the end of 2026."])
    f.heading("Planning for the future", "TeX Gyre Heros Bold 11")
    f.para(["The force has a realistic plan to balance its budget until 2028, and it has "
            "identified savings of £3.7 million without reducing the number of "
            "neighbourhood officers.",
            "It has also agreed with two neighbouring forces to share a firearms training "
            "centre, which will open in the spring of 2027."])
    # pull quote (drawn first on page 2), repeating a body sentence: not gold
    d.line(2, x2, pq_top + 6, x2 + cw, pq_top + 6, order=0, lw=1.5, color=BLUE)
    d.text(2, x2 + 4, pq_top + 16, "“We found a force that is improving, with a confident and "
           "well-led command team.”", "TeX Gyre Pagella Italic 15", width=cw - 8, order=0,
           color=BLUE)
    d.line(2, x2, pq_bot - 10, x2 + cw, pq_bot - 10, order=0, lw=1.5, color=BLUE)
    # back cover (page 4)
    d.rect(4, 0, 560, W, 282, fill=BLUE, order=0)
    y = 600
    for s in ["© Crown copyright 2026", "This document is available under the terms of the "
              "Open Government Licence v3.0 unless otherwise stated.",
              "Inspectorate of Constabulary, 22 Ferrier Yard, Calderby CY4 7PL",
              "Telephone 0300 555 0193 · enquiries@example.org"]:
        y += d.text(4, 56, y, s, "TeX Gyre Heros 9", width=480, color=(1, 1, 1)) + 6

    def header(doc, pg, n):
        if pg in (2, 3):
            doc.text(pg, 56, 52, "Kestrel Vale Police — PEEL 2025", "TeX Gyre Heros 8",
                     order=10, color=(0.35, 0.35, 0.35))
            doc.line(pg, 56, 66, W - 56, 66, order=10, lw=0.4)

    def footer(doc, pg, n):
        if pg in (2, 3):
            doc.text(pg, W - 76, 800, str(pg), "TeX Gyre Heros Bold 9", width=20, order=10,
                     align=Pango.Alignment.RIGHT)
    d.save(header, footer, notes_y=772)


def k02():
    d = Doc("k02_letter_pellmoor")
    body = "TeX Gyre Termes 11"
    # letterhead frame (drawn first, top right) and rule
    d.text(1, 240, 40, "Inspectorate of Constabulary", "TeX Gyre Termes Bold 16",
           width=300, align=Pango.Alignment.RIGHT, color=(0.35, 0.1, 0.3), order=0)
    d.text(1, 330, 66, "Linden Court, 9 Bellweir Street\nAshby Tarrant AT2 6NN\n"
           "Telephone 0300 555 0124", "TeX Gyre Termes 9", width=210,
           align=Pango.Alignment.RIGHT, order=0)
    d.line(1, 56, 112, W - 56, 112, order=0, lw=1.2, color=(0.35, 0.1, 0.3))
    # body flow (written before the address block in the file order below)
    frames = [(1, 62, 300, 780, 470, 5), (2, 62, 86, 780, 470, 5)]
    f = Flow(d, frames, body, gap=7)
    f.y = 300
    d.text(1, 62, 270, "Pellmoor Constabulary: inspection of vetting and counter-corruption",
           "TeX Gyre Termes Bold 11", width=470, order=6)
    f.para(["I am writing to set out the findings of our inspection of vetting and "
            "counter-corruption arrangements in Pellmoor Constabulary, which took place in "
            "October 2025.",
            "We carried out the inspection as part of our programme of work on police "
            "standards and culture."])
    f.para(["The force’s vetting unit is well organised, and it has cleared the backlog of "
            "renewals that we identified in 2023.",
            "Every officer and member of staff now holds vetting at the right level for their "
            "role, and the unit keeps accurate records of its decisions."])
    f.para("However, we found that the force’s counter-corruption unit:")
    f.bullet("does not have enough trained investigators to deal with the number of referrals "
             "it receives;", glyph="\u25a0", glyph_font="DejaVu Sans 6.5")
    f.bullet("has no proactive capability to identify officers who may be abusing their "
             "position for a sexual purpose;", glyph="\u25a0", glyph_font="DejaVu Sans 6.5")
    f.bullet("cannot monitor the use of all the force’s computer systems.", glyph="\u25a0",
             glyph_font="DejaVu Sans 6.5")
    f.para(["These shortcomings amount to a cause of concern.",
            "Within six months the force should make sure that its counter-corruption unit has "
            "the people and technology it needs to identify and investigate corruption "
            "effectively^[The national counter-corruption standards were revised in April "
            "2024.]."])
    f.para(["We also found that the force does not always act on intelligence about officers "
            "who have been reported for abusive behaviour in their private lives.",
            "In four of the twenty cases we reviewed, the intelligence was recorded but no "
            "assessment was made for several months.",
            "The force should review how it grades this intelligence and make sure that "
            "supervisors are told when one of their team is the subject of a report."])
    f.para(["On a more positive note, officers and staff told us that they trusted the "
            "confidential reporting line and would use it to raise concerns.",
            "The force has publicised the line well, and the number of reports it receives has "
            "risen steadily over the past two years.",
            "The professional standards department also publishes anonymised outcomes of "
            "misconduct hearings, which officers found useful."])
    f.para(["Newly recruited officers receive a clear briefing on professional boundaries "
            "during their first week.",
            "Supervisors, however, had received no refresher training for several years, and "
            "several told us that they were unsure how to respond if a colleague confided in "
            "them about a relationship with a victim.",
            "The force should give all supervisors training on abuse of position and on how "
            "to report their concerns."])
    f.para(["The force has made effective use of its new flagging system, which alerts the "
            "vetting unit when an officer is arrested or charged by another force.",
            "This is a simple but valuable safeguard that other forces might consider.",
            "We were also told that the vetting unit now meets the force’s recruitment team "
            "each week, so that checks on new applicants no longer delay their start dates.",
            "This has reduced the average time taken to vet a new recruit from eleven weeks to "
            "five."])
    f.para(["I would be grateful if you could let me know, by the end of April 2026, how the "
            "force intends to respond to the cause of concern.",
            "My staff will be happy to discuss any aspect of these findings with your team, and "
            "we will return to Pellmoor later in the year to assess progress."])
    f.para("Yours sincerely,", gold=False, justify=False)
    f.y += 24
    f.para("Tobias Renwick", gold=False, justify=False, font="TeX Gyre Termes Bold 11")
    f.para("Inspector of Constabulary", gold=False, justify=False)
    # address block, date, notice and salutation (drawn after the body)
    notice(d, 1, 62, 120, 470, font="TeX Gyre Termes Italic 10")
    d.text(1, 62, 160, "Chief Constable Imogen Harte\nPellmoor Constabulary\nWest Parade\n"
           "Pellmoor PM5 2HL", body, width=300, order=7)
    d.text(1, 330, 160, "3 February 2026", body, width=210, align=Pango.Alignment.RIGHT,
           order=7)
    d.text(1, 62, 244, "Dear Chief Constable,", body, width=300, order=7)

    def header(doc, pg, n):
        if pg > 1:
            doc.text(pg, 62, 48, "Pellmoor Constabulary — vetting and counter-corruption",
                     "TeX Gyre Termes Italic 9", width=300, order=10)
            doc.text(pg, 330, 48, f"Page {pg} of {n}", "TeX Gyre Termes 9", width=202,
                     align=Pango.Alignment.RIGHT, order=10)
    d.save(header, None, notes_y=790, note_font="TeX Gyre Termes 8")


def k03():
    d = Doc("k03_spotlight_ferncombe")
    body = "TeX Gyre Heros 9.5"
    green = (0.1, 0.38, 0.3)
    d.text(1, 56, 44, "Ferncombe Police: neighbourhood policing spotlight",
           "TeX Gyre Heros Bold 15", width=490, color=green, order=8)
    notice(d, 1, 56, 84, 480)
    # right-hand sidebar (drawn first): key facts box with sentences (gold, read after the main
    # column of page 1)
    sx, sw = 392, 148
    d.rect(1, sx, 120, sw, 300, fill=(0.9, 0.95, 0.93), order=0)
    d.text(1, sx + 8, 128, "Key facts", "TeX Gyre Heros Bold 11", width=sw - 16, order=0,
           color=green)
    box = ["Ferncombe has 212 neighbourhood officers and 96 police community support officers.",
           "Each of its 48 wards has a named officer whose details are published online.",
           "Public confidence in the force rose from 71 to 78 per cent between 2023 and 2025."]
    sf = Flow(d, [(1, sx + 8, 150, 420, sw - 16, 1)], "TeX Gyre Heros 8.5", gap=6)
    for s in box:
        sf.para(s, gold=False, justify=False)
    frames = [(1, 56, 120, 770, 320, 5), (2, 56, 90, 770, 484, 5)]
    f = Flow(d, frames, body, gap=6)
    f.heading("Preventing crime and anti-social behaviour: good", "TeX Gyre Heros Bold 12",
              color=green)
    f.para(["Ferncombe Police has a long tradition of neighbourhood policing, and it has "
            "protected its neighbourhood teams from the cuts made elsewhere in the force.",
            "Officers know their areas well, and residents in the wards we visited could name "
            "their local officer."])
    f.para(["The force uses a problem-solving approach to tackle the causes of crime and "
            "anti-social behaviour.",
            "In the seaside town of Marlow Sands, officers worked with the council and local "
            "businesses to redesign a car park that had become a gathering place for "
            "off-road bikers, and complaints fell by 60 per cent."])
    f.para("We found that the best problem-solving plans were those that:")
    f.bullet("set out clearly what the problem was and whom it affected;", glyph="\u27a2",
             glyph_font="DejaVu Sans 8")
    f.bullet("involved partners from the start, including:", glyph="\u27a2",
             glyph_font="DejaVu Sans 8")
    f.bullet("housing providers and the local authority;", glyph="\u2013", level=2,
             glyph_font="TeX Gyre Heros 9")
    f.bullet("schools, youth services and community groups;", glyph="\u2013", level=2,
             glyph_font="TeX Gyre Heros 9")
    f.bullet("were reviewed regularly and closed only when the problem had been fixed.",
             glyph="\u27a2", glyph_font="DejaVu Sans 8")
    f.para(["Officers are too often taken away from their neighbourhoods to cover shortages on "
            "response teams.",
            "In the three months before our inspection, neighbourhood officers in the "
            "Ferncombe North area spent a third of their shifts on other duties^[Force "
            "abstraction data for July to September 2025.].",
            "The force should monitor these abstractions and make sure that they do not "
            "undermine its commitment to communities."])
    f.para(["The force’s analysts produce a useful profile of each ward, but neighbourhood "
            "officers told us that they rarely had time to read them.",
            "Supervisors should make sure that officers use these profiles to decide where to "
            "patrol and which problems to tackle first."])
    d.gold.add(*box)     # the sidebar is read once page 1's main column (and its last sentence) ends
    f.para(["The force offers a range of diversionary activities for young people, including a "
            "boxing club in Penwarren that is run by two off-duty officers.",
            "Young people we spoke to said that the club had given them somewhere safe to go "
            "in the evenings and a different view of the police.",
            "We would like to see the force evaluate these schemes so that it knows which ones "
            "work best."])
    # grade table with ruling lines and a table with prose cells on page 2
    if f.page == 1:
        f.skip_to(1)
    f.y += 10
    f.heading("Summary of grades", "TeX Gyre Heros Bold 12", color=green)
    y = f.y
    rows = [("Area", "Grade"), ("Preventing crime and anti-social behaviour", "Good"),
            ("Responding to the public", "Adequate"), ("Engaging with the public", "Outstanding")]
    for i, (a, g) in enumerate(rows):
        fnt = "TeX Gyre Heros Bold 9" if i == 0 else "TeX Gyre Heros 9"
        d.line(2, 56, y, 540, y, order=3, lw=0.8 if i < 2 else 0.4)
        d.text(2, 62, y + 4, a, fnt, width=300, order=3)
        d.text(2, 380, y + 4, g, fnt, width=150, order=3)
        y += 20
    d.line(2, 56, y, 540, y, order=3, lw=0.8)
    d.line(2, 372, f.y, 372, y, order=3, lw=0.4)
    f.y = y + 14
    f.heading("Areas for improvement", "TeX Gyre Heros Bold 12", color=green)
    f.para("The table below sets out each area for improvement with our reasons.")
    y = f.y + 4
    rows = [("Area for improvement", "Why it matters"),
            (["The force should reduce the time neighbourhood officers spend covering for "
              "response teams."],
             ["Residents value a visible and familiar officer.",
              "Frequent abstractions weaken the relationships that officers have built."]),
            (["The force should evaluate its diversionary schemes for young people."],
             ["Without evaluation the force cannot tell which schemes reduce offending, and it "
              "may be spending money on activities that have little effect."])]
    for i, (a, b) in enumerate(rows):
        fnt = "TeX Gyre Heros Bold 9" if i == 0 else "TeX Gyre Heros 9"
        ta = a if isinstance(a, str) else " ".join(a)
        tb = b if isinstance(b, str) else " ".join(b)
        # right cell drawn before the left one
        hb = d.text(2, 300, y + 4, esc(hyph(tb)) if i else tb, fnt, width=232, order=2,
                    markup=bool(i))
        ha = d.text(2, 62, y + 4, esc(hyph(ta)) if i else ta, fnt, width=224, order=3,
                    markup=bool(i))
        d.line(2, 56, y, 540, y, order=3, lw=0.8 if i < 2 else 0.4)
        if i:
            d.gold.add(*a, *b)
        y += max(ha, hb) + 10
    d.line(2, 56, y, 540, y, order=3, lw=0.8)
    f.y = y + 14
    f.para(["We will publish a full report on the force’s performance later in 2026.",
            "In the meantime, we have shared our detailed findings with the chief constable "
            "and the police and crime commissioner."])

    def footer(doc, pg, n):
        doc.text(pg, 56, 805, f"Ferncombe Police spotlight  |  {pg}", "TeX Gyre Heros 8",
                 width=300, order=10, color=(0.35, 0.35, 0.35))
    d.save(None, footer, notes_y=778, note_font="TeX Gyre Heros 7.5")


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    k01()
    k02()
    k03()
