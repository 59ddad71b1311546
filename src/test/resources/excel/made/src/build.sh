#!/bin/sh
# Regenerates ../*.xlsx from the .fods sources (needs python3 and LibreOffice; the tests need neither).
set -e
cd "$(dirname "$0")"
python3 make.py
soffice -env:UserInstallation=file:///tmp/lo-profile-kohyo-fixtures --headless --convert-to xlsx --outdir .. *.fods
# the corpus's seed sheet in the old binary format (.xls)
soffice -env:UserInstallation=file:///tmp/lo-profile-kohyo-fixtures --headless --convert-to xls --outdir /tmp ../../corpus/01-seed-as-published.xlsx
mv /tmp/01-seed-as-published.xls ../25-seed-as-published.xls
