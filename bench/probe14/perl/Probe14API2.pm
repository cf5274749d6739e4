# Shared by the probe14 PDF::API2 scripts (written by gen_api2.py): a small flow-layout engine on
# top of PDF::API2 2.044 (frames and columns, greedy line breaking at spaces and soft hyphens,
# justification with PDF::API2's word spacing (Tw), footnotes, boxes, ruled tables).
package Probe14API2;
use strict;
use warnings;
use utf8;
use PDF::API2;

our $MM = 72 / 25.4;
our ($W, $H) = (595.2756, 841.8898);
my $SHY = "\x{ad}";

sub new {
    my ($class, $title) = @_;
    my $pdf = PDF::API2->new();
    $pdf->title($title);
    $pdf->author('HMICFRS (synthetic)');
    $pdf->subject('Synthetic test document');
    $pdf->creator('probe14 gen_api2.py');
    $pdf->created('D:20260101000000Z');
    my $self = bless { pdf => $pdf, pages => [], gfx => [], txt => [], page => -1,
                       frames => [], template => [], notes => [], notes_by_page => {},
                       toc => [] }, $class;
    return $self;
}

sub pdf { $_[0]{pdf} }

sub new_page {
    my ($self) = @_;
    my $p = $self->{pdf}->page();
    $p->size('A4');
    push @{$self->{pages}}, $p;
    # graphics first, then text: every page's body has one graphics and one text stream
    push @{$self->{gfx}}, $p->gfx();
    push @{$self->{txt}}, $p->text();
    return $#{$self->{pages}};
}

