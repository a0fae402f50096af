"""FixRes for fastai: test at a higher resolution than you trained at, and fine-tune there what reads the pooled features

Modules:

- `fastai_fixres.all`: The user's API: `from fastai_fixres.all import *` gives what FixRes on a fastai Learner needs."""

__version__ = "0.0.1"
