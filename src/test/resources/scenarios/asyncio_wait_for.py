# wait_for: a result in time; a TimeoutError that cancels the inner task; an inner task that
# catches CancelledError to clean up (wait_for waits for it); wait_for with timeout=None.
import asyncio

async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * 2

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled, cleaning up for 0.5 s")
        await asyncio.sleep(0.5)
        print("stubborn: cleanup done")
        raise

async def main():
    loop = asyncio.get_running_loop()
    print("in time:", await asyncio.wait_for(compute(21, 0.5), timeout=1))
    try:
        await asyncio.wait_for(compute(1, 5), timeout=1)
    except asyncio.TimeoutError as e:
        print("timed out at", loop.time(), type(e).__name__, e is not None)
    try:
        await asyncio.wait_for(stubborn(), timeout=2)
    except TimeoutError:
        print("TimeoutError after cleanup at", loop.time())
    print("no limit:", await asyncio.wait_for(compute(5, 3), timeout=None), loop.time())
    t = asyncio.create_task(compute(7, 0.2))
    print("task:", await asyncio.wait_for(t, 1), t.done())

asyncio.run(main())
