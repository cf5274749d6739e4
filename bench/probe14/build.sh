#!/bin/sh
# Rebuild probe14: pdf/bNN_*.pdf (borb 3.0.9 under Python: gen_borb.py calls borb directly),
# pdf/xNN_*.pdf (Apache PDFBox 2.0.27 under OpenJDK 17: gen_pdfbox.py writes java/XNN*.java,
# compiles them with the hand-written java/Probe14Box.java and runs them with `java`) and
# pdf/pNN_*.pdf (PDF::API2 2.044 under Perl 5.36: gen_api2.py writes perl/pNN_*.pl and runs them
# with `perl`; they use the hand-written perl/Probe14API2.pm), plus every *.gold.json, which the
# generators write from the same strings they put in the documents; then check.py verifies that
# every PDF opens, prints the notice on page 1 and contains every gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends libpdfbox2-java openjdk-17-jdk-headless \
#       libpdf-api2-perl poppler-utils texlive-lang-english \
#       fonts-crosextra-caladea fonts-crosextra-carlito fonts-liberation2
#   libpdfbox2-java 2.0.27-2 (with libfontbox2-java 2.0.27-2, libcommons-logging-java 1.2-3),
#   openjdk-17-jdk-headless 17.0.15+6-1~deb12u1; libpdf-api2-perl 2.044-1 (with
#   libfont-ttf-perl 1.06-2), perl 5.36.0-7+deb12u4; poppler-utils 22.12.0-2+deb12u3;
#   texlive-lang-english 2022.20230122-1 (hyph-en-gb.tex, for common.hyphenate);
#   fonts-crosextra-caladea 20200211-1, fonts-crosextra-carlito 20220224-1,
#   fonts-liberation2 2.1.5-1.
#   Python venv for gen_borb.py and check.py: /usr/bin/python3 -m venv /tmp/probe14/venv &&
#     /tmp/probe14/venv/bin/pip install borb==3.0.9 fonttools==4.68.0 pypdf pdfplumber cryptography
#   (borb 3.0.9, fonttools 4.68.0, pypdf 7.1.1, pdfplumber 0.11.10, cryptography 50.0.2; Python
#   3.11.2).  gen_pdfbox.py and gen_api2.py need only the standard library; gen_borb.py re-runs
#   itself under $BORB_PY (default /tmp/probe14/venv/bin/python) when the Python that started it
#   has no borb.  Scratch files (compiled Java classes) go to $PROBE14_TMP (default
#   /tmp/probe14/build).
# Usage: bench/probe14/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe14/venv/bin/python ]; then PY=/tmp/probe14/venv/bin/python; else PY=python3; fi
fi
BORB_PY=${BORB_PY:-$PY}; export BORB_PY
PROBE14_TMP=${PROBE14_TMP:-/tmp/probe14/build}; export PROBE14_TMP
mkdir -p pdf java perl "$PROBE14_TMP"
"$PY" gen_borb.py
python3 gen_pdfbox.py
python3 gen_api2.py
"$PY" check.py
