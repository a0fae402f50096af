"""The FixRes study (nbs/07_study.ipynb): controls, a held-out choice of the test resolution, 95 % intervals over seeds.

    python bench/accuracy.py --settings fashion_2x2 fashion_4x4 --seeds 0 1 2 3 4
    python bench/accuracy.py --settings elpv_mnv2 --seeds 0 1 2 3 4
    python bench/accuracy.py --settings elpv_mnv2_e12 elpv_lite0_e12 elpv_mnv2_e12_s35 elpv_lite0_e12_s35 elpv_scratch --seeds 0 1 2 3 4
    python bench/accuracy.py --settings fashion_4x4_train40 --seeds 0 1 2 3 4    # the cheaper-training recipe's control

Each finished run is appended to `--out`_runs.csv at once, and runs already there are skipped, so an interrupted
study resumes where it stopped. Prints the per-seed rows, then, over every row in `--out`_runs.csv, per setting the effects with their intervals, and
the cheaper-training recipe (fashion_4x4 against fashion_4x4_train40) when both have run.
"""
import argparse, time
from pathlib import Path
import pandas as pd
from fastai_fixres.research.study import SETTINGS, study_run, study_summary, lowres_summary

p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument('--settings', nargs='+', default=['fashion_2x2', 'fashion_4x4'], choices=list(SETTINGS))
p.add_argument('--seeds', nargs='+', type=int, default=[0, 1, 2, 3, 4])
p.add_argument('--epochs', type=int, help="training epochs (default: the setting's)")
p.add_argument('--out', default='bench/results/accuracy', help='CSV prefix (committed: a later run resumes from it)')
a = p.parse_args()

out = Path(f'{a.out}_runs.csv'); out.parent.mkdir(parents=True, exist_ok=True)
done = pd.read_csv(out) if out.exists() else pd.DataFrame(columns=['setting', 'seed'])
start = time.perf_counter()
for seed in a.seeds:                       # seeds outermost: an interrupted study has every setting at the same seeds
    for s in a.settings:
        if ((done.setting == s) & (done.seed == seed)).any(): continue
        row = pd.DataFrame([study_run(s, seed, epochs=a.epochs)])
        done = pd.concat([done, row], ignore_index=True)
        done.to_csv(out, index=False)               # rewritten whole: settings sweep different sizes, so columns differ
        cols = ['setting', 'seed', 'train_seconds', 'formula_res', 'sweep_res', 'none_train', 'finetune_train', 'finetune_formula', 'finetune_sweep']
        print(row.reindex(columns=cols).round(4).to_string(index=False), flush=True)
runs = pd.read_csv(out)
summ = study_summary(runs)
summ.to_csv(f'{a.out}_summary.csv', index=False)
pd.set_option('display.width', 250); pd.set_option('display.max_colwidth', 70)
print(f'\nthis call: {time.perf_counter() - start:.0f} s; mean training seconds per setting:')
print(runs.groupby('setting', sort=False).train_seconds.mean().round().to_string())
print('\neffects in accuracy points, 95 % interval over seeds:')
print(summ.to_string(index=False))
if {'fashion_4x4', 'fashion_4x4_train40'} <= set(runs.setting):
    print('\nthe cheaper-training recipe (accuracy at the target resolution, points; its time: bench/lowres_speed.py):')
    print(lowres_summary(runs).to_string(index=False))
