# asyncio.Condition: wait() releases the lock until notified; notify(n) wakes n waiters in
# order, notify_all() wakes the rest; wait_for(predicate) re-checks after each notify.
import asyncio

async def consumer(name, cond, items):
    async with cond:
        await cond.wait()
        print(f"{name} woke up, items={items}")

async def picky(cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        print("picky sees 3 items:", items)

async def main():
    cond = asyncio.Condition()
    items = []
    waiters = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(4)]
    pick = asyncio.create_task(picky(cond, items))
    await asyncio.sleep(0.1)
    for n in range(3):
        async with cond:
            items.append(n)
            print("notify one after adding", n)
            cond.notify()
        await asyncio.sleep(0.1)
    async with cond:
        print("notify_all")
        cond.notify_all()
    await asyncio.gather(*waiters, pick)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
