# aiohttp with a Semaphore limiting concurrency to 2: six URLs with different latencies
# (`# sim: latency` directives); each fetch waits for a free slot, results in argument order.
# sim: latency http://cdn.example 0.2
# sim: latency http://slow.example 1.5
import aiohttp
import asyncio
import time

async def fetch(session, sem, url):
    async with sem:
        start = time.monotonic()
        async with session.get(url) as response:
            body = await response.text()
        print(f"{url} took {time.monotonic() - start:.2f}s (started {start:.2f})")
        return response.status, len(body)

async def main():
    urls = [f"http://cdn.example/{i}" for i in range(3)] + \
           ["http://slow.example/big", "http://misc.example/x", "http://cdn.example/3"]
    sem = asyncio.Semaphore(2)
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, sem, u) for u in urls))
    print(results)
    print(f"total {time.monotonic():.2f}s")

asyncio.run(main())
