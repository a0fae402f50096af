#!/usr/bin/env bash
# README.md is nbs/index.ipynb rendered as markdown (quarto, which nbdev-readme needs, does not install everywhere).
#   tools/readme.sh            re-render README.md from the notebook as saved
#   tools/readme.sh --execute  run the notebook first (saving its outputs), then render
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--execute" ]; then
  jupyter nbconvert --to notebook --execute --inplace nbs/index.ipynb --log-level WARN
fi
jupyter nbconvert --to markdown nbs/index.ipynb --output-dir . --output README \
  --RegexRemovePreprocessor.patterns='["^#\| hide"]' --log-level WARN
# drop the <style> blocks of HTML outputs (progress bars, DataFrames): GitHub shows them as text
python3 - <<'PY'
import re, pathlib
p = pathlib.Path('README.md')
p.write_text(re.sub(r'<style[^>]*>.*?</style>\n*', '', p.read_text(), flags=re.S))
PY
