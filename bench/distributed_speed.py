"""The default FixRes fine-tune on several processes (fastai's `distrib_ctx`, CPU ranks), against one process and against
one inference pass, on real images.

    python bench/distributed_speed.py                      # resnet18 at 128 px, 640 ELPV images, 1 and 2 processes
    python bench/distributed_speed.py --nproc 2 --n 320 --repeats 1

The same images, model (random init: timing only) and start for every row. For each number of processes P:
  default5  `learn.fixres_finetune(res, epochs=5, report=False)` with its defaults (the trunk cached; under P > 1 each
            process caches its own share of the images), from a Learner built with `ImageDataLoaders` presizing; with
            P > 1 inside `learn.distrib_ctx(cpu=True)` in processes started by `torch.distributed.run`, as `fixres
            --nproc` runs it: tracing, resizing, the cache fills, five tail epochs, each validated
  forward   one plain forward pass in eval mode over a process's share of the same train and validation images (all of
            them for P = 1; the share `DistributedDL` deals out for P > 1, every process at once), read through the
            DataLoaders the fine-tune reads: inference as a user would run it on that process
Each is the fastest of --repeats runs (interleaved), timed between barriers, so a row's time is its slowest process's.
The machine's cores are shared: one process uses all of them, P processes one each (torchrun's default). Target:
default5 / forward <= 1.3 for P = 2.
"""
import argparse, json, os, subprocess, sys, socket, tempfile, time
from pathlib import Path
import pandas as pd, torch
from fastai.vision.all import *
from fastai_fixres.all import *
from fastai_fixres.research.fixtures import elpv_images
from fastai_fixres.cli import _md_table, _at_scale, _process_group
from fastai_fixres.cache import rank_share, rank_items

p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument('--arch', default='resnet18')
p.add_argument('--size', type=int, default=128)
p.add_argument('--n', type=int, default=640, help='images (80%% train)')
p.add_argument('--bs', type=int, default=32)
p.add_argument('--nproc', type=int, nargs='+', default=[1, 2])
p.add_argument('--repeats', type=int, default=3)
p.add_argument('--out', default='bench/out/distributed_speed.csv')
p.add_argument('--worker', help=argparse.SUPPRESS)        # a run's folder: this process is one of the P
a = p.parse_args()

def barrier():
    if num_distrib() > 1: torch.distributed.barrier()

def timed(f):
    barrier(); t = time.perf_counter(); f(); barrier()
    return time.perf_counter() - t

def forward(model, *dls):
    model.eval()
    with torch.no_grad():
        for dl in dls:
            for xb,_ in dl: model(xb.as_subclass(torch.Tensor))

def run(work):
    "One process's part: the fine-tune and the forward pass of its share, `--repeats` times; rank 0 writes the fastest"
    _process_group()
    path = work/'elpv'/'images'
    pre = ImageDataLoaders.from_folder(path, valid_pct=0.2, seed=0, bs=a.bs, num_workers=0, item_tfms=Resize(round(a.size * 1.25)),
                                       batch_tfms=[*aug_transforms(size=a.size), Normalize.from_stats(*imagenet_stats)])
    learn = vision_learner(pre, getattr(models, a.arch), pretrained=False, metrics=accuracy)
    start = torch.load(work/'start.pth')
    tuned = resize_dls(pre, a.size, aug='test', flip=False)        # what the fine-tune reads
    def default5():
        learn.model.load_state_dict(start); learn.dls,learn.fixres_train_dls = pre,None
        with _at_scale(learn): learn.fixres_finetune(a.size, epochs=5, report=False)
    def fwd(): forward(learn.model, rank_share(tuned.train), rank_share(tuned.valid))   # a process's share, as `DistributedDL` deals it out
    runs = []
    with learn.no_bar(), learn.no_logging():
        for _ in range(a.repeats):
            runs.append((timed(default5), timed(fwd)))
    learn.dls,learn.fixres_train_dls = pre,None
    cache = learn.fixres_plan(a.size).facts['cache']              # on every process: the plan checks they agree
    if not rank_distrib():
        d5,fw = (min(r[i] for r in runs) for i in range(2))
        n = len(tuned.train_ds) + len(tuned.valid_ds)
        (work/f'p{max(num_distrib(), 1)}.json').write_text(json.dumps(dict(processes=max(num_distrib(), 1), threads=torch.get_num_threads(),
            images=n, images_a_process=sum(rank_items(len(ds)) for ds in (tuned.train_ds, tuned.valid_ds)),
            default5_s=d5, forward_s=fw, cache=cache)))

if a.worker:                                              # the run's settings from the driver (torchrun would read its options as its own)
    a = argparse.Namespace(**json.loads((Path(a.worker)/'args.json').read_text()))
    run(work=Path(a.worker)); sys.exit()

work = Path(tempfile.mkdtemp())
(work/'args.json').write_text(json.dumps({**vars(a), 'worker': str(work)}))
elpv_images(a.n, dest=work/'elpv')
set_seed(0)
torch.save(vision_learner(ImageDataLoaders.from_folder(work/'elpv'/'images', valid_pct=0.2, seed=0, item_tfms=Resize(a.size)),
                          getattr(models, a.arch), pretrained=False).model.state_dict(), work/'start.pth')
print(f'torch {torch.__version__}, {os.cpu_count()} cores, {a.arch} at {a.size} px, {a.n} ELPV images, bs {a.bs}, {a.repeats} repeats', flush=True)
for n in a.nproc:
    if n == 1: run(work); continue
    with socket.socket() as s: s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]
    r = subprocess.run([sys.executable, '-m', 'torch.distributed.run', f'--nproc_per_node={n}', f'--master_port={port}', __file__, '--worker', str(work)], capture_output=True, text=True)
    if r.returncode: sys.exit(r.stderr[-3000:])
rows = [json.loads((work/f'p{n}.json').read_text()) for n in a.nproc]
df = pd.DataFrame(rows)
df['default5/forward'] = df.default5_s / df.forward_s
df['default5 vs 1 process'] = df.default5_s / df.default5_s[0] if a.nproc[0] == 1 else float('nan')
df = df.round(2)
Path(a.out).parent.mkdir(parents=True, exist_ok=True); df.to_csv(a.out, index=False)
print('\n' + _md_table(df.drop(columns='cache').to_dict('records')))
print('\n' + '\n'.join(f"{r['processes']} process(es), the plan: cache {r['cache']}" for r in rows))
