"""The seeded FixRes study on the real ELPV images (see nbs/07_study.ipynb).

    python bench/accuracy.py                        # both settings, seeds 0 1 2
    python bench/accuracy.py --settings scratch --seeds 0 1 2

Prints one row per seed, then mean ± std per method, and writes both as CSV next to --out.
"""
import argparse, time
from pathlib import Path
import pandas as pd
from fastai_fixres.data import elpv_images
from fastai_fixres.study import SETTINGS, study_run, study_summary

p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument('--settings', nargs='+', default=list(SETTINGS), choices=list(SETTINGS))
p.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2])
p.add_argument('--epochs', type=int, help="training epochs (default: the setting's)")
p.add_argument('--cache', action='store_true', help='fine-tune with the trunk cached (fixres_finetune(cache=True))')
p.add_argument('--out', default='bench/out/accuracy', help='CSV prefix')
a = p.parse_args()

path, runs, start = elpv_images(), [], time.perf_counter()
for s in a.settings:
    for seed in a.seeds:
        runs.append(study_run(s, seed, path, epochs=a.epochs, cache=a.cache))
        print(pd.DataFrame(runs[-1:]).to_string(index=False), flush=True)
runs = pd.DataFrame(runs)
summ = study_summary(runs)
Path(a.out).parent.mkdir(parents=True, exist_ok=True)
runs.to_csv(f'{a.out}_runs.csv', index=False); summ.to_csv(f'{a.out}_summary.csv', index=False)
print('\nper seed (accuracy):'); print(runs.to_string(index=False))
print('\nmean ± std over seeds (%):'); print(summ.to_string(index=False))
print(f'\ntotal {time.perf_counter() - start:.0f} s')
print('\nmean training seconds per setting:'); print(runs.groupby('setting', sort=False).train_seconds.mean().round().to_string())
