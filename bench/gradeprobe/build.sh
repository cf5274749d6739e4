#!/usr/bin/env bash
# Rebuild the gradeprobe documents: text, HTML, DOCX, gold JSON and PDFs.
# Usage: ./build.sh            (from any directory)
set -euo pipefail
cd "$(dirname "$0")"
PY=${PY:-/tmp/venv/bin/python}
LO_PROFILE="file:///tmp/gradeprobe_lo_profile"

"$PY" gen.py
mkdir -p pdf

# Chromium: print HTML to PDF
for n in d1_ofsted_ilacs_marlcombe d3_cqc_hollinsford_house d5_hmiprobation_wendham_pdu d7_ofsted_letter_harrowfield; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="pdf/$n.pdf" "$n.html" 2>/dev/null
done

# LibreOffice: .docx written by python-docx
for n in d2_ofsted_school_eastwold d4_hmip_brackenmoor d8_joint_jtai_kestrelford; do
  soffice -env:UserInstallation="$LO_PROFILE" --headless --convert-to pdf --outdir pdf "$n.docx" >/dev/null 2>&1
done

# LibreOffice: HTML opened in Writer
for n in d6_estyn_cwmderwen_primary; do
  soffice -env:UserInstallation="$LO_PROFILE" --headless --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir pdf "$n.html" >/dev/null 2>&1
done

"$PY" check.py