sub gfx { $_[0]{gfx}[$_[1] // $_[0]{page}] }
sub txt { $_[0]{txt}[$_[1] // $_[0]{page}] }

sub flow_on {
    my ($self, $pg, @frames) = @_;
    $self->{page} = $pg;
    $self->{frames} = [@frames];
    $self->_next_frame_raw();
}

sub _next_frame_raw {
    my ($self) = @_;
    my $f = shift @{$self->{frames}};
    @{$self}{qw(x top bottom width)} = @$f;
    $self->{y} = $self->{top};
}

sub next_frame {
    my ($self) = @_;
    if (@{$self->{frames}}) {
        $self->_next_frame_raw();
    } else {
        my $pg = $self->new_page();
        $self->flow_on($pg, @{$self->{template}});
    }
}

sub need {
    my ($self, $h) = @_;
    $self->next_frame() if $self->{y} - $h < $self->{bottom} - 0.01;
}

sub space { $_[0]{y} -= $_[1] }

sub fn {
    my ($self, $text) = @_;
    my $n = { number => scalar(@{$self->{notes}}) + 1, text => $text };
    push @{$self->{notes}}, $n;
    return $n;
}

# --- measuring and breaking ------------------------------------------------------------------
sub clean { my $s = shift; $s =~ s/\x{ad}//g; $s =~ s/\x{a0}/ /g; return $s }

sub sw { my ($font, $size, $s) = @_; return $font->width(clean($s)) * $size }

# A style is a hash: font, size, leading, color, align (left|justify), after, before.
sub words {
    my ($self, $st, @parts) = @_;
    my @out;
    my $cur = [];
    for my $p (@parts) {
        if (ref $p) {
            push @$cur, { text => $p->{number}, font => $st->{font}, size => $st->{size} * 0.62,
                          rise => $st->{size} * 0.38, note => $p };
            next;
        }
        my @bits = split / /, $p, -1;
        for my $i (0 .. $#bits) {
            if ($i > 0) {
                push @out, $cur if @$cur;
                $cur = [];
            }
            push @$cur, { text => $bits[$i], font => $st->{font}, size => $st->{size}, rise => 0 }
                if length $bits[$i];
        }
    }
    push @out, $cur if @$cur;
    return map { { pieces => $_, hyphen => 0 } } @out;
}

sub word_width {
    my ($w) = @_;
    my $t = 0;
    $t += sw($_->{font}, $_->{size}, $_->{text}) for @{$w->{pieces}};
    if ($w->{hyphen}) {
        my $l = $w->{pieces}[-1];
        $t += sw($l->{font}, $l->{size}, '-');
    }
    return $t;
}

sub lines {
    my ($self, $st, $width, @parts) = @_;
    my @todo = $self->words($st, @parts);
    my (@out, $cur, $cw);
    $cur = [];
    $cw = 0;
    my $space = sw($st->{font}, $st->{size}, ' ');
    while (@todo) {
        my $wd = shift @todo;
        my $need = (@$cur ? $cw + $space : 0) + word_width($wd);
        if ($need <= $width) {
            push @$cur, $wd;
            $cw = $need;
            next;
        }
        my $split = 0;
        my $ps = $wd->{pieces};
        if (@$ps == 1 && index($ps->[0]{text}, $SHY) >= 0) {
            my $t = $ps->[0]{text};
            my $k = rindex($t, $SHY);
            while ($k > 0) {
                my $head = { pieces => [{ %{$ps->[0]}, text => substr($t, 0, $k) }], hyphen => 1 };
                my $hn = (@$cur ? $cw + $space : 0) + word_width($head);
                if ($hn <= $width) {
                    push @$cur, $head;
                    push @out, { words => $cur };
                    $cur = [];
                    $cw = 0;
                    unshift @todo, { pieces => [{ %{$ps->[0]}, text => substr($t, $k + 1) }],
                                     hyphen => 0 };
                    $split = 1;
                    last;
                }
                $k = rindex($t, $SHY, $k - 1);
            }
        }
        unless ($split) {
            push @out, { words => $cur } if @$cur;
            $cur = [$wd];
            $cw = word_width($wd);
        }
    }
    push @out, { words => $cur } if @$cur;
    $out[-1]{last} = 1 if @out;
    return @out;
}

# --- drawing --------------------------------------------------------------------------------
sub draw_line {
    my ($self, $t, $ln, $st, $lx, $base, $width) = @_;
    my $space = sw($st->{font}, $st->{size}, ' ');
    my @ws = @{$ln->{words}};
    my $nat = 0;
    for my $i (0 .. $#ws) { $nat += word_width($ws[$i]) + ($i ? $space : 0) }
    my $gaps = $#ws;
    my $extra = ($st->{align} eq 'justify' && !$ln->{last} && $gaps > 0) ? ($width - $nat) / $gaps : 0;
    $t->fill_color($st->{color} // 'black');
    $t->translate($lx, $base);
    $self->{cur_font} = undef;
    # PDF::API2's own justification: word spacing (Tw) for the whole line
    $t->word_spacing($extra);
    for my $i (0 .. $#ws) {
        my @ps = map { { %$_, text => clean($_->{text}) } } @{$ws[$i]{pieces}};
        $ps[-1]{text} .= '-' if $ws[$i]{hyphen};
        $ps[0]{text} = ' ' . $ps[0]{text} if $i;
        for my $p (@ps) {
            if (!$self->{cur_font} || $self->{cur_font} != $p->{font} || $self->{cur_size} != $p->{size}) {
                $t->font($p->{font}, $p->{size});
                @{$self}{qw(cur_font cur_size)} = ($p->{font}, $p->{size});
            }
            $t->rise($p->{rise}) if $p->{rise};
            $t->text($p->{text});
            $t->rise(0) if $p->{rise};
            if ($p->{note}) {
                push @{$self->{notes_by_page}{$self->{page}}}, $p->{note};
            }
        }
    }
    $t->word_spacing(0);
}

sub ascent { my $st = shift; return $st->{size} * 0.78 + ($st->{leading} - $st->{size}) / 2 }

sub flow_lines {
    my ($self, $st, $ind, $width, @lines) = @_;
    my $first;
    for my $ln (@lines) {
        $self->need($st->{leading});
        my $base = $self->{y} - ascent($st);
        $self->draw_line($self->txt, $ln, $st, $self->{x} + $ind, $base, $width);
        $first //= $base;
        $self->{y} -= $st->{leading};
    }
    return $first;
}

sub para {
    my ($self, $st, @parts) = @_;
    $self->{y} -= ($st->{before} // 0) if $self->{y} < $self->{top};
    $self->flow_lines($st, 0, $self->{width}, $self->lines($st, $self->{width}, @parts));
    $self->{y} -= $st->{after} // 6;
}

sub numbered {
    my ($self, $st, $n, $ind, @parts) = @_;
    $self->{y} -= ($st->{before} // 0) if $self->{y} < $self->{top};
    $self->need($st->{leading} * 2);
    my @ls = $self->lines($st, $self->{width} - $ind, @parts);
    my $t = $self->txt;
    $t->font($st->{font}, $st->{size});
    $t->fill_color($st->{color} // 'black');
    $t->translate($self->{x}, $self->{y} - ascent($st));
    $t->text("$n.");
    $self->flow_lines($st, $ind, $self->{width} - $ind, @ls);
    $self->{y} -= $st->{after} // 6;
}

# bullet: $sym is [font, char] (a text bullet) or 'circle' (a drawn open circle)
sub bullet {
    my ($self, $st, $level, $sym, @parts) = @_;
    my $ind = 16 + ($level - 1) * 16;
    $self->need($st->{leading});
    my @ls = $self->lines($st, $self->{width} - $ind, @parts);
    my $base = $self->{y} - ascent($st);
    my $bx = $self->{x} + $ind - 12;
    if (ref $sym) {
        my $t = $self->txt;
        $t->font($sym->[0], $st->{size} * 0.8);
        $t->fill_color($st->{color} // 'black');
        $t->translate($bx, $base);
        $t->text($sym->[1]);
    } else {
        my $g = $self->gfx;
        $g->line_width(0.6);
        $g->stroke_color($st->{color} // 'black');
        $g->circle($bx + 2.2, $base + $st->{size} * 0.33, 2.2);
        $g->stroke();
    }
    $self->flow_lines($st, $ind, $self->{width} - $ind, @ls);
    $self->{y} -= 2;
}

sub heading {
    my ($self, $text, $font, $size, $color, $before, $after, $keep, $toc) = @_;
    $self->{y} -= $before if $self->{y} < $self->{top};
    my $hs = { font => $font, size => $size, leading => $size * 1.3, color => $color,
               align => 'left' };
    my @ls = $self->lines($hs, $self->{width}, $text);
    $self->next_frame() if $self->{y} - @ls * $hs->{leading} - $keep < $self->{bottom};
    push @{$self->{toc}}, [$text, $self->{page} + 1] if $toc;
    $self->flow_lines($hs, 0, $self->{width}, @ls);
    $self->{y} -= $after;
}

# a titled box, the title inside; the shading goes in the page's graphics stream (before all
# of the page's text)
sub box {
    my ($self, $title, $tfont, $rule, $fill, $st, @parts) = @_;
    my $pad = 9;
    my $w = $self->{width} - 2 * $pad - 4;
    my @ls = $self->lines($st, $w, @parts);
    my $th = $st->{size} * 1.6;
    my $h = 2 * $pad + $th + @ls * $st->{leading};
    $self->{y} -= 6;
    $self->need($h);
    my $yt = $self->{y};
    my $g = $self->gfx;
    $g->fill_color($fill);
    $g->rectangle($self->{x}, $yt - $h, $self->{x} + $self->{width}, $yt);
    $g->fill();
    $g->line_width(0.8);
    $g->stroke_color($rule);
    $g->rectangle($self->{x}, $yt - $h, $self->{x} + $self->{width}, $yt);
    $g->stroke();
    my $t = $self->txt;
    $t->font($tfont, $st->{size} + 1);
    $t->fill_color($rule);
    $t->translate($self->{x} + $pad + 4, $yt - $pad - $st->{size});
    $t->text($title);
    my $ly = $yt - $pad - $th;
    for my $ln (@ls) {
        $self->draw_line($t, $ln, $st, $self->{x} + $pad + 4, $ly - ascent($st), $w);
        $ly -= $st->{leading};
    }
    $self->{y} = $yt - $h - 10;
}

# a table with ruled lines; each cell is an array ref of parts; header row in $hs on fill $hf
sub table {
    my ($self, $cw, $hs, $hf, $cs, $bw, @rows) = @_;
    my $pad = 4;
    $self->{y} -= 4;
    my $tw = 0;
    $tw += $_ for @$cw;
    for my $r (0 .. $#rows) {
        my $st = { %{$r ? $cs : $hs}, align => 'left' };
        my @cells;
        my $max = 1;
        for my $c (0 .. $#$cw) {
            my @ls = $self->lines($st, $cw->[$c] - 2 * $pad, @{$rows[$r][$c]});
            push @cells, \@ls;
            $max = @ls if @ls > $max;
        }
        my $rh = $max * $st->{leading} + 2 * $pad;
        $self->need($rh);
        my $g = $self->gfx;
        my $y = $self->{y};
        if (!$r && $hf) {
            $g->fill_color($hf);
            $g->rectangle($self->{x}, $y - $rh, $self->{x} + $tw, $y);
            $g->fill();
        }
        my $cx = $self->{x};
        for my $c (0 .. $#$cw) {
            my $ly = $y - $pad;
            for my $ln (@{$cells[$c]}) {
                $self->draw_line($self->txt, $ln, $st, $cx + $pad, $ly - ascent($st),
                                 $cw->[$c] - 2 * $pad);
                $ly -= $st->{leading};
            }
            $cx += $cw->[$c];
        }
        $g->line_width($bw);
        $g->stroke_color('black');
        $g->rectangle($self->{x}, $y - $rh, $self->{x} + $tw, $y);
        $cx = $self->{x};
        for my $c (0 .. $#$cw - 1) {
            $cx += $cw->[$c];
            $g->move($cx, $y);
            $g->line($cx, $y - $rh);
        }
        $g->stroke();
        $self->{y} -= $rh;
    }
    $self->{y} -= 8;
}

# --- after the body: new text streams appended to the pages -----------------------------------
sub post_text { my ($self, $pg) = @_; return $self->{pages}[$pg]->text() }
sub post_gfx { my ($self, $pg) = @_; return $self->{pages}[$pg]->gfx() }

sub put {
    my ($t, $font, $size, $color, $x, $y, $s, %o) = @_;
    $t->font($font, $size);
    $t->fill_color($color);
    $t->translate($x, $y);
    $t->text($s, %o);
}

sub draw_notes {
    my ($self, $font, $size, $lx, $ytop, $width) = @_;
    for my $pg (sort { $a <=> $b } keys %{$self->{notes_by_page}}) {
        my $g = $self->post_gfx($pg);
        $g->line_width(0.5);
        $g->stroke_color('gray');
        $g->move($lx, $ytop + $size + 3);
        $g->line($lx + 40 * $MM, $ytop + $size + 3);
        $g->stroke();
        my $t = $self->post_text($pg);
        my $ns = { font => $font, size => $size, leading => $size * 1.25, align => 'left' };
        my $ly = $ytop;
        for my $n (@{$self->{notes_by_page}{$pg}}) {
            put($t, $font, $size * 0.8, 'black', $lx, $ly + $size * 0.3, $n->{number});
            for my $ln ($self->lines($ns, $width - 10, $n->{text})) {
                $self->draw_line($t, $ln, $ns, $lx + 10, $ly, $width - 10);
                $ly -= $ns->{leading};
            }
            $ly -= 2;
        }
    }
}

sub contents {
    my ($self, $pg, $font, $size, $lx, $rx, $ytop) = @_;
    my $t = $self->post_text($pg);
    my $dot = sw($font, $size, '.');
    my $ly = $ytop;
    for my $e (@{$self->{toc}}) {
        my ($s, $num) = @$e;
        my $tw = sw($font, $size, $s);
        my $nw = sw($font, $size, $num);
        put($t, $font, $size, 'black', $lx, $ly, $s);
        my $n = int(($rx - $nw - 6 - ($lx + $tw + 6)) / $dot);
        put($t, $font, $size, 'black', $rx - $nw - 6 - $n * $dot, $ly, '.' x $n);
        put($t, $font, $size, 'black', $rx, $ly, $num, align => 'right');
        $ly -= $size * 2;
    }
}

sub back_cover {
    my ($self, $pg, $font, $bar) = @_;
    my $t = $self->post_text($pg);
    my @ls = ("\x{a9} Crown copyright 2025 (synthetic test document).",
              'You may reuse this publication free of charge under version 3.0 of the Open Government',
              'Licence, unless a page says otherwise. The National Archives publishes the licence text.',
              'Material owned by third parties may be reused only with the permission of its owners.',
              'Copies of this document can be downloaded from the inspectorate website.',
              'Questions about this document can be sent to enquiries@inspectorate.example');
    my $ly = 300;
    for my $s (@ls) { put($t, $font, 9, 'black', 25 * $MM, $ly, $s); $ly -= 14 }
    my $g = $self->post_gfx($pg);
    $g->fill_color($bar);
    $g->rectangle(25 * $MM, $ly - 8, $W - 25 * $MM, $ly - 5);
    $g->fill();
}

sub save {
    my ($self, $path) = @_;
    $self->{pdf}->save($path);
}

1;
