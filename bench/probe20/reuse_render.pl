#!/usr/bin/perl
# probe20 producer p: prints a display list (written by gen_reuse.py as JSON) with PDF::Reuse
# 0.39, the way a Perl web application writes letters and reports: prFont/prFontSize and one
# prText call per text run (standard 14 fonts, WinAnsi, cp1252 bytes), word spacing and
# letter-spacing as raw Tw/Tc operators and fills and rules as raw path operators through
# prAdd, prPage between pages, a fixed /ID through prId.
#
# Usage: perl reuse_render.pl DOC.json
use strict;
use warnings;
use Encode qw(encode);
use JSON::PP;
use PDF::Reuse;

my $json = do { local $/; open my $fh, '<:raw', $ARGV[0] or die $!; <$fh> };
my $doc = JSON::PP->new->utf8->decode($json);

sub rgb {
    my ($hex) = @_;
    my @c = map { hex($_) / 255 } ($hex =~ /^#(..)(..)(..)$/);
    return sprintf('%.3f %.3f %.3f', @c);
}

prFile($doc->{out});
prIdType('rep');    # replicate the given /ID instead of an MD5 of the time
prId($doc->{id});
prCompress(1) if $doc->{compress};
my $first = 1;
for my $page (@{ $doc->{pages} }) {
    prPage() unless $first;
    $first = 0;
    my ($pw, $ph) = @{ $page->{size} };
    prMbox(0, 0, $pw, $ph);
    my ($font, $size, $fill) = ('', 0, '#000000');
    for my $op (@{ $page->{ops} }) {
        my $kind = $op->{op};
        if ($kind eq 'text') {
            if ($op->{font} ne $font) {
                prFont($doc->{fonts}{ $op->{font} });
                $font = $op->{font};
            }
            if ($op->{size} != $size) {
                prFontSize($op->{size});
                $size = $op->{size};
            }
            if ($op->{color} ne $fill) {
                prAdd(rgb($op->{color}) . ' rg');
                $fill = $op->{color};
            }
            prAdd(sprintf('%.3f Tc', $op->{tc})) if $op->{tc};
            prAdd(sprintf('%.3f Tw', $op->{ws})) if $op->{ws};
            prText(sprintf('%.2f', $op->{x}), sprintf('%.2f', $ph - $op->{y}),
                   encode('cp1252', $op->{s}));
            prAdd('0 Tw') if $op->{ws};
            prAdd('0 Tc') if $op->{tc};
        }
        elsif ($kind eq 'rect') {
            my $path = sprintf('%.2f %.2f %.2f %.2f re', $op->{x}, $ph - $op->{y} - $op->{h},
                               $op->{w}, $op->{h});
            my $paint = '';
            $paint .= rgb($op->{fill}) . ' rg ' if defined $op->{fill};
            $paint .= rgb($op->{stroke}) . ' RG ' . sprintf('%.2f w ', $op->{lw})
                if defined $op->{stroke};
            my $how = defined $op->{fill} ? (defined $op->{stroke} ? 'B' : 'f') : 'S';
            prAdd("q $paint$path $how Q");
        }
        elsif ($kind eq 'line') {
            prAdd(sprintf('q %s RG %.2f w %.2f %.2f m %.2f %.2f l S Q', rgb($op->{color}),
                          $op->{lw}, $op->{x1}, $ph - $op->{y1}, $op->{x2}, $ph - $op->{y2}));
        }
    }
}
prEnd();
