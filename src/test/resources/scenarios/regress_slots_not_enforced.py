import asyncio

class P:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

async def main():
    p = P(1)
    try:
        p.y = 2
        print("assigned", p.y)
    except AttributeError as e:
        print("AttributeError:", e)

asyncio.run(main())
