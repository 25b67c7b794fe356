import asyncio

async def main():
    e = OSError(2, "No such file")
    print(type(e).__name__, e)
    try:
        raise ConnectionResetError(104, "Connection reset by peer")
    except OSError as ex:
        print(type(ex).__name__, ex, ex.errno)

asyncio.run(main())
