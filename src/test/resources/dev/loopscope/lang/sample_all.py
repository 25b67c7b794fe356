"""A sample touching every construct the parser supports."""
import asyncio
import os.path as osp, sys
import collections.abc
from typing import (Any,
                    Optional as Opt,)
from . import sibling
from .. import parent as p
from ...pkg.mod import name
from os import *

x = 1; y = 2;
a = b = c = [1, 2, 3]
a, *rest = (1, 2, 3)
[first, (second, third)] = [1, (2, 3)]
obj.attr = d["key"] = e[1:2, ::3] = None
counter: int = 0
label: str
(paren): int = 1
obj.field: "Any" = ...
counter += 1; counter -= 1; counter *= 2; counter @= m; counter /= 2
counter //= 2; counter %= 3; counter **= 2; counter >>= 1; counter <<= 1
counter &= 1; counter |= 2; counter ^= 3
del x, y[0], (a, b), [c]
nums = 0xFF + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890 + 9223372036854775807
floats = 1. + .5 + 1e-5 + 1_000.5 + 3.14E+2 + 2j + 1.5J + 0.0
strs = 'single' "double" '''triple
quoted''' """another""" r'raw\n' R"RAW" u'unicode', b'bytes' + rb'\x00' + Br"x"
esc = "\n\t\\\'\"\a\b\f\v\r\0\777\x41\u00e9\U0001F600 \q"
esc_bytes = b"\x00\xff\101\n"
joined = f"{x}" "plain" f'{y!r:>{width}}' F"{{literal}}" rf"{x}\d" fR'{y}'
selfdoc = f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>5}" f"{'nested'!a}" f"{x:{y}.{z}f}" f"{3.14:.2f}"
multi_f = f"""
{x +
 y}
"""
expr = -2 ** 2 + ~x - +y * z / w // v % u @ t
shifts = a << 1 >> 2 | b ^ c & d
logic = not a and b or c and not d
chain = a < b <= c > d >= e == f != g is h is not i in j not in k
cond = a if b else c if d else e
fn = lambda: 0
fn2 = lambda a, b=1, *args, c, d=2, **kw: a + b
fn3 = lambda a, /, b, *, c: (a, b, c)
calls = f(1, *args, key=2, **kwargs)
gen_call = sum(i for i in range(10) if i % 2)
attr = a.b.c(d)[e].f
sub = a[1], a[1:], a[:2], a[::3], a[1:2:3], a[:, 1], a[...], a[x, y], a[*s]
tup = (), (1,), 1, 2, (1, 2,)
lst = [], [1, *rest, 3]
dct = {}, {1: 2, **extra, 'k': 'v'}
st = {1, 2, *others}
comps = [i * j for i in range(3) for j in range(3) if i if j], {k for k in s}, {k: v for k, v in d.items()}
genexp = (x for x in y)
walrus = [y := f(x), y ** 2]
if (n := len(a)) > 10:
    pass
ellipsis = ...
consts = True, False, None


@decorator
@decorator.with_args(1, key=2)
@(lambda f: f)
def func(pos1, pos2, /, normal, default=3, *args, kwonly, kwdefault=None, **kwargs) -> Opt[int]:
    """Docstring."""
    global counter
    return pos1


def annotated(a: int, b: "str" = "x", *args: Any, c: float = 1.0, **kw: dict) -> None:
    def inner():
        nonlocal a
        a = 2
    return


async def coro(url, *, timeout=10):
    await asyncio.sleep(0)
    async with session.get(url) as resp, lock:
        pass
    async for item in aiter():
        continue
    else:
        pass
    result = [await fetch(u) async for u in urls if await check(u)]
    return await asyncio.gather(*tasks, return_exceptions=True)


def generator():
    yield
    yield 1
    yield 1, 2
    x = yield from other()
    y = (yield)
    await_it = yield x


class Empty: pass


@dataclass
class Point(Base, metaclass=Meta, **extra):
    x: int = 0
    y: int = 0

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5


class Legacy():
    pass


if x:
    pass
elif y:
    pass
elif z: pass
else:
    pass

while x:
    break
else:
    x = 0

for i in range(10):
    if i: continue
for k, v in d.items(): print(k, v)
for (a, b), *c in pairs:
    pass
else:
    pass

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as err:
    raise RuntimeError("wrapped") from err
except Exception as e:
    raise
except:
    raise ValueError
else:
    pass
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

with open(p) as f, open(q) as g:
    pass
with (open(p) as f, open(q) as g,):
    pass
with (a, b):
    pass
with (yield_it):
    pass
with lock: pass

assert x, "message"
assert y
raise
if x: a = 1; b = 2
lines = \
    1 + \
    2
implicit = (1 +
            2)
call_multi = f(
    1,
    2,
)
print(*a, sep="", end="\n", file=sys.stderr)
