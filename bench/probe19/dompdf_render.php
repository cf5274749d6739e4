<?php
// probe19 producer d: render one HTML file with dompdf (Debian php-dompdf 2.0.3, its own CSS
// layout and its CPDF writer).  Called by gen_dompdf.py:
//     php dompdf_render.php IN.html OUT.pdf CONFIG.json FONTDIR
// CONFIG.json: paper, orientation, info (Title, Author, Subject, Creator), date (PDF date
// string used for CreationDate and ModDate), fileid (32 hex digits for /ID), header and footer
// (running text drawn on every page from a given page on, "{PAGE_NUM}" and "{PAGE_COUNT}"
// replaced; "notlast" leaves the last page, a back cover, without it), notes (footnote id =>
// text).  A footnote call is written in the HTML as <sup class="fn" id="fnN">N</sup>; when dompdf renders it, the callback below records the page
// it fell on, and the notes of each page are drawn under a short rule in the page's bottom margin,
// above the footer, wrapped with dompdf's own font metrics.
require_once 'dompdf/autoload.php';

use Dompdf\Dompdf;
use Dompdf\Options;

[$script, $in, $out, $cfgPath, $fontDir] = $argv;
$cfg = json_decode(file_get_contents($cfgPath), true);

$o = new Options();
$o->set('fontDir', $fontDir);
$o->set('fontCache', $fontDir);
$o->set('tempDir', $fontDir);
$o->set('chroot', [dirname($in), '/usr/share/fonts']);
$o->set('isRemoteEnabled', false);
$o->set('isPhpEnabled', false);
$o->set('defaultFont', 'helvetica');
$o->set('dpi', 96);

$d = new Dompdf($o);
$notePage = [];   // note id => page number
$d->setCallbacks([
    ['event' => 'end_frame', 'f' => function ($frame, $canvas, $fm) use (&$notePage) {
        $node = $frame->get_node();
        if ($node->nodeName === 'sup' && $node->getAttribute('class') === 'fn') {
            $id = $node->getAttribute('id');
            if (!isset($notePage[$id])) {
                $notePage[$id] = $canvas->get_page_number();
            }
        }
    }],
    ['event' => 'end_document', 'f' => function ($page, $count, $canvas, $fm) use (&$notePage, $cfg) {
        $w = $canvas->get_width();
        $h = $canvas->get_height();
        foreach (['header', 'footer'] as $k) {
            if (!isset($cfg[$k])) {
                continue;
            }
            foreach ($cfg[$k] as $item) {
                if ($page < ($item['from'] ?? 1) || (($item['notlast'] ?? false) && $page === $count)) {
                    continue;
                }
                $font = $fm->getFont($item['font'], $item['weight'] ?? 'normal');
                $text = str_replace(['{PAGE_NUM}', '{PAGE_COUNT}'], [$page, $count], $item['text']);
                $x = $item['x'];
                if (($item['align'] ?? 'left') === 'right') {
                    $x = $w - $item['x'] - $fm->getTextWidth($text, $font, $item['size']);
                } elseif (($item['align'] ?? 'left') === 'center') {
                    $x = ($w - $fm->getTextWidth($text, $font, $item['size'])) / 2;
                }
                $y = $item['y'] >= 0 ? $item['y'] : $h + $item['y'];
                $canvas->text($x, $y, $text, $font, $item['size'], $item['color'] ?? [0.25, 0.25, 0.25]);
                if (isset($item['rule'])) {
                    $ry = $y + $item['rule'];
                    $canvas->line($item['x'], $ry, $w - $item['x'], $ry, [0.5, 0.5, 0.5], 0.5);
                }
            }
        }
        if (!isset($cfg['notes'])) {
            return;
        }
        $nc = $cfg['notecfg'];
        $font = $fm->getFont($nc['font'], 'normal');
        $size = $nc['size'];
        $lead = $size * 1.3;
        $lines = [];
        foreach ($cfg['notes'] as $id => $text) {
            if (($notePage[$id] ?? 0) !== $page) {
                continue;
            }
            $num = substr($id, 2);
            $words = explode(' ', $text);
            $line = '';
            $first = true;
            foreach ($words as $word) {
                $try = $line === '' ? $word : $line . ' ' . $word;
                if ($line !== '' && $fm->getTextWidth($try, $font, $size) > $nc['width'] - 10) {
                    $lines[] = [$first ? $num : '', $line];
                    $first = false;
                    $line = $word;
                } else {
                    $line = $try;
                }
            }
            $lines[] = [$first ? $num : '', $line];
        }
        if (!$lines) {
            return;
        }
        $y = $h - $nc['bottom'] - count($lines) * $lead;
        $canvas->line($nc['x'], $y - 4, $nc['x'] + 120, $y - 4, [0.3, 0.3, 0.3], 0.5);
        foreach ($lines as [$num, $line]) {
            if ($num !== '') {
                $canvas->text($nc['x'], $y - 1.5, $num, $font, $size * 0.7, [0, 0, 0]);
            }
            $canvas->text($nc['x'] + 10, $y, $line, $font, $size, [0, 0, 0]);
            $y += $lead;
        }
    }],
]);
$d->loadHtml(file_get_contents($in));
$d->setPaper($cfg['paper'], $cfg['orientation']);
$d->render();
foreach ($cfg['info'] as $k => $v) {
    $d->addInfo($k, $v);
}
$d->addInfo('CreationDate', $cfg['date']);
$d->addInfo('ModDate', $cfg['date']);
$d->getCanvas()->get_cpdf()->fileIdentifier = $cfg['fileid'];
file_put_contents($out, $d->output());
