# aiohttp: fetch three pages concurrently with gather (the tutorial's web example)
# LoopScope simulates the network: each "# sim: latency PREFIX SECONDS" line below sets how long
# a URL starting with PREFIX takes. Watch the three requests wait side by side.
# sim: latency http://example.com 0.8
# sim: latency http://example.org 0.3
# sim: latency http://example.net 0.5
import aiohttp
import asyncio

async def fetch_url(session, url):
    async with session.get(url) as response:
        return await response.text()

async def main():
    urls = ["http://example.com", "http://example.org", "http://example.net"]
    async with aiohttp.ClientSession() as session:
        tasks = [fetch_url(session, url) for url in urls]
        results = await asyncio.gather(*tasks)
        for result in results:
            print(result)

# Run the event loop
asyncio.run(main())
