"""Writes RandomTable.java: for each seed, a script of random.Random calls replayed in order."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pytable import enc, result, java_class  # noqa: E402

SEEDS = [0, 1, 42, 2**40, -5, 12345678901234567890123, 2**32, 'hello', '']
POP = list(range(10))
BIGPOP = list(range(1000))
SCRIPT = (
    [('random', [])] * 5
    + [('getrandbits', [k]) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)]
    + [('randrange', [10]), ('randrange', [1, 7]), ('randrange', [0, 100, 7]), ('randrange', [100, 0, -3]),
       ('randrange', [-10, 10]), ('randrange', [2**70]), ('randrange', [0]), ('randrange', [5, 5]),
       ('randrange', [0, 10, 0]), ('randrange', [0, 10, -1]), ('randrange', [10.0]), ('randrange', [1.5]),
       ('randrange', [0, 2.5]), ('randrange', [0, 10, 1.5]), ('randrange', [3, None, 2]), ('randrange', [2**64, 2**65, 3])]
    + [('randint', [1, 6])] * 6 + [('randint', [-2**80, 2**80]), ('randint', [5, 4])]
    + [('choice', [POP])] * 3 + [('choice', [[]])]
    + [('shuffle', [POP]), ('shuffle', [BIGPOP[:50]])]
    + [('sample', [POP, 3]), ('sample', [POP, 10]), ('sample', [BIGPOP, 5]), ('sample', [BIGPOP, 40]),
       ('sample', [BIGPOP[:30], 8]), ('sample', [BIGPOP[:60], 8]), ('sample', [POP, 11]), ('sample', [POP, -1])]
    + [('uniform', [1.0, 5.0]), ('uniform', [-3.0, 2.5]), ('triangular', [0.0, 1.0, None]),
       ('triangular', [2.0, 10.0, 3.0]), ('triangular', [1.0, 1.0, 1.0]), ('expovariate', [1.5]),
       ('expovariate', [0.1])]
    + [('gauss', [0.0, 1.0])] * 5 + [('gauss', [10.0, 2.0])]
    + [('normalvariate', [0.0, 1.0])] * 5 + [('lognormvariate', [0.0, 0.5])]
    + [('gammavariate', [a, 2.0]) for a in (0.5, 1.0, 2.5, 9.0)] + [('betavariate', [2.0, 3.0]), ('betavariate', [0.5, 0.5])]
    + [('paretovariate', [2.0]), ('weibullvariate', [1.0, 1.5])]
    + [('choices', [POP, None, 5]), ('choices', [POP, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5]), ('random', [])]
)


def call(r, name, args):
    if name == 'shuffle':
        lst = list(args[0])
        r.shuffle(lst)
        return lst
    if name == 'choices':
        return r.choices(args[0], args[1], k=args[2])
    if name == 'randrange' and len(args) == 3 and args[1] is None:
        return r.randrange(args[0], None, args[2])
    return getattr(r, name)(*args)


rows = []
for seed in SEEDS:
    r = random.Random(seed)
    for name, args in SCRIPT:
        rows.append([enc(seed), name, enc(list(args)), result(lambda: call(r, name, args))])

path = os.path.join(os.path.dirname(__file__), '..', 'java', 'dev', 'loopscope', 'runtime', 'RandomTable.java')
open(path, 'w').write(java_class('RandomTable', {'SCRIPT': rows}, 'CPython 3.11 random.Random call sequences.'))
print(len(rows))
