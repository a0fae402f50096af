"""Drop the noise from saved notebook outputs: library warnings that every import prints (torch.jit's deprecation,
tqdm's IProgress, load_learner's pickle notice), the empty HTML left by finished `leave=False` progress bars, and
the per-cell timing metadata nbdev-test --save writes (not valid nbformat); console progress bars are cut to their
final state."""
import json, re, sys
from pathlib import Path

NOISE = re.compile(r'torch\.jit\.script` is deprecated|warnings\.warn\($|IProgress not found|from \.autonotebook import|'
                   r'load_learner` uses Python|If you only need to load model weights|^\s*warn\("load_learner')

BAR = re.compile(r'\|[█-]+\| *\d+\.\d+%')

def _final(text):
    "Console progress bars as they ended: each line's last carriage-return segment, bar lines dropped"
    lines = [next((p for p in reversed(l.split('\r')) if p.strip()), '') for l in text.split('\n')]
    return '\n'.join(l for l in lines if not BAR.search(l) and l.strip() != '█')

def _tidy(o):
    if o.get('output_type') == 'stream' and '\r' in ''.join(o['text']):
        o['text'] = _final(''.join(o['text'])).strip('\n').splitlines(True)
        if not o['text']: return None
    if o.get('output_type') == 'stream' and o.get('name') == 'stderr':
        lines = [l for l in ''.join(o['text']).splitlines(True) if not NOISE.search(l.rstrip('\n'))]
        if not ''.join(lines).strip(): return None
        o['text'] = lines
    if o.get('output_type') == 'display_data' and ''.join(o.get('data', {}).get('text/html', ['x'])).strip() in ('', '\n'): return None
    return o

for f in map(Path, sys.argv[1:]):
    nb = json.loads(f.read_text())
    for c in nb['cells']:
        c.get('metadata', {}).pop('execution', None)
        if c['cell_type'] == 'code': c['outputs'] = [o for o in map(_tidy, c.get('outputs', [])) if o is not None]
    f.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
