# as_completed yields awaitables in finishing order; with a timeout, the ones not done in
# time raise TimeoutError (the remaining tasks keep running).
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}@{delay}"

async def main():
    loop = asyncio.get_running_loop()
    coros = [fetch("a", 0.3), fetch("b", 0.1), fetch("c", 0.2)]
    for i, next_done in enumerate(asyncio.as_completed(coros)):
        print(i, await next_done, loop.time())
    slow = asyncio.create_task(fetch("slow", 3))
    try:
        for fut in asyncio.as_completed([fetch("x", 0.5), slow, fetch("y", 1)], timeout=2):
            print("got", await fut, loop.time())
    except asyncio.TimeoutError:
        print("as_completed timed out at", loop.time(), "slow done?", slow.done())
    print("slow still finishes:", await slow, loop.time())

asyncio.run(main())
