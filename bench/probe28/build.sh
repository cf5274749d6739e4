#!/bin/sh
# Rebuild probe28 from scratch: pdf/rNN_*.pdf (@react-pdf/renderer 4.9.0, npm:
# gen_reactpdf.py + render_reactpdf.mjs), pdf/cNN_*.pdf (coherentpdf 2.5.5, npm, cpdf/camlpdf
# in JavaScript: gen_cpdf.py + layout.py + render_cpdf.js) and pdf/oNN_*.pdf (Ruby Origami
# 2.1.0, Debian: gen_origami.py + layout.py + render_origami.rb), plus every NAME.gold.json
# and NAME.furniture.json, which the generators write from common.py's blocks; then
# check.py and overlap_check.py.
# Needs (Debian 12):
#   apt-get install -y --no-install-recommends ruby-origami=2.1.0-1~exp2 nodejs \
#     fonts-urw-base35 poppler-utils
#   mkdir -p /tmp/p28npm && cd /tmp/p28npm && npm init -y && \
#     npm install @react-pdf/renderer@4.9.0 coherentpdf@2.5.5 react@19.3.1
# Versions used: Debian 12.11, Python 3.11.7, Node 20.20.2 (nodejs 20.20.2-1nodesource1),
# npm 9.2.0; @react-pdf/renderer 4.9.0 (with @react-pdf/layout 5.2.0, @react-pdf/render
# 4.7.0, @react-pdf/textkit 7.0.1, pdfkit 0.20.1), react 19.3.1, coherentpdf 2.5.5;
# ruby3.1 3.1.2 (3.1.7+really3.1.2-0+deb12u1), ruby-origami 2.1.0-1~exp2;
# fonts-urw-base35 20200910-7 (AFM metrics for layout.py); poppler-utils 22.12.0-2+deb12u3.
# R_NPM overrides the npm folder (default /tmp/p28npm).
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
R_NPM=${R_NPM:-/tmp/p28npm}
export R_NPM NODE_PATH="$R_NPM/node_modules"
mkdir -p pdf
rm -f pdf/*.pdf ./*.gold.json ./*.furniture.json
python3 gen_reactpdf.py
python3 gen_cpdf.py
python3 gen_origami.py
python3 check.py
python3 overlap_check.py
