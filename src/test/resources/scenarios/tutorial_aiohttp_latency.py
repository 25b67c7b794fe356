# Tutorial, aiohttp example with per-site latencies set by `# sim: latency` directives:
# three pages fetched with gather; the slowest one decides when gather returns.
# sim: latency http://slow.example 0.8
# sim: latency http://fast.example 0.05
import aiohttp
import asyncio
import time

async def fetch_url(session, url):
    async with session.get(url) as response:
        text = await response.text()
        print(f"{time.monotonic():.2f}s got {response.status} from {response.url}")
        return text

async def main():
    urls = ["http://slow.example/a", "http://fast.example/b", "http://other.example/c"]
    async with aiohttp.ClientSession() as session:
        tasks = [fetch_url(session, url) for url in urls]
        results = await asyncio.gather(*tasks)
        for result in results:
            print(result)

asyncio.run(main())
