"""Drop the noise from saved notebook outputs: library warnings that every import prints (torch.jit's deprecation,
tqdm's IProgress, load_learner's pickle notice) and the empty HTML left by finished `leave=False` progress bars."""
import json, re, sys
from pathlib import Path

NOISE = re.compile(r'torch\.jit\.script` is deprecated|warnings\.warn\($|IProgress not found|from \.autonotebook import|'
                   r'load_learner` uses Python|If you only need to load model weights|^\s*warn\("load_learner')

def _tidy(o):
    if o.get('output_type') == 'stream' and o.get('name') == 'stderr':
        lines = [l for l in ''.join(o['text']).splitlines(True) if not NOISE.search(l.rstrip('\n'))]
        if not ''.join(lines).strip(): return None
        o['text'] = lines
    if o.get('output_type') == 'display_data' and ''.join(o.get('data', {}).get('text/html', ['x'])).strip() in ('', '\n'): return None
    return o

for f in map(Path, sys.argv[1:]):
    nb = json.loads(f.read_text())
    for c in nb['cells']:
        if c['cell_type'] == 'code': c['outputs'] = [o for o in map(_tidy, c.get('outputs', [])) if o is not None]
    f.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
