x = [*a, *b]
f(*a, *b, **c, **d)
f(a)(b)[c].d
a if b else(c)
lambda *a, **k: (a, k)
lambda a=lambda: 1: a
x = y = z = not a
x = -1 ** -2 ** ~3
print(not a == b, a is not (not b))
s = f"{'{'}" f"{'}'}" f"{{}}" f"{x!s:{'^'}{10}}" f"{x:%H:%M}" f"{x:{{}}>10}"
s = f'''{
    x
    +
    y
}'''
s = f"{x:=^10}" f"{(x:=5)}" f"{lambda_:>3}" f"{x,}" f"{*a,}" f"{ x !r}"
r = rf"\{x}\n" fr'{x}\'', Rb'\d' + BR"\d"
n = 0_0 + 0b_1 + 0o_7 + 0x_f + 1_0e1_0 + 1_0j + 00.5 + 0e0 + 09.5 + 0.0j
t = a[b:c, d:e:f, ...]
t = a[()] + a[:,] + a[1:2,]
async def f():
    return [x async for x in y], {x: y async for x, y in z}, (await x for x in y)
    await (yield)
    async with a as (b, c), d as e.f, g as h[0]:
        pass
if x:
    pass
elif (y := 1):
    pass
class A(B, C, **D): x: int; y = 1
for x, in y: pass
for [x, *y] in z: pass
with a: pass
while 1: break
else: pass
try: pass
except* A: pass
except* (B, C) as e: pass
else: pass
finally: pass
del a.b, a[0], (c, [d])
import a.b.c, d as e
from .... import x
from .a.b import (c as d)
assert (x, y), "msg"
x: "int" = yield
@a.b[c](d)
@x if y else z
def g(a, /, *, b): ...
raise X from None
x = 1 if y else 2 if z else 3
y = [i for i in range(10) if i if not i for j in (1, 2)]
z = a < b < c == d != e > f >= g <= h in i not in j is k is not l
w = a or b and c or not d
q = (yield from x)
print(1, 2, sep='', end='')
x = 'implicit' \
    'continuation'
x = ('a'
     f'{b}'
     'c')
a = f"{(x, y)}" f"{ x , y }" f"{(x), y!r}" f"{()}"
