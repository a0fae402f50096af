"""Fail on saved notebook outputs a reader should not see. The notebooks are committed executed and their outputs are
the docs, so a raw repr (`np.float64(0.79)`; `<Resampling.BILINEAR: 2>`, which HTML even swallows as a tag), a float
printed to 16 digits, a temp path, a traceback or a library warning, a table pandas cut short (`...`) or one with a
blank column header is noise to the reader, or a sign that the cell shows the wrong thing. The fix belongs in the code
that displays (round, format, pick the columns), never in the saved output.

    python tools/check_outputs.py                      (from the repo root) every nbs/**/*.ipynb but `_*` and dot-folders
    python tools/check_outputs.py nbs/03_callback.ipynb

Reads stream text, text/html and text/markdown, and text/plain where there is no richer form (the docs show that one);
images are skipped. Prints `file cell N: rule: snippet` for each hit (N counts all cells from 0) and exits 1 if any."""
import json, re, sys
from pathlib import Path

RULES = {  # name: pattern over the text of one output
    'numpy scalar repr': re.compile(r'\bnp\.(?:float|int|uint|bool)\d*\('),                 # np.float64(2.48...)
    # 9+ decimals, but not digits glued to letters or dots (hex ids, base64, versions); a sentence's full stop is fine
    'float with 9+ decimals': re.compile(r'(?<![\w.])\d+\.\d{9,}(?:e[-+]?\d+)?(?!\w|\.\d)'),
    # Python's default and enum reprs: `<Foo object at 0x7f..>`, `<Resampling.BILINEAR: 2>` (raw or escaped)
    'object repr': re.compile(r'(?:<|&lt;)(?:[\w.]+ object at 0x[0-9a-f]+|[A-Z]\w*\.[A-Z_]\w*: [^<>&]+)(?:>|&gt;)'),
    'temp path': re.compile(r'/tmp/'),
    'traceback': re.compile(r'Traceback \(most recent call last\)|\x1b\[[\d;]*m.*(?:Error|Exception)\b'),
    'library warning': re.compile(r'\S+\.py:\d+: \w*Warning'),                              # warnings.warn's source line
    # pandas' elisions: a row of dots (text), a `...` cell (html), and the shape footer it adds when it cut
    'truncated table': re.compile(r'^\s*\.\.\.?(?:\s+\.\.\.)+\s*$|<t[dh][^>]*>\s*\.\.\.\s*</t[dh]>|'
                                  r'\[\d+ rows x \d+ columns\]|\d+ rows × \d+ columns', re.M),
}
DATA_URI = re.compile(r'data:[\w/+.-]+;base64,[\w+/=]+')  # embedded images: not text a reader reads

def _empty_headers(html, md):
    """Blank column headers. HTML: an empty header cell that heads a column (Styler's `col_heading`), or any but the
    first (the index's corner) outside pandas' index-name row (all blank but the first). Markdown: any but the first."""
    for head in re.findall(r'<thead>(.*?)</thead>', html, re.S):
        for row in re.findall(r'<tr[^>]*>(.*?)</tr>', head, re.S):
            cells = [(a, re.sub(r'<[^>]+>|&nbsp;|\s', '', t)) for a,t in re.findall(r'<th([^>]*)>(.*?)</th>', row, re.S)]
            name_row = not any(t for _,t in cells[1:])
            if any(not t and ('col_heading' in a or (j and not name_row)) for j,(a,t) in enumerate(cells)): yield row.strip()[:160]
    lines = md.splitlines()
    for h,sep in zip(lines, lines[1:]):
        if re.fullmatch(r'\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*', sep) and '|' in h:
            cells = [c.strip() for c in h.strip().strip('|').split('|')]
            if '' in cells[1:]: yield h.strip()[:160]

def _texts(o):
    "The text a reader sees in output `o`, by kind: text/plain only where there is no richer form (the docs show that)"
    if o.get('output_type') == 'stream': return {'text': ''.join(o['text'])}
    d = o.get('data', {})
    t = {k: DATA_URI.sub('', ''.join(d[k])) for k in ('text/html', 'text/markdown') if k in d}
    return t or ({'text/plain': ''.join(d['text/plain'])} if 'text/plain' in d else {})

def check(path):
    "Yield `(cell index, rule, snippet)` for every unreadable output in the notebook at `path`"
    for i,c in enumerate(json.loads(Path(path).read_text())['cells']):
        for o in c.get('outputs', []):
            if o.get('output_type') == 'error': yield i, 'error output', f"{o.get('ename')}: {o.get('evalue', '')}"[:160]
            t = _texts(o)
            for name,pat in RULES.items():
                for k,s in t.items():
                    for line in dict.fromkeys(l for l in s.splitlines() if pat.search(l)):
                        m = pat.search(line)
                        yield i, name, line[max(0, m.start()-60):m.end()+60].strip()
            for snip in _empty_headers(t.get('text/html', ''), t.get('text/markdown', '')): yield i, 'empty column header', snip

if __name__ == '__main__':
    paths = sys.argv[1:] or sorted(str(p) for p in Path('nbs').rglob('*.ipynb')
                                   if not p.name.startswith('_') and not any(q.startswith('.') for q in p.parts))
    hits = [(p, *h) for p in paths for h in check(p)]
    for p,i,name,snip in hits: print(f"{p} cell {i}: {name}: {' '.join(snip.split())}".replace('\x1b', '\\x1b'))
    print(f'{len(hits)} unreadable outputs in {len({h[0] for h in hits})} of {len(paths)} notebooks' if hits
          else f'outputs of {len(paths)} notebooks read cleanly')
    sys.exit(1 if hits else 0)
