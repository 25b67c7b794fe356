# Tutorial, asyncio.wait for "more fine-grained control than gather": start three page
# fetches, handle whichever finishes first, then wait for the rest with a timeout.
# sim: latency http://news.example 0.4
# sim: latency http://weather.example 0.15
# sim: latency http://stocks.example 3
import aiohttp
import asyncio

async def fetch_title(session, url):
    async with session.get(url) as response:
        html = await response.text()
        return url, html[len("<html><body>"):-len("</body></html>")]

async def main():
    urls = ["http://news.example/", "http://weather.example/", "http://stocks.example/"]
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_title(session, u)) for u in urls]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        first = next(t for t in tasks if t in done)
        print("first:", first.result())
        done, pending = await asyncio.wait(tasks, timeout=1)
        for t in tasks:
            print(t.get_name(), "done" if t in done else "still pending")
        for t in tasks:
            if t in pending:
                t.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        print([type(r).__name__ for r in results])

asyncio.run(main())
