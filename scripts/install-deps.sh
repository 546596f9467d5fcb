#!/usr/bin/env bash
# Installs the system packages councildoc needs, only when they are missing.
set -euo pipefail

missing=()
[ -f /usr/include/cmark-gfm.h ] || missing+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
# PDF (`build --pdf`) and Word (`build --docx`), the fonts the print stylesheet names, and
# the PDF tools the tests read PDFs with.
command -v weasyprint >/dev/null 2>&1 || missing+=(weasyprint)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
[ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}"
