#!/usr/bin/env bash
# Re-execute the notebooks and save their outputs, so the docs show what each call returns (CI's nbdev-test runs
# them again from scratch and saves nothing). Cells marked `#| slow` are skipped, as in nbdev-test.
#   tools/run_nbs.sh                        every notebook, one at a time, then README.md from the index
#   tools/run_nbs.sh nbs/04_finetune.ipynb  one (or a folder)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
nbdev-test "${1:-nbs}" --save --n-workers 1 --timing --cell-timing-min 30
python3 tools/tidy_outputs.py $(if [ -n "${1:-}" ]; then find "$1" -name '*.ipynb'; else find nbs -name '*.ipynb' -not -path '*/.*'; fi)
tools/readme.sh
echo "executed and saved in $(( $(date +%s) - start )) s"
