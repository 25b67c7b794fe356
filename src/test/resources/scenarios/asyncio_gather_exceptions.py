# gather and exceptions: return_exceptions=True returns them in place; without it the first
# exception propagates at once while the other children keep running to completion.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} ok")
    return name

async def main():
    results = await asyncio.gather(
        job("a", 0.1), job("b", 0.2, fail=True), job("c", 0.3), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(job("d", 0.3), job("e", 0.1, fail=True), job("f", 0.2, fail=True))
    except ValueError as e:
        print("first error:", e, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(0.5)
    print("the others finished meanwhile")
    results = await asyncio.gather(asyncio.sleep(0.1, "x"), job("g", 0, True),
                                   return_exceptions=True)
    print(results[0], type(results[1]).__name__, results[1])

asyncio.run(main())
