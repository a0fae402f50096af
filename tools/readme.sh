#!/usr/bin/env bash
# README.md is nbs/index.ipynb rendered as markdown (quarto, which nbdev-readme needs, does not install everywhere):
# its prose and outputs (code cells show their results only; `#| hide` cells not at all).
#   tools/readme.sh            re-render README.md from the notebook as saved
#   tools/readme.sh --execute  run the notebook first (saving its outputs), then render
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--execute" ]; then
  jupyter nbconvert --to notebook --execute --inplace nbs/index.ipynb --log-level WARN
fi
rm -rf README_files                     # the figures are extracted anew from the notebook's outputs
jupyter nbconvert --to markdown nbs/index.ipynb --output-dir . --output README \
  --no-input --RegexRemovePreprocessor.patterns='["^#\| hide"]' --log-level WARN
# drop the <style> blocks of HTML outputs (progress bars, DataFrames): GitHub shows them as text; absolute figure links
python3 - <<'PY'
import re, pathlib
p = pathlib.Path('README.md')
md = re.sub(r'<style[^>]*>.*?</style>\n*', '', p.read_text(), flags=re.S)
# absolute figure links, so that they show on the package index's page too (it has no README_files/)
md = md.replace('](README_files/', '](https://raw.githubusercontent.com/fastai-fixres/fastai_fixres/main/README_files/')
p.write_text(md)
PY
