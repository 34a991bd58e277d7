#!/usr/bin/env bash
# Opens what childplan writes for Word and Excel in a real office suite: the full report as .docx and .xlsx and
# a return form as .xlsx, over the shipped Data/, each converted to PDF by LibreOffice (a file it cannot open
# fails the script) and its first pages drawn as PNG for a person to look at; the Word report's pages listed as
# portrait (P) or landscape (L). With pandoc installed, the markdown written for it (--pandoc) is turned into Word
# too, and the line breaks in its table cells counted.
#
#   apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
#   scripts/office-check.sh [OUT]          (default: /tmp/childplan-office-check)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/childplan-office-check}"
mkdir -p "$out"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui" >&2; exit 69; }
swift build -c release --product childplan >&2
bin=.build/release/childplan
$bin report --as-of 2026-11-22 -o "$out/bao-cao.docx" --letterhead docs/letterhead.example.json
$bin report --as-of 2026-11-22 -o "$out/bao-cao.xlsx"
$bin template --agency 'Sở Y tế — tỉnh Quảng Ngãi' --period 2026 --as-of 2026-11-22 -o "$out/mau-bao-cao.xlsx"
for file in bao-cao.docx bao-cao.xlsx mau-bao-cao.xlsx; do
  soffice --headless --convert-to pdf --outdir "$out" "$out/$file" >/dev/null 2>&1
  [ -s "$out/${file%.*}.pdf" ] || { echo "LibreOffice could not convert $file" >&2; exit 1; }
  pdf="$out/${file%.*}-${file##*.}.pdf"
  mv "$out/${file%.*}.pdf" "$pdf"
  pdftoppm -png -r 80 -f 1 -l 3 "$pdf" "$out/${file%.*}-${file##*.}"
  echo "$file: $(pdfinfo "$pdf" | awk '/^Pages/ {print $2}') pages; PNGs in $out"
done
pdfinfo -f 1 -l 999 "$out/bao-cao-docx.pdf" | awk '/^Page +[0-9]+ size/ {printf "%s", ($4 > $6 ? "L" : "P")} END {print ""}' \
  | sed 's/^/bao-cao.docx pages: /'
if command -v pandoc >/dev/null; then
  $bin report agency 'Sở Y tế — tỉnh Quảng Ngãi' --as-of 2026-11-22 --pandoc -o "$out/bao-cao-pandoc.md"
  pandoc "$out/bao-cao-pandoc.md" -o "$out/bao-cao-pandoc.docx"
  echo "bao-cao-pandoc.docx: $(unzip -p "$out/bao-cao-pandoc.docx" word/document.xml | grep -o '<w:br */>' | wc -l) line breaks in table cells"
fi
