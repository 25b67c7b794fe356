# asyncio.Lock: contending tasks acquire the lock in request order; locked() reports the
# state; `async with lock` releases on exceptions too; releasing an unlocked lock fails.
import asyncio

async def worker(name, lock, hold):
    print(f"{name} wants the lock (locked={lock.locked()})")
    async with lock:
        print(f"{name} has the lock at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(hold)
    print(f"{name} released it")

async def faulty(lock):
    try:
        async with lock:
            raise RuntimeError("inside the lock")
    except RuntimeError as e:
        print("faulty:", e, "| still locked?", lock.locked())

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("A", lock, 0.3), worker("B", lock, 0.1), worker("C", lock, 0.2))
    await faulty(lock)
    await lock.acquire()
    print("manual acquire, locked:", lock.locked())
    lock.release()
    print("released, locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
