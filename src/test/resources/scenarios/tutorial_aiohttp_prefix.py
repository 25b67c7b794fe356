# Tutorial, aiohttp: the longest matching `# sim: latency` prefix wins; pages are printed
# as each fetch finishes, then lengths in argument order.
# sim: latency http://api.example 0.5
# sim: latency http://api.example/slow 1.25
# sim: latency http://api.example/fast 0.2
import aiohttp
import asyncio

async def fetch_url(session, url):
    async with session.get(url) as response:
        body = await response.text()
        print(f"done: {url}")
        return len(body)

async def main():
    urls = [
        "http://api.example/slow/1",
        "http://api.example/fast/2",
        "http://api.example/other",
        "http://elsewhere.example/",
    ]
    async with aiohttp.ClientSession() as session:
        lengths = await asyncio.gather(*(fetch_url(session, u) for u in urls))
    print("lengths:", lengths)

asyncio.run(main())
