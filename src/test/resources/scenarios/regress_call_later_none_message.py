import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_later(None, print, "x")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
