"""Writes PercentTable.java: str % args cases (mode t = tuple, m = dict given as k,v list, 1 = single value)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pytable import enc, result, java_class  # noqa: E402

CASES = [
    ('%s %d %5.2f %r %x %%', ('a', 42, 3.14159, 'q', 255)),
    ('%05s', ('ab',)), ('%#010o', (8,)), ('%#010x', (255,)), ('%#-10x|', (255,)), ('%-05d|', (3,)),
    ('%+05d', (3,)), ('% 5d', (-3,)), ('%5%', ()), ('%5%', (1,)), ('%.0c', ('a',)), ('%s', ([1, 2],)),
    ('%d', ('x',)), ('%x', (1.5,)), ('%f', ('x',)), ('%c', (1.5,)), ('%c', ('ab',)), ('%d', (float('nan'),)),
    ('%d', (float('inf'),)), ('%z', (1,)), ('%', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('%*d|', (-5, 3)),
    ('%.*f', (2, 3.14159)), ('%*d', ('a', 3)), ('%ld %hi %Lf', (1, 2, 3.0)), ('%#.3x', (5,)), ('%#X', (255,)),
    ('%.3d', (-5,)), ('%+.3e', (12345.678,)), ('%#.0f', (1.0,)), ('%g', (1e-5,)), ('%r %a', ('\u00e9', '\u00e9')),
    ('%10.3s|', ('abcdef',)), ('%c', (0x110000,)), ('%c', (-1,)), ('%c', (0x1F600,)), ('%i %u', (True, 3)),
    ('%s', (True,)), ('%x', (True,)), ('%d', (2**70 + 0.0,)), ('%e', (10**400,)), ('%010.2f', (-3.14159,)),
    ('%-+8.2f|', (3.14159,)), ('%5c|', (65,)), ('%\x01', (1,)), ('%\u00e9', (1,)), ('%d', (-2**80,)),
    ('%o %#o %X %#x', (-8, -8, -255, -255)), ('%+#x % x', (10, 10)), ('%.2s%.0s|', ('xyz', 'abc')),
    ('%r', (1.0,)), ('%s', (1e16,)), ('%s|%r', (None, None)), ('%-6.2r|', ('abc',)), ('%+s', ('a',)),
    ('%08.3e', (-1.5,)), ('% 08.3G', (1.5e-10,)), ('%F %E', (float('inf'), float('nan'))), ('%+d', (0,)),
    ('%.10f', (0.1,)), ('%.0f %.0f %.0f', (0.5, 1.5, 2.5)), ('%#g', (1.0,)), ('%-#8o|', (8,)), ('%3$s', (1,)),
    ('%(a', None), ('abc', ()), ('%.*s', (-3, 'abc')), ('%0*.*f', (10, 3, 3.14159)), ('%d%%', (50,)),
    ('%c%c', ('\U0001F600', 97)), ('%-+08d|', (12,)), ('%+ d', (5,)),
]
MAPS = [
    ('%(x)s %(y)r', {'x': 1, 'y': 'z'}), ('%(b)s', {'a': 1}), ('%s', {'a': 1}), ('%(a)%', {'a': 1}),
    ('%s %(a)s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%(a)*d', {'a': 1}), ('%(a)05.1f|%(b)-4s|', {'a': 2.25, 'b': 'q'}),
    ('no conversions', {'a': 1}), ('%(a(b))s', {'a(b)': 7}), ('%(a', {'a': 1}),
]
SINGLES = [('%s', 'abc'), ('%d', 5), ('%s %s', 5), ('abc', 5), ('abc', [1]), ('%(a)s', [1]), ('%(a)s', 5), ('%5.1f', 2.25),
           ('%r', 'it\'s'), ('', 'x'), ('%s', [])]

rows = []
for f, a in CASES:
    if a is None:
        continue
    rows.append(['t', enc(f), enc(list(a)), result(lambda: f % a)])
for f, m in MAPS:
    flat = [x for kv in m.items() for x in kv]
    rows.append(['m', enc(f), enc(flat), result(lambda: f % m)])
for f, v in SINGLES:
    rows.append(['1', enc(f), enc(v), result(lambda: f % v)])

path = os.path.join(os.path.dirname(__file__), '..', 'java', 'dev', 'loopscope', 'runtime', 'PercentTable.java')
open(path, 'w').write(java_class('PercentTable', {'CASES': rows}, 'CPython 3.11 results for str % args.'))
print(len(rows))
