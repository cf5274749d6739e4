"""probe18 producer h: HTMLDOC 1.9.16 (Debian htmldoc 1.9.16-1), the HTML-to-PDF converter with
its own HTML layout engine and PDF writer, still used by older web applications and intranets
to turn HTML pages into printable PDF.  The generator writes HTML 3.2-style pages (tables for
layout, <font>, <ol type="a">) and runs the ``htmldoc`` command on them: ``--webpage`` for the
letter and the press release, ``--book`` with its generated table of contents for the report.
Running headers and footers are HTMLDOC's own (``--header``/``--footer``); footnotes are written
as notes at the end of their section, as HTMLDOC has no page-foot notes.

  h01  cause of concern revisit letter: letterhead table, right-aligned address, reference and
       date, "(a)" list written as text in a table column, lettered <ol type="a">, sign-off.
  h02  2016-style PEEL legitimacy report: book mode, generated contents page with dot leaders,
       chapter headers, numbered paragraphs with their numbers in a margin column, a graded
       summary table, bullets after a lead-in, "Areas for improvement" box, notes.
  h03  press release: boxed masthead, embargo line, headline, quotes, bullets, "ENDS", notes to
       editors as a numbered list.

Usage: python3 gen_htmldoc.py   (needs the ``htmldoc`` command on PATH)
"""
import os
import re
import subprocess
import tempfile

from common import NOTICE, PDF_DIR, Gold, para

FN = re.compile(r"\^\[([^\]]*)\]")
EPOCH = "1741080600"          # SOURCE_DATE_EPOCH: 2025-03-04 09:30 UTC


class Html:
    def __init__(self, name):
        self.gold = Gold(name)
        self.parts = []
        self.notes = []

    def _inline(self, text):
        def call(m):
            self.notes.append(m.group(1))
            return f"<sup>{len(self.notes)}</sup>"
        return FN.sub(call, text)

    def raw(self, s):
        self.parts.append(s)

    def p(self, *sents, gold=True, tag="p", attrs=""):
        if gold:
            self.gold.add(*sents)
        self.parts.append(f"<{tag}{attrs}>{self._inline(para(sents))}</{tag}>")

    def s(self, *sents):
        """Inline text for a cell or list item (gold), returned, not appended."""
        self.gold.add(*sents)
        return self._inline(para(sents))

    def numbered(self, num, *sents):
        """A numbered paragraph with its number in a margin column."""
        self.gold.add(*sents)
        self.parts.append('<table width="100%" cellpadding="0" cellspacing="0"><tr>'
                          f'<td width="8%" valign="top"><font size="2">{num}</font></td>'
                          f'<td width="92%" valign="top">{self._inline(para(sents))}</td></tr></table><br>')

    def flush_notes(self, heading="Notes"):
        if not self.notes:
            return
        self.parts.append(f"<hr><font size=\"1\"><b>{heading}</b>")
        for i, n in enumerate(self.notes, 1):
            self.parts.append(f"<br><sup>{i}</sup> {n}")
        self.parts.append("</font>")

    def html(self, title):
        return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<html><head>"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                f"<title>{title}</title><meta name=\"author\" content=\"probe18\"></head><body>\n" + "\n".join(self.parts) + "\n</body></html>\n")


def render(d, title, opts):
    name = d.gold.name
    with tempfile.TemporaryDirectory(prefix="probe18_htmldoc_") as tmp:
        src = os.path.join(tmp, name + ".html")
        with open(src, "w", encoding="iso-8859-1", errors="xmlcharrefreplace") as f:
            f.write(d.html(title))
        out = os.path.join(PDF_DIR, name + ".pdf")
        env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
        subprocess.run(["htmldoc", "--quiet", "--size", "a4", "--charset", "iso-8859-15",
                        "--embedfonts", "-f", out, *opts, src], check=True, env=env)
    print(f"{name}: {d.gold.write()} gold sentences")


ENT = {"’": "&#8217;", "‘": "&#8216;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;",
       "—": "&#8212;", "£": "&#163;"}


# ---------------------------------------------------------------------------------------------

