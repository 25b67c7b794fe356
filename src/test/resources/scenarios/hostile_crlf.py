# Windows line endings (CRLF) run as CPython runs them
import asyncio

async def worker(name, delay):
    for i in range(2):
        await asyncio.sleep(delay)
        print(name, "step", i)
    return name

async def main():
    results = await asyncio.gather(worker("a", 1), worker("b", 0.5))
    print("done", results)

text = """two
lines"""
print(repr(text), len(text), 1 + \
      2)
asyncio.run(main())
