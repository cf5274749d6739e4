#!/usr/bin/perl
# Render one probe23 document with the Perl module PDF::Create (Debian libpdf-create-perl 1.46).
# Usage: perl pdfcreate_render.pl SPEC.json
# The spec (written by gen_pdfcreate.py) lists drawing operations.  PDF::Create's block_text()
# breaks and justifies every paragraph and starts a new page by itself when a paragraph runs
# past the foot of the page; this script places the blocks, and computes (with the module's own
# string_width and the same greedy rule as block_text) where a paragraph will end, so that it
# can place footnote calls, boxes and the next block.  Running headers, footers and page numbers
# are drawn after the body, when the page count is known (PDF::Create then opens a second
# content stream for each page).  Text is handed over as Windows-1252 bytes: the fonts are the
# standard Type 1 fonts with /WinAnsiEncoding, and the Symbol font with /Encoding /Symbol.
use strict;
use warnings;
use Encode qw(encode);
use JSON::PP;
use PDF::Create;

my $spec = do {
    local $/;
    open my $fh, '<:raw', $ARGV[0] or die "cannot read $ARGV[0]: $!";
    JSON::PP->new->utf8->decode(<$fh>);
};

sub b { encode('cp1252', $_[0], Encode::FB_CROAK) }

my $pdf = PDF::Create->new(
    'filename'     => $spec->{out},
    'Author'       => $spec->{author},
    'Title'        => $spec->{title},
    'Creator'      => $spec->{creator},
    'CreationDate' => [ gmtime($spec->{epoch}) ],
);
my $root = $pdf->new_page('MediaBox' => $pdf->get_page_size('A4'));
my ($PW, $PH) = (595, 842);
my ($L, $R, $TOP, $BOT) = @{ $spec->{margins} };    # left, right, top, bottom (from the edges)
my $W = $PW - $L - $R;
my $CONT_TOP = $spec->{cont_top};                    # first baseline on pages 2 onwards

my %font;
for my $name (sort keys %{ $spec->{fonts} }) {
    my $base = $spec->{fonts}{$name};
    $font{$name} = $base eq 'Symbol'
        ? $pdf->font('BaseFont' => 'Symbol', 'Encoding' => 'Symbol')
        : $pdf->font('BaseFont' => $base);
}

my $page = $root->new_page;
my @pages = ($page);
my $y = $PH - $TOP;          # baseline of the next line
my $reserve = 0;             # space kept for footnotes at the foot of this page
my @notes;                   # footnotes waiting to be printed at the foot of this page

sub rgb { my ($c) = @_; $page->setrgbcolor(map { $_ / 255 } @{ $c || [0, 0, 0] }) }
sub width { my ($f, $s, $size) = @_; $page->string_width($font{$f}, b($s)) * $size }
sub bottom { $BOT + $reserve }

sub flush_notes {
    return unless @notes;
    my $ny = $BOT + $reserve - 8;
    rgb([90, 90, 90]);
    $page->set_width(0.5);
    $page->line($L, $ny + 6, $L + 110, $ny + 6);
    for my $n (@notes) {
        my ($call, $text, $h) = @$n;
        $ny -= 9;
        $page->text(start => 1, F => $font{ $spec->{note_font} }, Tf => 5.5, Ts => 2.5,
            Td => "$L $ny", text => $call, end => 1);
        $page->string($font{ $spec->{note_font} }, 7.5, $L + 8, $ny, b($text));
    }
    rgb();
    @notes = ();
}

sub new_page {
    flush_notes();
    $page = $root->new_page;
    push @pages, $page;
    $y = $CONT_TOP;
    $reserve = 0;
}

# The lines block_text() will print for one paragraph (same rule, same measurements).
sub plan_lines {
    my ($text, $f, $size, $lw) = @_;
    my $one = width($f, ' ', $size);
    my @words = split / /, $text;
    my @lines;
    my $last = 0;
    while (@words) {
        my $n = 1;
        my $sw = 0;
        while (1) {
            $sw = width($f, join(' ', @words[0 .. $n - 1]), $size);
            if ($sw + $one < $lw && @words > $n) { $n++; next; }
            last if $n == 1;
            $last = @words == $n;
            if ($sw + $one > $lw || $last) {
                $n-- unless $last;
                $sw = width($f, join(' ', @words[0 .. $n - 1]), $size);
                last;
            }
        }
        push @lines, [ join(' ', @words[0 .. $n - 1]), $sw, $last ];
        splice @words, 0, $n;
    }
    return @lines;
}

