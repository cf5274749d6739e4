#!/bin/sh
# Rebuild probe24 from scratch: pdf/tNN_*.pdf (Halibut 1.3, `halibut --pdf`: gen_halibut.py),
# pdf/wNN_*.pdf (antiword 0.37, `antiword -a a4`, from Word 97 files that LibreOffice Writer
# saves from the RTF gen_antiword.py writes) and pdf/gNN_*.pdf (genpdf, Rust, through PyPI
# pygenpdf / pygenpdf_json 0.1.18: gen_genpdf.py), plus every *.gold.json, which the
# generators write from the same strings they put in the documents; then check.py verifies
# that every PDF opens, prints the notice on page 1 and contains every gold sentence, and
# overlap_check.py counts gold sentences sharing a six-word run with /work/shared/seeds.
# common.py is shared.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends halibut antiword=0.37-16 \
#     libreoffice-writer-nogui faketime fonts-liberation fonts-crosextra-caladea \
#     poppler-utils python3-venv
#   (halibut 1.3-2, antiword 0.37-16, libreoffice-writer-nogui 4:7.4.7-1+deb12u14,
#   faketime 0.9.10-2.1, fonts-liberation 1:1.07.4-11, fonts-crosextra-caladea 20200211-1,
#   poppler-utils 22.12.0-2+deb12u3.)  antiword must be 0.37-16, not the security update
#   0.37-16+deb12u1, which refuses these files in PDF mode ("More font entries than
#   expected"); `apt-get install --allow-downgrades antiword=0.37-16` if the update is there.
#   Python venv (outside the repo):
#     python3 -m venv /tmp/probe24_venv
#     /tmp/probe24_venv/bin/pip install pygenpdf==0.1.18 pygenpdf_json==0.1.18 pypdf pdfplumber
# Scratch files (Halibut sources, RTF and .doc files, the LibreOffice profile) go to
# $PROBE24_WORK (default /tmp/probe24_work); `PY` overrides the Python.
# Usage: bench/probe24/build.sh
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe24_venv/bin/python ]; then PY=/tmp/probe24_venv/bin/python; else PY=python3; fi
fi
PROBE24_WORK="${PROBE24_WORK:-/tmp/probe24_work}"
export PROBE24_WORK
v=$(dpkg-query -W -f='${Version}' antiword 2>/dev/null || true)
case "$v" in
  *deb12u*) echo "antiword $v refuses these files in PDF mode; install antiword=0.37-16" >&2; exit 1;;
esac
mkdir -p pdf
rm -rf "$PROBE24_WORK"
mkdir -p "$PROBE24_WORK"
rm -f pdf/*.pdf ./*.gold.json
"$PY" gen_halibut.py
"$PY" gen_antiword.py
"$PY" gen_genpdf.py
"$PY" check.py
"$PY" overlap_check.py