def h01():
    d = Html("h01_letter_tarnhollow")
    d.raw('<table width="100%" cellpadding="0" cellspacing="0"><tr>'
          '<td width="55%" valign="top"><font face="helvetica" size="6" color="#1a3a5c">'
          '<b>HMICFRS</b></font><br><font face="helvetica" size="2" color="#1a3a5c">Inspecting '
          'policing in the public interest (synthetic)</font></td>'
          '<td width="45%" align="right" valign="top"><font face="helvetica" size="2">'
          'Unit 9, Carrow House<br>14 Mill Lane<br>Brindlecote<br>BR4 7QT<br><br>'
          'Telephone 0100 000 0000</font></td></tr></table><hr noshade size="2">')
    d.p(NOTICE, gold=False, attrs="")
    d.raw('<table width="100%"><tr><td width="60%" valign="top">Chief Constable Imelda Trask'
          '<br>Tarnhollow Constabulary<br>Police Headquarters<br>Saltergate Road<br>Tarnhollow'
          '<br>TH2 5AL</td><td width="40%" align="right" valign="top">Our reference: '
          'HP/RV/0412<br><br>22 May 2025</td></tr></table>')
    d.raw("<p>Dear Chief Constable,</p>")
    d.raw("<p><b>Revisit of the cause of concern about the investigation of child sexual "
          "abuse</b></p>")
    d.p("In our report of October 2024 we identified a cause of concern about the way "
        "Tarnhollow Constabulary investigates offences of child sexual abuse.",
        "We made three recommendations, and I am writing to tell you what we found when we "
        "returned to the force in April.")
    d.p("We recommended that, within six months, the force should:")
    d.raw('<table width="100%" cellpadding="2">' + "".join(
        f'<tr><td width="6%" valign="top">({lab})</td><td valign="top">{d.s(t)}</td></tr>'
        for lab, t in (("a", "review every open investigation into child sexual abuse to make "
                             "sure that it is being progressed;"),
                       ("b", "give the detectives who carry out these investigations the "
                             "specialist training they need; and"),
                       ("c", "set up a way for senior officers to check the quality of the "
                             "investigations regularly.")))
        + "</table>")
    d.raw("<p><b>What we found</b></p>")
    d.p("The force has reviewed all 312 open investigations.",
        "It found that 41 of them had not been progressed for more than three months, and it "
        "has since allocated each of those cases to a named detective.")
    d.p("Specialist training has been given to 58 of the 64 detectives in the child abuse "
        "investigation teams.",
        "The remaining six are booked on a course in June.",
        "Detectives told us that the training had given them more confidence when they "
        "interview children.")
    d.p("A detective superintendent now chairs a monthly meeting that examines a sample of "
        "cases.",
        "We saw the minutes of these meetings and found that they record clear actions.",
        "However, the meetings do not yet check whether those actions have been completed.")
    d.raw("<p><b>Our conclusion</b></p>")
    d.p("The force has made good progress, and I am satisfied that recommendations (a) and "
        "(b) have been met.",
        "Recommendation (c) has been partly met.")
    d.p("To complete the work, the force should:")
    d.raw('<ol type="a">' + "".join(f"<li>{d.s(t)}</li>" for t in (
        "make sure that the monthly meeting follows up every action it sets;",
        "publish a summary of the meeting’s findings to its investigation teams; and",
        "tell us by the end of September how it has done this.")) + "</ol>")
    d.p("We will consider the cause of concern closed once we have received that update.",
        "I am grateful to you and your officers for the open way in which you engaged with "
        "the revisit.")
    d.p("I recognise that the force has had to manage this work alongside a rising number "
        "of referrals.",
        "It has done so without reducing the support it gives to victims and their families.",
        "This reflects well on the leadership of the public protection command.")
    d.p("I am copying this letter to the police and crime commissioner for Tarnhollow.")
    d.raw("<p>Yours sincerely,</p><br><p><i>Roy Peverell</i></p>"
          "<p><b>Roy Peverell</b><br>His Majesty’s Inspector of Constabulary</p>")
    render(d, "Revisit letter to Tarnhollow Constabulary",
           ["--webpage", "--bodyfont", "times", "--fontsize", "11.5", "--headfootfont",
            "helvetica", "--headfootsize", "8", "--header", "...", "--footer", ".1.",
            "--left", "2.2cm", "--right", "2.2cm", "--top", "2cm", "--bottom", "2cm"])