# A paragraph through block_text(); returns nothing, moves $y (and $page) on.
sub para {
    my ($o, $x0, $w, $no_break) = @_;
    my $f = $o->{font};
    my $size = $o->{size};
    my $x = $x0 + ($o->{indent} || 0);
    my $lw = $w - ($o->{indent} || 0);
    my $psf = $o->{psf} || $spec->{psf};
    my $step = int($size * $psf);
    $y -= $o->{before} || 0;
    my @lines = plan_lines($o->{text}, $f, $size, $lw);
    my $keep = $o->{keep} || 0;
    new_page() if $y - $keep < bottom() + 2;
    if ($o->{notes}) {
        my $h = 8;
        $h += 9 for @{ $o->{notes} };
        $reserve += $h;
    }
    my $end_y = bottom() + $step;
    $end_y = -1000 if $no_break;
    my $start = $page;
    rgb($o->{color});
    $page->block_text({
        page => $page, font => $font{$f}, text => b($o->{text}), font_size => $size,
        text_color => [ map { $_ / 255 } @{ $o->{color} || [0, 0, 0] } ],
        line_width => $lw, x => $x, y => $y, start_y => $CONT_TOP, end_y => $end_y,
        para_space_factor => $psf,
    });
    # follow block_text() through the lines it printed
    my ($lx, $ly, $lastw, $broke) = ($x, $y, 0, 0);
    for my $i (0 .. $#lines) {
        ($ly, $lastw, $broke) = ($y, $lines[$i][1], 0);
        if ($y <= $end_y) {
            # block_text() has started a new page (even after a paragraph's last line)
            $y = $CONT_TOP;
            $broke = 1;
            my $np = $pdf->{'current_page'};
            my @mine = $o->{notes} ? @{ $o->{notes} } : ();
            if (@mine && $i < $#lines) {
                print STDERR "warning: footnote paragraph crosses a page\n";
            }
            $reserve -= 8 + 9 * @mine if @mine && $i < $#lines;
            flush_notes();
            $page = $np;
            push @pages, $page;
            $reserve = 0;
            $reserve = 8 + 9 * @mine if @mine && $i < $#lines;
        } else {
            $y -= $step;
            $y -= $step if $lines[$i][2];
        }
    }
    if ($o->{call}) {
        # the call goes on the page of the paragraph's last line
        my $cp = $broke ? $pages[-2] : $page;
        my $save = $page;
        $page = $cp;
        my $cx = $lx + $lastw + 0.8;
        rgb($o->{color});
        $page->text(start => 1, F => $font{$f}, Tf => int($size * 0.6 + 0.5),
            Ts => int($size * 0.35 + 0.5), Td => sprintf('%.2f %.2f', $cx, $ly),
            text => $o->{call}, end => 1);
        $page = $save;
        if ($broke) { print STDERR "warning: footnote call on the last line of a page\n"; }
        push @notes, [ $o->{call}, $_->[1] ] for @{ $o->{notes} };
    }
    rgb();
    $y = $broke ? $CONT_TOP : $ly - $step - ($o->{after} || 0);
}

sub label {
    my ($o, $x0, $w) = @_;
    my $size = $o->{size};
    $y -= $o->{before} || 0;
    new_page() if $y - ($o->{keep} || 0) < bottom() + 2;
    rgb($o->{color});
    my $al = $o->{align} || 'l';
    my $x = $al eq 'r' ? $x0 + $w : $al eq 'c' ? $x0 + $w / 2 : $x0 + ($o->{indent} || 0);
    $page->string($font{ $o->{font} }, $size, $x, $y, b($o->{text}), $al eq 'l' ? () : ($al));
    rgb();
    $y -= $o->{step} || int($size * 1.25);
    $y -= $o->{after} || 0;
}

sub para_height {
    my ($it, $w) = @_;
    my @lines = plan_lines($it->{text}, $it->{font}, $it->{size}, $w - ($it->{indent} || 0));
    my $step = int($it->{size} * ($it->{psf} || $spec->{psf}));
    return ($it->{before} || 0) + $step * (@lines - 1) + ($it->{after} || 0) + $it->{size};
}

sub box {
    my ($o) = @_;
    my $pad = $o->{pad};
    my $x0 = $L + ($o->{inset} || 0);
    my $bw = $W - 2 * ($o->{inset} || 0);
    my $iw = $bw - 2 * $pad;
    my $h = 2 * $pad;
    for my $it (@{ $o->{items} }) {
        $h += $it->{t} eq 'label' ? ($it->{before} || 0) + int($it->{size} * 1.25) + ($it->{after} || 0)
                                  : para_height($it, $iw);
    }
    $y -= $o->{before} || 0;
    new_page() if $y - $h < bottom();
    my $top = $y + $o->{size_hint};
    rgb($o->{fill});
    $page->rectangle($x0, $top - $h, $bw, $h);
    $page->fill;
    if ($o->{border}) {
        $page->setrgbcolorstroke(map { $_ / 255 } @{ $o->{border} });
        $page->set_width($o->{border_width} || 1);
        $page->rectangle($x0, $top - $h, $bw, $h);
        $page->stroke;
        $page->setrgbcolorstroke(0, 0, 0);
    }
    rgb();
    $y = $top - $pad - $o->{size_hint} * 1.2;
    for my $it (@{ $o->{items} }) {
        if ($it->{t} eq 'label') { label($it, $x0 + $pad, $iw); next; }
        if ($it->{sym}) {
            rgb($it->{sym}{color});
            $page->string($font{ $it->{sym}{font} }, $it->{sym}{size}, $x0 + $pad, $y - ($it->{before} || 0),
                b($it->{sym}{char}));
            rgb();
        }
        para($it, $x0 + $pad, $iw, 1);
    }
    $y = $top - $h - ($o->{after} || 0) - $o->{size_hint};
}

