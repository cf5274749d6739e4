"""probe13 producer j: TCPDF 6.6.2 (Debian `php-tcpdf` 6.6.2+dfsg1-1+deb12u1, PHP 8.2 CLI).

TCPDF is the PHP library behind the "download as PDF" button of many content-management and
case-management web systems.  Each document is written here as a PHP script (php/jNN_*.php) that
drives TCPDF the way such systems do: `writeHTML` on HTML fragments (j01, j03) or `Cell`,
`MultiCell` and `Write` calls (j02), a subclass overriding `Header()` and `Footer()` for running
heads, page numbers and footnotes (TCPDF has no footnotes of its own, so the calls are HTML
<sup> and the texts are drawn by `Footer()` at the page foot), `addTOC` for a contents page with
dot leaders (built last and moved to page 2), `setEqualColumns` for two columns, drawn rectangles
and `Text` labels for a chart.  Body text is hyphenated by TCPDF's own `hyphenateText` with the
British English TeX patterns (texlive-lang-english's hyph-en-gb.tex).
The scripts share php/probe13_tcpdf.php (the subclass and helpers).
The notice is set ragged right and never hyphenated (TCPDF forms no ligatures).
The gold is written from the same strings that go into the scripts.

  j01  PEEL report, writeHTML, Liberation Serif / Liberation Sans (TrueTypeUnicode, embedded
       subsets), cover, contents (addTOC), grade table, drawn disc bullets, boxes, prose table
  j02  letter, Cell/MultiCell in non-embedded core Helvetica, letter-spaced (Tc) letterhead,
       horizontally scaled (Tz) address, Zapf Dingbats bullets, page-2 header
  j03  spotlight leaflet, DejaVu Sans, two TCPDF columns, a key-finding box drawn before the
       text it follows, a bar chart of rectangles with Text labels, square bullets
"""
import html
import os
import subprocess

from common import HERE, NOTICE, Gold, php, pieces

TMP = os.path.join(os.environ.get("PROBE13_TMP", "/tmp/probe13/build"), "tcpdf")
PHP_DIR = os.path.join(HERE, "php")
NB = "\u00a0"
HYPH = "/usr/share/texlive/texmf-dist/tex/generic/hyph-utf8/patterns/tex/hyph-en-gb.tex"

