"""What a FixRes fine-tune costs, against full training and against inference, on real images.

    python bench/finetune_speed.py                                   # resnet18 + resnet50 at 128, 160 and 224 px
    python bench/finetune_speed.py --archs resnet18 --sizes 128 --n 160

For each architecture (random init: timing only) and resolution, over the same n training images at the same batch
size, one run measures:
  full      one training epoch, every layer learning, RandomResizedCrop (fastai `fit`, validation skipped)
  fixres    one FixRes epoch, uncached (`FixResCallback`, the test transform on the training images)
  default5  `learn.fixres_finetune(res, epochs=5, report=False)` with its defaults, from a Learner whose DataLoaders were
            built by `ImageDataLoaders.from_folder` (presizing): tracing, `resize_dls`, the cache fills (train and
            validation images) and five tail epochs, each validated at `res` with the Learner's metrics
  forward   one plain forward pass in eval mode over the same train and validation images, read through the same
            DataLoaders the fine-tune reads (`resize_dls` of the Learner's, test transform, in order): inference as a user
            runs it
  fill      the two cache fills alone (`TailCache` of the train and validation images): the traced trunk with its
            BatchNorms folded into the convolutions, so it can take less than `forward`; default5 - fill is what the
            fine-tune adds to them (tracing, five epochs of the Learner's fit on the cached tail)
  resize    `resize_dls(dls, res)` on those DataLoaders, against one validation pass at `res` (`validate`)
default5, forward and fill run `--repeats` times, interleaved, and each keeps its fastest run (the machine's noise only
ever adds time). Memory: peak resident memory above the level at the start of the stage (CPU; sampled every 5 ms), or peak CUDA
memory allocated (GPU). The targets: fixres/full <= 0.45, fixres memory/full memory <= 0.6, default5/forward <= 1.2,
resize/validate <= 0.01.
"""
import argparse, ctypes, gc, os, threading, time
from pathlib import Path
import pandas as pd, torch
from fastai.vision.all import *
from fastai_fixres.all import *
from fastai_fixres.research.fixtures import elpv_images
from fastai_fixres.cache import TailCache
from fastai_fixres.split import fixres_split
from fastai_fixres.cli import _md_table

p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument('--archs', nargs='+', default=['resnet18', 'resnet50'])
p.add_argument('--sizes', nargs='+', type=int, default=[128, 160, 224])
p.add_argument('--n', type=int, default=320, help='images (80%% train, the ones timed)')
p.add_argument('--bs', type=int, default=32)
p.add_argument('--repeats', type=int, default=5, help='runs of default5, forward and fill (the fastest kept)')
p.add_argument('--out', default='bench/out/finetune_speed.csv')
a = p.parse_args()

cuda = torch.cuda.is_available()
_libc = ctypes.CDLL('libc.so.6') if not cuda else None
def _rss(): return int(open('/proc/self/statm').read().split()[1]) * os.sysconf('SC_PAGE_SIZE')

def measure(f):
    "Seconds and peak extra memory (MB) of `f()`"
    gc.collect()
    if cuda: torch.cuda.synchronize(); torch.cuda.reset_peak_memory_stats(); base = torch.cuda.memory_allocated()
    else: _libc.malloc_trim(0); base = _rss()
    peak, done = [base], threading.Event()
    def sample():
        while not done.wait(0.005): peak[0] = max(peak[0], _rss())
    if not cuda: th = threading.Thread(target=sample, daemon=True); th.start()
    t = time.perf_counter(); f()
    if cuda: torch.cuda.synchronize()
    secs = time.perf_counter() - t
    done.set()
    if not cuda: th.join(); peak[0] = max(peak[0], _rss())
    else: peak[0] = torch.cuda.max_memory_allocated()
    return secs, (peak[0] - base) / 2**20

class TrainOnly(Callback):
    "Time the training epoch alone"
    def before_validate(self): raise CancelValidException()

def forward(model, *dls):
    model.eval()
    with torch.no_grad():
        for dl in dls:
            for xb,_ in dl: model(xb.as_subclass(torch.Tensor))   # plain tensors: the fastest forward, the cache's own

path = elpv_images(a.n)/'images'
rows = []
print(f'torch {torch.__version__}, {torch.get_num_threads()} threads, device {"cuda" if cuda else "cpu"}, {a.n} images, bs {a.bs}, {a.repeats} repeats', flush=True)
for arch in a.archs:
    for size in a.sizes:
        kw = dict(size=size, bs=a.bs, valid_pct=0.2, seed=0, drop_last=False)
        train = get_dls(path, aug='train', **kw)
        test = get_dls(path, aug='test', flip=False, **kw)
        learn = vision_learner(train, getattr(models, arch), pretrained=False, metrics=accuracy)
        with learn.no_bar(), learn.no_logging():
            learn.fit(1, 1e-3, cbs=TrainOnly())                          # warm-up, not timed
            learn.unfreeze()
            full = measure(lambda: learn.fit(1, 1e-3, cbs=TrainOnly()))
            learn.dls = test
            fixres = measure(lambda: learn.fit(1, 1e-3, cbs=[FixResCallback(size=size), TrainOnly()]))
            pre = ImageDataLoaders.from_folder(path, valid_pct=0.2, seed=0, bs=a.bs, item_tfms=Resize(round(size * 1.25)),
                                           batch_tfms=[*aug_transforms(size=size), Normalize.from_stats(*imagenet_stats)])
        tuned = resize_dls(pre, size, aug='test', flip=False)          # what the fine-tune reads
        def default5():
            learn.dls,learn.fixres_train_dls = pre,None
            learn.fixres_finetune(size, epochs=5, report=False)
        trunk = fixres_split(learn.model, size=size).trunk
        def fill(): TailCache(trunk, tuned.train, show=False); TailCache(trunk, tuned.valid, show=False)
        runs = []
        for _ in range(a.repeats):
            with learn.no_bar(), learn.no_logging():
                runs.append((measure(default5), measure(lambda: forward(learn.model, tuned.train.new(shuffle=False, drop_last=False), tuned.valid)), measure(fill)))
        default,fwd,filled = (min((r[i] for r in runs), key=lambda m: m[0]) for i in range(3))
        with learn.no_bar(), learn.no_logging():
            resize = measure(lambda: resize_dls(pre, size))
            val = measure(lambda: learn.validate(dl=resize_dls(pre, size).valid))
        r = dict(arch=arch, res=size, images=len(test.train_ds), valid_images=len(test.valid_ds),
                 full_s=full[0], fixres_s=fixres[0], default5_s=default[0], forward_s=fwd[0], fill_s=filled[0], resize_ms=1e3*resize[0], validate_s=val[0],
                 full_MB=full[1], fixres_MB=fixres[1], default5_MB=default[1], forward_MB=fwd[1])
        r.update({'fixres/full': r['fixres_s']/r['full_s'], 'default5/forward': r['default5_s']/r['forward_s'], 'fill/forward': r['fill_s']/r['forward_s'],
                  'fixres/full MB': r['fixres_MB']/r['full_MB'], 'resize/validate': resize[0]/val[0]})
        rows.append(r)
        print(pd.DataFrame([r]).round(2).to_string(index=False), flush=True)

df = pd.DataFrame(rows).round(2)
df['resize/validate'] = [f'{v:.1e}' for v in pd.DataFrame(rows)['resize/validate']]
Path(a.out).parent.mkdir(parents=True, exist_ok=True); df.to_csv(a.out, index=False)
print('\n' + _md_table(df.to_dict('records')))
