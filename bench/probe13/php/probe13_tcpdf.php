<?php
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
$PAT = TCPDF_STATIC::getHyphenPatternsFromTEX('/usr/share/texlive/texmf-dist/tex/generic/hyph-utf8/patterns/tex/hyph-en-gb.tex');
$NOTICE = 'Synthetic test document: this is not a real inspection report, and the force it describes is fictional.';

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
