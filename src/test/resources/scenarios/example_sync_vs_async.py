# Sync vs async: time.sleep blocks everything, asyncio.sleep lets others run
# Three "downloads" of 1 s each: with time.sleep they run one after another (3 s) and the loop
# can do nothing else; with await asyncio.sleep they wait together (1 s).
import asyncio
import time

def download_sync(name):
    print(f"[sync] start {name}")
    time.sleep(1)  # blocks the whole thread: the event loop is frozen
    print(f"[sync] done {name}")

async def download_async(name):
    print(f"[async] start {name}")
    await asyncio.sleep(1)  # hands control back to the loop while waiting
    print(f"[async] done {name}")

async def main():
    start = time.perf_counter()
    for name in ["a.txt", "b.txt", "c.txt"]:
        download_sync(name)
    print(f"sync: {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    await asyncio.gather(*(download_async(n) for n in ["a.txt", "b.txt", "c.txt"]))
    print(f"async: {time.perf_counter() - start:.1f} s")

asyncio.run(main())