PRELUDE = r"""<?php
// Shared by the probe13 TCPDF scripts (written by gen_tcpdf.py).
// TCPDF looks fonts up in K_PATH_FONTS by name; converted TrueType fonts go to a scratch
// directory, so the bundled core and DejaVu font files are copied there first.
define('FONTDIR', rtrim(getenv('PROBE13_TCPDF_FONTS') ?: '/tmp/probe13/build/tcpdf/fonts', '/') . '/');
@mkdir(FONTDIR, 0777, true);
foreach (glob('/usr/share/php/tcpdf/fonts/*') as $f) {
    if (preg_match('/^(helvetica|times|courier|symbol|zapfdingbats|dejavusans[bi]*\.)/', basename($f))
        && !file_exists(FONTDIR . basename($f))) {
        copy($f, FONTDIR . basename($f));
    }
}
define('K_PATH_FONTS', FONTDIR);
require_once '/usr/share/php/tcpdf/tcpdf.php';
$PAT = TCPDF_STATIC::getHyphenPatternsFromTEX('""" + HYPH + r"""');
$NOTICE = """ + php(NOTICE) + r""";

function ttf($file) {
    // TrueType font converted for TCPDF (embedded subset, Identity-H, ToUnicode)
    return TCPDF_FONTS::addTTFfont($file, 'TrueTypeUnicode', '', 32, FONTDIR);
}

class ProbePDF extends TCPDF {
    public $hdr = null;          // callable drawing the running header
    public $ftr = null;          // callable drawing the footer
    public $bare = false;        // next pages carry no header, footer or notes
    public $plain = array();     // page => true for pages without furniture
    public $notes = array();     // page => list of array(number, text)
    public $notefont = array('helvetica', '', 7);

    public function Header() {
        if ($this->bare) { $this->plain[$this->getPage()] = true; return; }
        if ($this->hdr) { call_user_func($this->hdr, $this); }
    }
    public function Footer() {
        $p = $this->getPage();
        if (!empty($this->plain[$p])) { return; }
        if (!empty($this->notes[$p])) {
            $y = $this->getPageHeight() - $this->getFooterMargin() - 4 - 3.6 * count($this->notes[$p]);
            $this->SetDrawColor(90, 90, 90);
            $this->Line($this->lMargin, $y, $this->lMargin + 40, $y, array('width' => 0.2));
            $this->SetY($y + 1);
            foreach ($this->notes[$p] as $n) {
                $this->SetFont($this->notefont[0], $this->notefont[1], $this->notefont[2]);
                $this->writeHTMLCell(0, 0, $this->lMargin, '', '<sup>' . $n[0] . '</sup> ' . htmlspecialchars($n[1]), 0, 1);
            }
        }
        if ($this->ftr) { call_user_func($this->ftr, $this); }
    }
    public function Error($msg) { throw new Exception('TCPDF ERROR: ' . $msg); }
    public function note($n, $text) { $this->notes[$this->getPage()][] = array($n, $text); }
}

function h($s) {
    // hyphenate with TCPDF's own TeX-pattern hyphenator (inserts soft hyphens)
    global $PAT, $pdf;
    return $pdf->hyphenateText($s, $PAT, array(), 2, 3, 6, 8);
}

function notice_html($size) {
    global $NOTICE;
    return '<p style="font-weight:bold;font-size:' . $size . 'pt;text-align:left">' . htmlspecialchars($NOTICE) . '</p>';
}

function back_cover($pdf, $font) {
    $pdf->bare = true;
    $pdf->AddPage();
    $pdf->SetFont($font, '', 9);
    $pdf->SetY(200);
    $pdf->writeHTML('<p>© Crown copyright 2026 (synthetic test document).</p>'
        . '<p>This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-government-licence/version/3.</p>'
        . '<p>Where we have identified any third-party copyright information, you will need to obtain permission from the copyright holders concerned.</p>'
        . '<p>This document is available at www.justiceinspectorates.gov.uk/hmicfrs</p>'
        . '<p>Any enquiries about this publication should be sent to us at contactus@hmicfrs.gov.uk</p>', true, false, true, false, '');
    $pdf->SetFillColor(22, 44, 88);
    $pdf->Rect($pdf->getMargins()['left'], $pdf->GetY() + 6, $pdf->getPageWidth() - $pdf->getMargins()['left'] - $pdf->getMargins()['right'], 1.2, 'F');
}

function meta($pdf, $title) {
    $pdf->SetCreator('probe13 gen_tcpdf.py');
    $pdf->SetAuthor('HMICFRS (synthetic)');
    $pdf->SetTitle($title);
    $pdf->SetSubject('Synthetic test document');
}
"""


