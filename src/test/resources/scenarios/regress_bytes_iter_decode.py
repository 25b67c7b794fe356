import asyncio

async def main():
    data = "héllo".encode()
    print(data)
    print(data.decode())
    print(list(data))

asyncio.run(main())
