# The OFL reserves the names "LXGW" and "霞鹜" for unmodified builds: the subset drops them.
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
for rec in [r for r in f["name"].names if r.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22)]:
    s = rec.toUnicode()
    t = s.replace('LXGW WenKai', 'WenKai Subset').replace('LXGWWenKai', 'WenKaiSubset').replace('霞鹜文楷', '文楷子集').replace('LXGW', '').replace('霞鹜', '')
    if t != s:
        rec.string = t
f.save(sys.argv[2])
