# asyncio.Event: waiters block until set(); is_set(); wait() on a set event returns at
# once; clear() makes later waiters block again until the next set().
import asyncio

async def waiter(name, event):
    print(f"{name} waiting")
    result = await event.wait()
    print(f"{name} released ({result}) at {asyncio.get_running_loop().time()}")

async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(1)
    event.set()
    print("set; is_set:", event.is_set())
    await asyncio.gather(*tasks)
    await waiter("late", event)
    event.clear()
    print("cleared; is_set:", event.is_set())
    again = asyncio.create_task(waiter("again", event))
    await asyncio.sleep(0.5)
    event.set()
    event.clear()
    await again
    print("the waiter was released even though the event was cleared right away")

asyncio.run(main())
