# Tutorial, sync vs async: time.sleep runs two 1.5 s "requests" one after another (3 s);
# asyncio.sleep in two tasks lets them wait together (1.5 s).
import asyncio
import time

def request_sync(name):
    print(f"sync {name}: sending")
    time.sleep(1.5)
    print(f"sync {name}: reply")
    return name.upper()

async def request_async(name):
    print(f"async {name}: sending")
    await asyncio.sleep(1.5)
    print(f"async {name}: reply")
    return name.upper()

async def main():
    t0 = time.perf_counter()
    replies = [request_sync("a"), request_sync("b")]
    print(f"sync took {time.perf_counter() - t0:.1f} s: {replies}")

    t0 = time.perf_counter()
    ta = asyncio.create_task(request_async("a"))
    tb = asyncio.create_task(request_async("b"))
    replies = [await ta, await tb]
    print(f"async took {time.perf_counter() - t0:.1f} s: {replies}")

asyncio.run(main())