sub grid {
    my ($o) = @_;
    my $rh = $o->{row_h};
    my $n = 1 + @{ $o->{rows} };
    $y -= $o->{before} || 0;
    new_page() if $y - $n * $rh < bottom();
    my $top = $y + 4;
    my @x = ($L);
    push @x, $x[-1] + $_ for @{ $o->{widths} };
    my $r = 0;
    for my $row ($o->{header}, @{ $o->{rows} }) {
        my $ry = $top - $r * $rh;
        my $fill = $r == 0 ? $o->{hfill} : ($o->{fills}{ $row->[-1] } || undef);
        if ($fill) {
            rgb($fill);
            $page->rectangle($L, $ry - $rh, $x[-1] - $L, $rh);
            $page->fill;
        }
        for my $c (0 .. $#$row) {
            my $f = $r == 0 ? $o->{hfont} : $c == 0 ? $o->{font} : $o->{gfont};
            rgb($r == 0 ? $o->{hcolor} : undef);
            $page->string($font{$f}, $o->{size}, $x[$c] + 5, $ry - $rh + ($rh - $o->{size}) / 2 + 2,
                b($row->[$c]));
        }
        $r++;
    }
    rgb();
    $page->setrgbcolorstroke(map { $_ / 255 } @{ $o->{rule} });
    $page->set_width(0.6);
    for my $i (0 .. $n) { my $ry = $top - $i * $rh; $page->line($L, $ry, $x[-1], $ry); }
    $page->line($_, $top, $_, $top - $n * $rh) for @x;
    $page->setrgbcolorstroke(0, 0, 0);
    $y = $top - $n * $rh - ($o->{after} || 0) - $o->{size};
}

sub run_ops {
    for my $o (@_) {
        my $t = $o->{t};
        if ($t eq 'para') { para($o, $L, $W) }
        elsif ($t eq 'label') { label($o, $L, $W) }
        elsif ($t eq 'bullet' || $t eq 'num') {
            $y -= $o->{before} || 0;
            new_page() if $y - 20 < bottom();
            my $s = $o->{sym};
            rgb($s->{color});
            $page->string($font{ $s->{font} }, $s->{size}, $L + ($s->{x} || 0), $y, b($s->{char}));
            rgb();
            para({ %$o, before => 0 }, $L, $W);
        }
        elsif ($t eq 'box') { box($o) }
        elsif ($t eq 'grid') { grid($o) }
        elsif ($t eq 'rule') {
            $y -= $o->{before} || 0;
            $page->setrgbcolorstroke(map { $_ / 255 } @{ $o->{color} });
            $page->set_width($o->{width});
            $page->line($L + ($o->{x} || 0), $y, $L + ($o->{x2} || $W), $y);
            $page->setrgbcolorstroke(0, 0, 0);
            $y -= $o->{after} || 0;
        }
        elsif ($t eq 'rect') {
            rgb($o->{fill});
            $page->rectangle($o->{x}, $o->{y}, $o->{w}, $o->{h});
            $page->fill;
            rgb();
        }
        elsif ($t eq 'space') { $y -= $o->{h} }
        elsif ($t eq 'goto') { $y = $o->{y} }
        elsif ($t eq 'newpage') { new_page() }
        else { die "unknown op $t" }
    }
}

run_ops(@{ $spec->{ops} });
flush_notes();

# running header (pages 2 onwards) and footer with "Page N of M" on the body pages
my $total = @pages + ($spec->{back} ? 1 : 0);
my $hd = $spec->{header};
my $ft = $spec->{footer};
for my $i (0 .. $#pages) {
    $page = $pages[$i];
    if ($hd && $i > 0) {
        rgb($hd->{color});
        $page->string($font{ $hd->{font} }, $hd->{size}, $L, $PH - $hd->{y}, b($hd->{left}));
        $page->string($font{ $hd->{font} }, $hd->{size}, $L + $W, $PH - $hd->{y}, b($hd->{right}), 'r')
            if $hd->{right};
        if ($hd->{rule}) {
            $page->setrgbcolorstroke(map { $_ / 255 } @{ $hd->{rule} });
            $page->set_width(0.5);
            $page->line($L, $PH - $hd->{y} - 5, $L + $W, $PH - $hd->{y} - 5);
        }
    }
    if ($ft) {
        rgb($ft->{color});
        my $txt = $ft->{pattern} =~ /of/ ? sprintf($ft->{pattern}, $i + 1, $total)
                                         : sprintf($ft->{pattern}, $i + 1);
        $page->string($font{ $ft->{font} }, $ft->{size}, $L + $W / 2, $ft->{y}, b($txt), 'c');
        $page->string($font{ $ft->{font} }, $ft->{size}, $L, $ft->{y}, b($ft->{left})) if $ft->{left};
    }
}
rgb();

if ($spec->{back}) {
    $page = $root->new_page;
    $reserve = 0;
    $y = $PH - $TOP;
    run_ops(@{ $spec->{back} });
}
$pdf->close;
