# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout;
# done/pending are sets, so only their sizes and membership are printed.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 0.3))
    b = asyncio.create_task(job("b", 0.1))
    c = asyncio.create_task(job("c", 0.2, fail=True))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print(loop.time(), len(done), len(pending), b in done, b.result())
    done, pending = await asyncio.wait([a, c], return_when=asyncio.FIRST_EXCEPTION)
    print(loop.time(), len(done), len(pending), c in done, repr(c.exception()))
    done, pending = await asyncio.wait([a, b, c])
    print(loop.time(), len(done), len(pending), [t.done() for t in (a, b, c)])
    d = asyncio.create_task(job("d", 2))
    e = asyncio.create_task(job("e", 0.5))
    done, pending = await asyncio.wait([d, e], timeout=1)
    print(loop.time(), len(done), len(pending), d in pending, e.result())
    print("timeout does not cancel:", d.cancelled())
    await d
    print("d finished at", loop.time(), d.result())

asyncio.run(main())