def h02():
    d = Html("h02_peel2016_hollinsby")
    d.raw('<h1>Introduction</h1>')
    d.p(NOTICE, gold=False)
    d.p("As part of its annual inspections of police effectiveness, efficiency and legitimacy "
        "(PEEL), HMIC assesses how legitimately each force keeps people safe and reduces "
        "crime.",
        "This report sets out our findings for Hollinsby Police.")
    d.raw('<table width="100%" border="1" cellpadding="4"><tr bgcolor="#dce6f0"><th '
          'align="left">Question</th><th align="left">Judgement</th></tr>'
          '<tr><td>Treating the public fairly</td><td>Good</td></tr>'
          '<tr><td>Ethical and lawful workforce behaviour</td><td>Requires improvement</td></tr>'
          '<tr><td>Treating the workforce fairly</td><td>Good</td></tr></table>')
    d.p("We found that the force treats the public and its own workforce fairly, but it "
        "needs to do more to make sure that its people behave ethically and lawfully.",
        "Our findings on each question follow.")
    d.raw('<h1>Findings</h1><h2>Treating the public fairly</h2>')
    d.numbered("1.1", "Hollinsby Police understands the importance of treating people "
               "fairly, and its officers generally do so.",
               "The public we surveyed were more positive about the force than the national "
               "average.")
    d.numbered("1.2", "The force uses stop and search appropriately in most cases.",
               "When we reviewed 120 records, we found that 114 of them set out reasonable "
               "grounds for the search.^[The records were from the twelve months to 31 "
               "March 2016.]")
    d.numbered("1.3", "An external panel scrutinises the force’s use of force and stop and "
               "search, but its members told us that they:")
    d.raw("<ul>" + "".join(f"<li>{d.s(t)}</li>" for t in (
        "do not always receive the records in time for their meetings;",
        "would like to watch footage from body-worn cameras; and",
        "are unsure what the force does with their feedback.")) + "</ul>")
    d.numbered("1.4", "The force should respond to each of these concerns.")
    d.flush_notes()
    d.notes = []
    d.raw('<h2>Ethical and lawful workforce behaviour</h2>')
    d.numbered("2.1", "The force has a clear code of ethics, and most staff understand what "
               "is expected of them.",
               "However, its vetting unit has a large backlog.")
    d.numbered("2.2", "We found that 190 officers and staff had vetting clearance that had "
               "expired,^[National guidance requires clearance to be renewed every ten "
               "years.] and some of them work in sensitive roles.",
               "This is a serious weakness.")
    d.numbered("2.3", "The counter-corruption unit has too few investigators to look at all "
               "the intelligence it receives.",
               "It has not yet assessed the risk of officers abusing their position for a "
               "sexual purpose.")
    d.raw('<table width="100%" border="1" cellpadding="6" bgcolor="#f3f3f3"><tr><td>'
          '<b>Areas for improvement</b><ul>' + "".join(f"<li>{d.s(t)}</li>" for t in (
              "The force should clear its vetting backlog as soon as possible.",
              "The force should give its counter-corruption unit the capacity to assess all "
              "the intelligence it receives.")) + "</ul></td></tr></table>")
    d.flush_notes()
    d.notes = []
    d.raw('<h2>Treating the workforce fairly</h2>')
    d.numbered("3.1", "Staff told us that they feel valued by the force.",
               "Leaders at every level make time to listen to their teams.")
    d.numbered("3.2", "The force has improved the way it handles grievances, and most are "
               "now resolved within six weeks.",
               "It is also working to increase the number of officers from minority ethnic "
               "backgrounds, who remain under-represented.")
    d.numbered("3.3", "We judge Hollinsby Police to be good at treating its workforce fairly.")
    render(d, "PEEL: Police legitimacy 2016 – Hollinsby Police",
           ["--book", "--toclevels", "2", "--toctitle", "Contents", "--no-numbered",
            "--bodyfont", "helvetica", "--fontsize", "11", "--headingfont", "helvetica",
            "--headfootfont", "helvetica", "--headfootsize", "8",
            "--header", "t.c", "--footer", "..1", "--tocheader", "t..", "--tocfooter", "..i",
            "--titlefile", TITLE_H02, "--left", "2cm", "--right", "2cm",
            "--top", "2cm", "--bottom", "2cm"])


