# json: dumps (indent, separators, sort_keys, ensure_ascii, default, NaN), loads, JSONDecodeError messages, with aiohttp json
import asyncio
import json
import aiohttp


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.json()


async def main():
    data = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "pi": 3.14159, "ok": True, "none": None,
            "nested": {"empty": [], "obj": {}, "t": (1, 2)}, 5: "int key", 2.5: "float key", False: 0}
    print(json.dumps(data))
    print(json.dumps(data, ensure_ascii=False))
    print(json.dumps(data, indent=2))
    print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent="\t"))
    print(json.dumps([1, 2, {"a": 1}], separators=(",", ":")))
    print(json.dumps("quote\" backslash\\ newline\n tab\t bell\x07 del\x7f é 😀"))
    print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 0.1 + 0.2, -0.0, 10 ** 20]))
    print(json.dumps({"when": Point(1, 2)}, cls=PointEncoder), json.dumps(Point(3, 4), default=vars))
    print(json.dumps(None), json.dumps("s"), json.dumps(1.0), json.dumps([]), json.dumps({}, indent=4))
    for bad in [{"k": {1, 2}}, Point(0, 0)]:
        try:
            json.dumps(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        json.dumps({(1, 2): 3})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
    try:
        json.dumps([float("nan")], allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    loop = []
    loop.append(loop)
    try:
        json.dumps(loop)
    except ValueError as e:
        print("ValueError:", e)

    text = '{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\n\\"q\\"", "c": {"d": {}}, "e": []}'
    obj = json.loads(text)
    print(obj, type(obj["a"][2]).__name__)
    print(json.loads('  [1, "two", 3.0]  '), json.loads("12"), json.loads('"\\ud83d\\ude00"'), json.loads("NaN"))
    print(json.loads('{"a": 1, "a": 2}'), json.loads('[-0, 0.5e-3, 1E+2]'))
    print(json.loads(json.dumps(data)) == {"name": "Zoë", "tags": ["a", "b"], "n": 3, "pi": 3.14159, "ok": True,
                                          "none": None, "nested": {"empty": [], "obj": {}, "t": [1, 2]},
                                          "5": "int key", "2.5": "float key", "false": 0})
    print(json.loads('{"p": {"x": 1, "y": 2}}', object_hook=lambda d: tuple(d.values()) if "x" in d else d))
    print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
    for bad in ["", "   ", "[1, 2", "[1, 2,]", '{"a" 1}', '{"a": 1,}', "{'a': 1}", '{"a": 1} x', "tru",
                '"abc', '"a\\qb"', '[1 2]', '{"a": }', "[\n  1,\n  oops\n]", '"tab\there"', "01", '"\\u12"']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))

    async with aiohttp.ClientSession() as session:
        pages = await asyncio.gather(*(fetch(session, f"https://api.example/{i}") for i in range(3)))
    print(json.dumps(pages, indent=1))

asyncio.run(main())
