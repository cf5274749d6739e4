#!/bin/sh
# Rebuild probe13: pdf/eNN_*.pdf (XeLaTeX: gen_xetex.py writes tex/eNN_*.tex and runs `xelatex`
# three times; xdvipdfmx writes the PDF), pdf/jNN_*.pdf (TCPDF 6.6.2 under PHP 8.2: gen_tcpdf.py
# writes php/jNN_*.php scripts plus php/probe13_tcpdf.php and runs them with `php`) and
# pdf/rNN_*.pdf (Prawn 2.4.0 under Ruby 3.1: gen_prawn.py writes ruby/rNN_*.rb scripts plus
# ruby/probe13_prawn.rb and runs them with `ruby`), plus every *.gold.json, which the generators
# write from the same strings they put in the documents; then check.py verifies that every PDF
# opens, prints the notice on page 1 and contains every gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends texlive-xetex texlive-latex-recommended \
#       texlive-latex-extra texlive-fonts-recommended texlive-lang-english \
#       php-cli php-mbstring php-tcpdf ruby ruby-prawn ruby-prawn-table poppler-utils \
#       fonts-crosextra-carlito fonts-liberation2 fonts-dejavu-core fonts-texgyre
#   texlive-xetex, texlive-latex-recommended, texlive-fonts-recommended 2022.20230122-3,
#   texlive-latex-extra 2022.20230122-4, texlive-lang-english 2022.20230122-1,
#   texlive-binaries 2022.20220321.62855-5.1+deb12u2 (XeTeX 3.141592653-2.6-0.999994,
#   xdvipdfmx 20211117); php-tcpdf 6.6.2+dfsg1-1+deb12u1 with php8.2-cli 8.2.36-1~deb12u1;
#   ruby-prawn 2.4.0+dfsg-1~, ruby-prawn-table 0.2.2-1.1, ruby-ttfunk 1.7.0-1, ruby-pdf-core
#   0.9.0-1 with ruby3.1 3.1.7+really3.1.2-0+deb12u1; poppler-utils 22.12.0-2+deb12u3,
#   fonts-crosextra-carlito 20220224-1, fonts-liberation2 2.1.5-1, fonts-dejavu-core 2.37-6,
#   fonts-texgyre 20180621-6.
#   Python venv for check.py: /usr/bin/python3 -m venv /tmp/probe13/venv &&
#     /tmp/probe13/venv/bin/pip install pypdf pdfplumber cryptography
#   (pypdf 7.1.1, pdfplumber 0.11.10, cryptography 50.0.2).  The generators need only the
#   standard library.  Scratch files (LaTeX work files, TCPDF font conversions) go to
#   $PROBE13_TMP (default /tmp/probe13/build).
# Usage: bench/probe13/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe13/venv/bin/python ]; then PY=/tmp/probe13/venv/bin/python; else PY=python3; fi
fi
PROBE13_TMP=${PROBE13_TMP:-/tmp/probe13/build}; export PROBE13_TMP
mkdir -p pdf tex php ruby "$PROBE13_TMP"
SOURCE_DATE_EPOCH=1767225600; export SOURCE_DATE_EPOCH
python3 gen_xetex.py
python3 gen_tcpdf.py
python3 gen_prawn.py
"$PY" check.py
