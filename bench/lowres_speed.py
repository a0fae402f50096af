"""The cheaper-training recipe's cost (nbs/07_study.ipynb, the paper's second claim): training at the lower resolution plus
the FixRes fine-tune, against training at the target resolution, timed back to back in one run, under one load.

    python bench/lowres_speed.py                                  # fashion_4x4 (32 px) against fashion_4x4_train40 (40 px)

Each setting's model is built and trained exactly as `bench/accuracy.py` trains it (seed 0, the setting's epochs); the
settings alternate, `--repeats` times (with 1, the low setting runs first and carries any warm-up, so its ratio is, if
anything, too high). Prints a table, seconds per run and per epoch, and the recipe's ratios; writes the rows to `--out`.
"""
import argparse, time
import pandas as pd
from fastai_fixres.research.study import SETTINGS, study_learner, study_train

p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument('--low', default='fashion_4x4', choices=list(SETTINGS))
p.add_argument('--full', default='fashion_4x4_train40', choices=list(SETTINGS))
p.add_argument('--epochs', type=int, help="training epochs (default: the settings')")
p.add_argument('--repeats', type=int, default=1)
p.add_argument('--out', default='bench/results/lowres_speed.csv', help='the timed rows (committed: README quotes them)')
a = p.parse_args()

rows = []
for r in range(a.repeats):
    for s in ([a.low, a.full] if r % 2 == 0 else [a.full, a.low]):     # alternate the order: drifts in load hit both
        learn,_,cfg = study_learner(s, 0)
        secs = study_train(learn, cfg, a.epochs)
        row = dict(setting=s, repeat=r, train_res=cfg['size'], epochs=a.epochs or cfg['epochs'], train_s=secs)
        if s == a.low:                                                  # the recipe's second step: FixRes at the target
            T = learn.fixres_test_res()
            t = time.perf_counter()
            with learn.no_bar(), learn.no_logging(): learn.fixres_finetune(T, epochs=3, lr=1e-3, report=False)
            row.update(fixres_res=T, fixres_s=time.perf_counter() - t)
        rows.append(row); print(row, flush=True)
d = pd.DataFrame(rows)
d.to_csv(a.out, index=False)
m = d.groupby('setting').mean(numeric_only=True)
lo,fu = m.loc[a.low],m.loc[a.full]
print(d.assign(epoch_s=d.train_s / d.epochs).round(1).to_string(index=False))
print(f"\nper-epoch ratio, training at {lo.train_res:.0f} vs {fu.train_res:.0f} px: {(lo.train_s / lo.epochs) / (fu.train_s / fu.epochs):.2f} "
      f"(pixels: {(lo.train_res / fu.train_res) ** 2:.2f})")
print(f"recipe (train at {lo.train_res:.0f} + FixRes at {lo.fixres_res:.0f}) vs training at {fu.train_res:.0f}: "
      f"{(lo.train_s + lo.fixres_s) / fu.train_s:.2f} of the time ({lo.train_s + lo.fixres_s:.0f} s vs {fu.train_s:.0f} s)")
