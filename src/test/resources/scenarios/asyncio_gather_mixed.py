# gather of a mix of tasks and bare coroutines, nested gathers (a gather inside a gather),
# an empty gather, and a gather future awaited twice.
import asyncio

async def item(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name

async def main():
    t = asyncio.create_task(item("task-x", 0.3))
    results = await asyncio.gather(item("coro-a", 0.2), t, item("coro-b", 0.1))
    print(results)
    inner1 = asyncio.gather(item("i1", 0.4), item("i2", 0.1))
    inner2 = asyncio.gather(item("i3", 0.2))
    nested = await asyncio.gather(inner1, inner2, item("top", 0.3))
    print(nested)
    print(await asyncio.gather())
    g = asyncio.gather(item("once", 0.1))
    print(await g, await g, g.done())
    same = asyncio.ensure_future(item("dup", 0.1))
    print(await asyncio.gather(same, same))

asyncio.run(main())
