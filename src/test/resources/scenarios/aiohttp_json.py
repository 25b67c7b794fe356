# aiohttp model details: `await session.get(url)` without `async with`, response.json(),
# response.status and .url, a timeout around a slow request with asyncio.timeout.
# sim: latency https://api.example/users 0.3
# sim: latency https://api.example/slow 5
import aiohttp
import asyncio

async def get_json(session, url):
    response = await session.get(url)
    data = await response.json()
    print(response.status, response.url, data)
    return data

async def main():
    async with aiohttp.ClientSession() as session:
        one = await get_json(session, "https://api.example/users/1")
        many = await asyncio.gather(*(get_json(session, f"https://api.example/items/{i}")
                                      for i in range(3)))
        print([d["url"][-1] for d in many], one["url"])
        try:
            async with asyncio.timeout(1):
                await get_json(session, "https://api.example/slow/report")
        except TimeoutError:
            print("slow endpoint timed out at", asyncio.get_running_loop().time())
        async with session.get("https://api.example/users/2") as response:
            text = await response.text()
            print(len(text), text[:26])

asyncio.run(main())
