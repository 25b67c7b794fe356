# asyncio.Semaphore(2) lets at most two tasks in at once (others wait in order);
# BoundedSemaphore raises ValueError when released more often than acquired.
import asyncio

async def job(name, sem, seconds):
    async with sem:
        print(f"{name} starts at {asyncio.get_running_loop().time()} (locked now: {sem.locked()})")
        await asyncio.sleep(seconds)
    print(f"{name} ends")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(f"job{i}", sem, 1 + i % 2) for i in range(5)))
    print("locked after all:", sem.locked())
    plain = asyncio.Semaphore(1)
    plain.release()
    await plain.acquire()
    await plain.acquire()
    print("plain semaphore released without acquire: now 2 acquires pass, locked:", plain.locked())
    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
