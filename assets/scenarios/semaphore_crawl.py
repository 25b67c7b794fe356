# Semaphore: crawl six pages with aiohttp, at most two requests at a time
# Every fetch first acquires the semaphore; the third one waits until a slot is free.
# sim: latency http://docs.example 0.4
# sim: latency http://docs.example/big 1.2
import aiohttp
import asyncio
import time

async def fetch(session, limit, url):
    async with limit:
        print(f"{time.monotonic():.1f} GET {url}")
        async with session.get(url) as response:
            text = await response.text()
        print(f"{time.monotonic():.1f} got {url} ({len(text)} chars)")
        return len(text)

async def main():
    pages = ["intro", "tasks", "big", "queues", "locks", "faq"]
    urls = [f"http://docs.example/{p}" for p in pages]
    limit = asyncio.Semaphore(2)
    async with aiohttp.ClientSession() as session:
        sizes = await asyncio.gather(*(fetch(session, limit, u) for u in urls))
    print(f"total {sum(sizes)} chars in {time.monotonic():.1f} s")

asyncio.run(main())