class Doc:
    """A PHP script under construction, with the gold collected alongside."""

    def __init__(self, name):
        self.name = name
        self.gold = Gold(name)
        self.code = ["<?php", "// generated by gen_tcpdf.py", "require __DIR__ . '/probe13_tcpdf.php';"]
        self.nfn = 0

    def php(self, s):
        self.code.append(s)

    def runs(self, sents, hyphen=True):
        """PHP expression for marked-up sentences as HTML; footnote calls become <sup> and the
        note is registered (on the current page) after the fragment is written."""
        parts, notes = [], []
        for i, s in enumerate(sents):
            if i:
                parts.append(php(" "))
            for kind, t in pieces(s):
                if kind == "text":
                    e = php(html.escape(t, quote=False))
                    parts.append(f"h({e})" if hyphen else e)
                else:
                    self.nfn += 1
                    parts.append(php(f"<sup>{self.nfn}</sup>"))
                    notes.append((self.nfn, t))
        return " . ".join(parts), notes

    def html(self, before, sents, after, gold=True, hyphen=True):
        expr, notes = self.runs(sents, hyphen)
        self.code.append(f"$pdf->writeHTML({php(before)} . {expr} . {php(after)}, true, false, "
                         "true, false, '');")
        for n, t in notes:
            self.code.append(f"$pdf->note({n}, {php(t)});")
        if gold:
            self.gold.add(*sents)

    def write(self):
        os.makedirs(PHP_DIR, exist_ok=True)
        with open(os.path.join(PHP_DIR, "probe13_tcpdf.php"), "w", encoding="utf-8") as f:
            f.write(PRELUDE)
        path = os.path.join(PHP_DIR, self.name + ".php")
        self.code.append("$pdf->Output($argv[1], 'F');")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.code) + "\n")
        os.makedirs(os.path.join(TMP, "fonts"), exist_ok=True)
        os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
        env = dict(os.environ, PROBE13_TCPDF_FONTS=os.path.join(TMP, "fonts"))
        r = subprocess.run(["php", path, os.path.join(HERE, "pdf", self.name + ".pdf")],
                           capture_output=True, text=True, env=env)
        if r.returncode or "Fatal" in r.stdout or "TCPDF ERROR" in r.stdout:
            raise SystemExit(f"php failed on {self.name}:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


BODY_CSS = "text-align:justify"


# ---------------------------------------------------------------------------------------------
def j01():
    d = Doc("j01_peel_stourmere")
    d.php(r"""$pdf = new ProbePDF('P', 'mm', 'A4', true, 'UTF-8', false);
meta($pdf, 'PEEL 2018/19: Stourmere Police');
$serif = ttf('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf');
$serifb = ttf('/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf');
$sans = ttf('/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf');
$sansb = ttf('/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf');
$pdf->notefont = array($serif, '', 7.5);
$pdf->SetMargins(22, 28, 22);
$pdf->SetHeaderMargin(10);
$pdf->SetFooterMargin(16);
$pdf->SetAutoPageBreak(true, 34);
$pdf->setCellHeightRatio(1.3);
$pdf->setHtmlVSpace(array('p' => array(array('h' => 0, 'n' => 0), array('h' => 1.6, 'n' => 1))));
$pdf->hdr = function ($p) use ($sans) {
    $p->SetFont($sans, '', 8);
    $p->SetTextColor(60, 60, 60);
    $p->SetY(12);
    $p->Cell(0, 5, 'PEEL 2018/19: police effectiveness, efficiency and legitimacy', 0, 0, 'L');
    $p->Cell(0, 5, 'Stourmere Police', 0, 1, 'R');
    $p->Line(22, 18, $p->getPageWidth() - 22, 18, array('width' => 0.3, 'color' => array(22, 44, 88)));
    $p->SetTextColor(0, 0, 0);
};
$pdf->ftr = function ($p) use ($sans) {
    $p->SetFont($sans, '', 8);
    $p->SetY(-14);
    $p->Cell(0, 5, 'HMICFRS', 0, 0, 'L');
    $p->Cell(0, 5, 'Page ' . $p->getAliasNumPage() . ' of ' . $p->getAliasNbPages(), 0, 0, 'R');
};
// cover
$pdf->bare = true;
$pdf->AddPage();
$pdf->SetFillColor(22, 44, 88);
$pdf->Rect(0, 0, 210, 120, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont($sansb, '', 13);
$pdf->SetXY(22, 40);
$pdf->Cell(0, 8, 'PEEL 2018/19', 0, 1);
$pdf->SetFont($sansb, '', 26);
$pdf->SetX(22);
$pdf->MultiCell(160, 11, "Police effectiveness, efficiency\nand legitimacy", 0, 'L');
$pdf->SetFont($sans, '', 15);
$pdf->SetX(22);
$pdf->Cell(0, 10, 'An inspection of Stourmere Police', 0, 1);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(22, 132);
$pdf->SetFont($sans, '', 10);
$pdf->writeHTML(notice_html(10), true, false, true, false, '');
$pdf->SetAutoPageBreak(false);
$pdf->SetXY(22, 262);
$pdf->SetFont($sans, '', 11);
$pdf->Cell(0, 6, 'Published 3 May 2019', 0, 1);
$pdf->SetAutoPageBreak(true, 34);
// body
$pdf->bare = false;
$pdf->AddPage();
$pdf->SetFont($serif, '', 10.5);
$H = function ($t) use ($pdf, $sansb, $serif) {
    $pdf->Bookmark($t, 0, 0, '', '', array(0, 0, 0));
    $pdf->SetFont($sansb, '', 12.5);
    $pdf->SetTextColor(22, 44, 88);
    $pdf->writeHTML('<p>' . htmlspecialchars($t) . '</p>', true, false, true, false, '');
    $pdf->SetTextColor(0, 0, 0);
    $pdf->SetFont($serif, '', 10.5);
};""")

    def heading(t):
        d.php(f"$H({php(t)});")

    def para(*sents):
        d.html(f'<p style="{BODY_CSS}">', sents, "</p>")

    def numbered(n, *sents):
        d.html(f'<ol start="{n}"><li style="{BODY_CSS}">', sents, "</li></ol>")

    def bullets(lead, items):
        para(lead)
        out = ["<ul>"]
        exprs = []
        for it in items:
            text, sub = (it, None) if isinstance(it, str) else it
            e, _ = d.runs([text])
            exprs.append((len(out), e))
            out.append(None)
            d.gold.add(text)
            if sub:
                out.append('<ul type="circle">')
                for s in sub:
                    e, _ = d.runs([s])
                    exprs.append((len(out), e))
                    out.append(None)
                    d.gold.add(s)
                out.append("</ul>")
        out.append("</ul>")
        parts = []
        ex = dict(exprs)
        for i, o in enumerate(out):
            if o is None:
                parts.append(f"'<li>' . {ex[i]} . '</li>'")
            else:
                parts.append(php(o))
        d.php("$pdf->writeHTML(" + " . ".join(parts) + ", true, false, true, false, '');")

    heading("Overview")
    para("This is our assessment of how well Stourmere Police keeps people safe and reduces crime.",
         "Stourmere is a small force serving a mainly urban area around the port city of "
         "Stourmouth and the towns of the Lowe valley.",
         "We are pleased with some aspects of the force’s performance, but we have serious "
         "concerns about how it protects vulnerable people.")
    para("Our grades for each question are set out in the table below.")
    rows = [("Preventing crime and tackling anti-social behaviour", "Good"),
            ("Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Inadequate"),
            ("Treating the public fairly", "Good")]
    t = ['<table border="1" cellpadding="5" style="border-color:#162c58">',
         '<tr style="background-color:#162c58;color:#ffffff;font-weight:bold">'
         '<td width="68%">Question</td><td width="32%">Grade</td></tr>']
    for q, g in rows:
        t.append(f'<tr><td width="68%">{html.escape(q)}</td><td width="32%"><b>{g}</b></td></tr>')
    t.append("</table>")
    d.php(f"$pdf->writeHTML({php(''.join(t))}, true, false, true, false, '');")

    heading("Preventing crime and tackling anti-social behaviour: good")
    numbered(1, "The force has a clear and well-understood commitment to neighbourhood policing.",
             "Its community support officers are rarely taken away from their areas to cover "
             "other duties.")
    numbered(2, "We found good examples of partnership work, particularly with the city "
             "council’s housing team.^[The joint team was set up in 2017 and is based at Harbour "
             "Lane police station.]",
             "Officers and housing staff meet every fortnight to agree which problems to tackle "
             "first.")
    bullets("The force uses a range of powers to tackle anti-social behaviour, including:",
            ["community protection notices;",
             ("dispersal orders, which are:", ["authorised by an inspector;",
                                               "reviewed after 48 hours;"]),
             "civil injunctions for the most persistent offenders."])

    heading("Investigating crime: requires improvement")
    numbered(3, "The quality of the force’s investigations varies too much.",
             "Some investigations of burglary and robbery were thorough, but others were poorly "
             "supervised and had no plan.")
    numbered(4, "The force has too few detectives^[At the time of our inspection, 41 of its 186 "
             "detective posts were vacant.] and relies on trainees to fill the gap.",
             "This means that some complex cases are given to officers who are not qualified to "
             "investigate them.")
    box = ('<table cellpadding="6" cellspacing="0"><tr>'
           '<td width="2%" style="background-color:#162c58"></td>'
           '<td width="98%" style="background-color:#e8eef6">'
           '<span style="font-weight:bold;color:#162c58">Area for improvement</span><br />')
    d.html(box, ["The force should improve the supervision of investigations so that each one "
                 "has a plan and is progressed without delay."], "</td></tr></table>")
    d.php("$pdf->AddPage();")

    heading("Protecting vulnerable people: inadequate")
    numbered(5, "Stourmere Police is inadequate at protecting vulnerable people.",
             "The force does not always identify repeat victims of domestic abuse when they call "
             "for help.",
             "In 14 of the 40 cases we reviewed, officers did not complete a risk assessment at "
             "the scene.")
    rows = [("Risk assessments were missing or incomplete in many domestic abuse cases.",
             "Within three months, the force should make sure that officers complete a risk "
             "assessment at every domestic abuse incident."),
            ("Vulnerable missing people were not always searched for promptly.",
             "The force should review how it grades reports of missing people and make sure "
             "that high-risk cases are supervised by an inspector.")]
    parts = [php('<table border="1" cellpadding="5"><tr style="background-color:#e8eef6;'
                 'font-weight:bold"><td width="50%">What we found</td>'
                 '<td width="50%">What the force should do</td></tr>')]
    for a, b in rows:
        ea, _ = d.runs([a])
        eb, _ = d.runs([b])
        parts.append(f"'<tr><td width=\"50%\">' . {ea} . '</td><td width=\"50%\">' . {eb} . "
                     "'</td></tr>'")
        d.gold.add(a, b)
    parts.append(php("</table>"))
    d.php("$pdf->writeHTML(" + " . ".join(parts) + ", true, false, true, false, '');")

    heading("Treating the public fairly: good")
    numbered(6, "The force treats the people it serves with fairness and respect.",
             "Its use of stop and search is scrutinised by an independent panel that includes "
             "young people from the city.")
    numbered(7, "Officers use body-worn video in most stop and search encounters, and the panel "
             "reviews a sample of the footage each quarter.")
    d.php(r"""back_cover($pdf, $sans);
// contents page: built last, moved to page 2
$pdf->bare = false;
$pdf->addTOCPage();
$pdf->SetFont($sansb, '', 18);
$pdf->SetTextColor(22, 44, 88);
$pdf->MultiCell(0, 0, 'Contents', 0, 'L', 0, 1, '', '', true, 0);
$pdf->Ln(4);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont($serif, '', 10.5);
$pdf->addTOC(2, $serif, '.', 'Contents', '', array(0, 0, 0));
$pdf->endTOCPage();""")
    d.write()


def j02():
    d = Doc("j02_letter_penhallow")
    d.php(r"""$pdf = new ProbePDF('P', 'mm', 'A4', true, 'UTF-8', false);
meta($pdf, 'Penhallow Constabulary: crime data integrity revisit');
$pdf->notefont = array('helvetica', '', 7.5);
$pdf->SetMargins(25, 24, 25);
$pdf->SetHeaderMargin(10);
$pdf->SetFooterMargin(14);
$pdf->SetAutoPageBreak(true, 30);
$pdf->setCellHeightRatio(1.35);
$pdf->hdr = function ($p) {
    if ($p->getPage() < 2) { return; }
    $p->SetFont('helvetica', '', 8);
    $p->SetY(12);
    $p->Cell(0, 5, 'Penhallow Constabulary: crime data integrity revisit', 0, 0, 'L');
    $p->Cell(0, 5, 'Page ' . $p->getAliasNumPage(), 0, 1, 'R');
    $p->Line(25, 18, 185, 18, array('width' => 0.2));
};
$pdf->AddPage();
// letterhead: letter-spaced (Tc) and horizontally scaled (Tz) text
$pdf->SetFont('helvetica', 'B', 20);
$pdf->SetTextColor(22, 44, 88);
$pdf->setFontSpacing(1.6);
$pdf->Cell(0, 9, 'HMICFRS', 0, 1, 'R');
$pdf->setFontSpacing(0);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->setFontStretching(88);
foreach (array('His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services',
               '4th Floor, Quayside Chambers, 12 Mercer Wharf', 'Harlow Reach HR7 3LD',
               'www.justiceinspectorates.gov.uk/hmicfrs') as $l) {
    $pdf->Cell(0, 4, $l, 0, 1, 'R');
}
$pdf->setFontStretching(100);
$pdf->SetTextColor(0, 0, 0);
$pdf->Ln(2);
$pdf->Line(25, $pdf->GetY(), 185, $pdf->GetY(), array('width' => 0.5, 'color' => array(22, 44, 88)));
$pdf->Ln(5);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->MultiCell(0, 5, $NOTICE, 0, 'L');
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 10);
foreach (array('Chief Constable Tobias Venning', 'Penhallow Constabulary', 'Police Headquarters',
               'Tregarrick Road', 'Penhallow PH2 9WN') as $l) {
    $pdf->Cell(0, 4.6, $l, 0, 1, 'L');
}
$pdf->Ln(3);
$pdf->Cell(0, 5, '27 February 2026', 0, 1, 'R');
$pdf->Ln(3);
$pdf->Cell(0, 5, 'Dear Chief Constable,', 0, 1, 'L');
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 5, 'Crime data integrity revisit: Penhallow Constabulary', 0, 1, 'L');
$pdf->Ln(2);
$pdf->SetFont('helvetica', '', 10);""")

    def para(*sents):
        if any("^[" in s for s in sents):
            d.html('<p style="text-align:justify">', sents, "</p>")
            return
        text = " ".join(sents)
        d.php(f"$pdf->MultiCell(0, 5, h({php(text)}), 0, 'J', false, 1);")
        d.php("$pdf->Ln(2.5);")
        d.gold.add(*sents)

    def bullets(lead, items):
        para(lead)
        for text in items:
            d.php("$pdf->SetFont('zapfdingbats', '', 6.5);")
            d.php("$pdf->SetX(29); $pdf->Cell(5, 5, 'l', 0, 0, 'L');")
            d.php("$pdf->SetFont('helvetica', '', 10);")
            d.php(f"$pdf->MultiCell(0, 5, h({php(text)}), 0, 'L', false, 1, 35);")
            d.php("$pdf->Ln(1);")
            d.gold.add(text)
        d.php("$pdf->Ln(2);")

    para("In 2024 we inspected how accurately Penhallow Constabulary records the crimes reported "
         "to it.",
         "We found that the force was failing to record about one in six reported crimes, and we "
         "judged its crime-recording to be inadequate.",
         "We returned to the force in January 2026 to see whether it had acted on our "
         "recommendations.")
    para("I am encouraged by what we found.",
         "The force now records an estimated 93.8 percent of reported crimes, compared with 83.1 "
         "percent at our last inspection.",
         "This is a significant improvement, and it reflects real effort by the force’s crime "
         "registrar and her team.",
         "The force’s leaders have given crime-recording a high priority, and staff understand "
         "why it matters.")
    bullets("Since our inspection, the force has:",
            ["set up a crime-recording hub that checks every incident log before it is closed;",
             "trained all call handlers and response officers in the Home Office counting rules;",
             "appointed a senior officer to chair a monthly crime data integrity board;",
             "begun to audit its records of violent crime every month."])
    para("However, the force still fails to record some offences of harassment and malicious "
         "communications, especially when they are reported along with other crimes.",
         "Of the 34 such offences we expected to see recorded, only 24 had been.^[These figures "
         "come from our audit of 420 incident records from July to September 2025.]",
         "These crimes often form part of a pattern of stalking or domestic abuse, so failing to "
         "record them can leave victims at risk.")
    para("The force also needs to improve how it records crimes reported by other agencies.",
         "Referrals from health and social care staff were sometimes treated as information "
         "rather than as reports of crime.",
         "As a result, some vulnerable victims did not receive the service they should have.",
         "The force should agree a clear process with these agencies and make sure that its "
         "staff follow it.")
    para("Our audit also found that the force cancels recorded crimes correctly in almost all "
         "cases.",
         "Only one of the 45 cancelled crimes we examined had been cancelled without enough "
         "evidence.")
    para("I have asked the force to send us a revised action plan by the end of March 2026.",
         "We will check its progress when we next inspect the force as part of our PEEL "
         "programme.",
         "I am copying this letter to the police and crime commissioner for Penhallow.")
    para("I would like to thank your officers and staff for their help during the revisit.",
         "They were open about the force’s difficulties and keen to learn from our findings.")
    d.php(r"""$pdf->Ln(2);
$pdf->Cell(0, 5, 'Yours sincerely,', 0, 1, 'L');
$pdf->Ln(2);
$y = $pdf->GetY();
$pdf->SetDrawColor(22, 44, 88);
$pdf->Curve(26, $y + 8, 30, $y - 2, 34, $y + 14, 40, $y + 5, '', array('width' => 0.6));
$pdf->Curve(40, $y + 5, 45, $y - 1, 50, $y + 10, 58, $y + 6, '', array('width' => 0.6));
$pdf->SetY($y + 14);
$pdf->Cell(0, 5, 'Morag Ellerby', 0, 1, 'L');
$pdf->Cell(0, 5, 'His Majesty’s Inspector of Constabulary', 0, 1, 'L');""")
    d.write()


def j03():
    d = Doc("j03_spotlight_cairnbrook")
    d.php(r"""$pdf = new ProbePDF('P', 'mm', 'A4', true, 'UTF-8', false);
meta($pdf, 'Cairnbrook Police: responding to calls from the public');
$pdf->notefont = array('dejavusans', '', 6.5);
$pdf->SetMargins(18, 24, 18);
$pdf->SetHeaderMargin(9);
$pdf->SetFooterMargin(14);
$pdf->setCellHeightRatio(1.3);
$pdf->hdr = function ($p) {
    $p->SetFont('dejavusans', '', 7.5);
    $p->SetTextColor(80, 80, 80);
    $p->SetY(11);
    $p->Cell(0, 4, 'Cairnbrook Police · Spotlight: responding to calls · April 2026', 0, 1, 'R');
    $p->Line(18, 16, 192, 16, array('width' => 0.25, 'color' => array(0, 110, 110)));
    $p->SetTextColor(0, 0, 0);
};
$pdf->ftr = function ($p) {
    $p->SetFont('dejavusans', '', 7.5);
    $p->SetY(-12);
    $p->Cell(0, 4, 'HMICFRS spotlight report', 0, 0, 'L');
    $p->Cell(0, 4, $p->getAliasNumPage(), 0, 0, 'R');
};
$pdf->AddPage();
$pdf->SetFont('dejavusans', 'B', 20);
$pdf->SetTextColor(0, 110, 110);
$pdf->MultiCell(0, 9, 'Responding to calls from the public', 0, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavusans', '', 11);
$pdf->Cell(0, 7, 'A spotlight report on Cairnbrook Police', 0, 1);
$pdf->Ln(1);
$pdf->SetFont('dejavusans', '', 9);
$pdf->writeHTML(notice_html(9), true, false, true, false, '');
$pdf->SetFont('dejavusans', '', 9.5);""")
    css = "text-align:justify"

    def para(*sents):
        d.html(f'<p style="{css}">', sents, "</p>")

    def heading(t):
        h4 = php('<h4 style="color:#006e6e">' + html.escape(t) + "</h4>")
        d.php(f"$pdf->writeHTML({h4}, true, false, true, false, '');")

    para("This spotlight report looks at how Cairnbrook Police answers and responds to calls from "
         "the public.",
         "We carried out our fieldwork in the force control room at Ferrisham over two weeks in "
         "January 2026.")
    # the key-finding box is drawn first (at the foot of page 1), the columns afterwards
    box_sents = ["The force is not answering non-emergency calls quickly enough, and some callers "
                 "are giving up.",
                 "It should set itself a target for answering these calls and report its progress "
                 "to the police and crime commissioner."]
    d.php("$top = $pdf->GetY() + 2;")
    expr, _ = d.runs(box_sents)
    d.php("$pdf->SetFont('dejavusans', '', 9.5);")
    d.php("$pdf->writeHTMLCell(174, 0, 18, 200, "
          + php('<table cellpadding="7"><tr><td style="background-color:#dff0ef;border:1px solid '
                '#006e6e"><span style="font-weight:bold;color:#006e6e">Key finding</span><br />')
          + f" . {expr} . " + php("</td></tr></table>") + ", 0, 1);")
    d.php("$pdf->SetAutoPageBreak(true, 104);")
    d.php("$pdf->SetY($top);")
    d.php("$pdf->setEqualColumns(2, 84);")
    d.php("$pdf->selectColumn(0);")
    heading("Answering calls")
    para("The force answers most emergency calls quickly.",
         "In December 2025, it answered 91 percent of 999 calls within ten seconds, which is close "
         "to the national standard.",
         "Non-emergency calls are a different matter.",
         "Callers to the 101 service waited an average of 17 minutes before they spoke to someone, "
         "and about a third of them gave up before their call was answered.",
         "Many of those who gave up later called 999 instead, which added to the pressure on call "
         "handlers.")
    heading("Assessing risk")
    para("Call handlers use a structured set of questions to assess the risk to each caller.",
         "We listened to 80 calls and found that call handlers were polite and patient, even when "
         "callers were distressed or abusive.",
         "However, in 12 of these calls, the call handler did not ask whether there were children "
         "in the household.",
         "This information matters because it affects how quickly officers should attend and what "
         "they should look out for when they arrive.",
         "The force has started to play recordings of good calls at training days, which staff "
         "told us they found useful.")
    heading("Attending incidents")
    para("Once an incident has been graded, the force generally sends officers within its target "
         "times.",
         "Emergency incidents in the city were attended in an average of 11 minutes.",
         "In the rural north of the county, attendance times were longer, and on some nights only "
         f"two patrol cars were available for an area of more than 600{NB}square kilometres.",
         "Officers who attend incidents in the north often have to wait a long time for support.")
    d.gold.add(*box_sents)
    d.php(r"""$pdf->resetColumns();
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();
// bar chart: rectangles and Text labels
$data = array('Jul' => 9, 'Aug' => 12, 'Sep' => 14, 'Oct' => 15, 'Nov' => 16, 'Dec' => 17);
$x0 = 30; $base = 82; $i = 0;
$pdf->SetFont('dejavusans', '', 8);
$pdf->Line(24, $base, 186, $base, array('width' => 0.3, 'color' => array(80, 80, 80)));
foreach ($data as $m => $v) {
    $x = $x0 + $i * 26;
    $pdf->SetFillColor(0, 110, 110);
    $pdf->Rect($x, $base - 3 * $v, 16, 3 * $v, 'F');
    $pdf->Text($x + 4.5, $base - 3 * $v - 5, (string)$v);
    $pdf->Text($x + 3.5, $base + 1, $m);
    $i++;
}
$pdf->SetFont('dejavusans', 'I', 8);
$pdf->Text(24, $base + 8, 'Figure 1: Average time to answer 101 calls, in minutes, July to December 2025');
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->SetY($base + 16);""")
    heading("Online reporting")
    para("The force launched a new online reporting service in the autumn of 2025.",
         f"More than 2{NB}000 crimes were reported through it in its first three months.^[Figures "
         "supplied by the force for October to December 2025.]",
         "Staff check each online report within a day, but the force has not yet asked users what "
         "they think of the service.",
         "Some victims told us that they would have preferred to speak to someone.")
    heading("What the force should do")
    para("The force should:")
    items = ["improve how quickly it answers non-emergency calls;",
             "make sure that call handlers always ask about children in the household;",
             "review how many patrol cars it needs at night in the north of the county."]
    parts = [php('<ul type="square">')]
    for it in items:
        e, _ = d.runs([it])
        parts.append(f"'<li>' . {e} . '</li>'")
        d.gold.add(it)
    parts.append(php("</ul>"))
    d.php("$pdf->writeHTML(" + " . ".join(parts) + ", true, false, true, false, '');")
    d.php("back_cover($pdf, 'dejavusans');")
    d.write()


if __name__ == "__main__":
    j01()
    j02()
    j03()