TITLE_H02 = os.path.join(tempfile.gettempdir(), "probe18_htmldoc_title_h02.html")


def h03():
    d = Html("h03_press_corravale")
    d.raw('<table width="100%" cellpadding="8" bgcolor="#0b3d5c"><tr><td><font color="#ffffff"'
          ' face="helvetica" size="5"><b>Press release</b></font><br><font color="#ffffff" '
          'face="helvetica" size="2">Synthetic inspectorate news desk</font></td></tr></table>')
    d.p(NOTICE, gold=False)
    d.raw("<p><b>Embargoed until 00:01 on Thursday 12 June 2025</b></p>")
    d.raw("<h2>Corravale Police must do more to protect people who go missing, says "
          "inspectorate</h2>")
    d.p("Corravale Police is not doing enough to find and protect vulnerable people who go "
        "missing from home, according to a report published today.",
        "Inspectors found that the force often treated missing children as a low risk even "
        "when they were known to be at risk of exploitation.")
    d.p("The inspection looked at 90 missing person cases from across the force area.",
        "In 23 of them, the first risk assessment did not take account of information that "
        "the force already held.")
    d.p("His Majesty’s Inspector of Constabulary Roy Peverell said:")
    d.p("“Officers in Corravale work hard to find missing people, and many families told us "
        "how grateful they were.",
        "But the force is not using what it already knows about a person to judge how much "
        "danger they are in.",
        "That has to change quickly.”", tag="blockquote")
    d.p("In one case, a fifteen-year-old girl was reported missing nine times in a month "
        "before the force recognised the pattern.",
        "Inspectors said that this delay left her exposed to serious harm.")
    d.p("The report also found that the force:")
    d.raw("<ul>" + "".join(f"<li>{d.s(t)}</li>" for t in (
        "did not always hold a return interview with a child after they came home;",
        "had too few officers trained to coordinate searches for high-risk missing people; "
        "and",
        "shared information with children’s services promptly in most cases.")) + "</ul>")
    d.p("Inspectors made four recommendations, including that the force should review its "
        "risk assessment process within three months.",
        "They will return to Corravale early next year to check progress.")
    d.p("The force has already started to act on some of the findings.",
        "It has appointed a missing persons coordinator for each district and has begun to "
        "retrain its control room supervisors.")
    d.p("Mr Peverell added:")
    d.p("“I was encouraged by the chief constable’s response to our findings.",
        "I am confident that the force can make the improvements that are needed.”",
        tag="blockquote")
    d.raw("<p align=\"center\"><b>ENDS</b></p><h3>Notes to editors</h3>")
    d.raw("<ol>" + "".join(f"<li>{d.s(t)}</li>" for t in (
        "The report is the fourth in a series of inspections of how police forces respond to "
        "missing people.",
        "The inspection took place over two weeks in February 2025.",
        "Corravale Police covers a population of about 780,000 people across three "
        "districts.",
        "Inspectors interviewed 46 officers and staff and spoke to 11 families of missing "
        "people.")) + "</ol>")
    d.raw("<p><font size=\"2\">Media enquiries: a fictional press office, telephone 0100 000 "
          "0001.</font></p>")
    render(d, "Press release: Corravale Police missing persons inspection",
           ["--webpage", "--bodyfont", "helvetica", "--fontsize", "12", "--headfootfont",
            "helvetica", "--headfootsize", "8", "--header", "..D", "--footer", "t.1",
            "--left", "2.4cm", "--right", "2.4cm", "--top", "2cm", "--bottom", "2.5cm"])


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with open(TITLE_H02, "w", encoding="iso-8859-1", errors="xmlcharrefreplace") as f:
        f.write("<html><body><br><br><br><h1 align=\"left\"><font size=\"7\" color=\"#3a2a6a\">"
                "PEEL: Police legitimacy 2016</font></h1><h2>An inspection of Hollinsby "
                "Police</h2><p>December 2016</p><br><br><p><i>" + NOTICE + "</i></p>"
                "<br><br><p>&#169; HMIC synthetic edition. This document may be copied and "
                "reused freely for testing.</p></body></html>\n")
    try:
        h01()
        h02()
        h03()
    finally:
        os.remove(TITLE_H02)


if __name__ == "__main__":
    main()
