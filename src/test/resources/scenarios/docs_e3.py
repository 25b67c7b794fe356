import asyncio

async def main():
    print("start")
    await asyncio.sleep(1)
    raise SystemExit(3)

try:
    asyncio.run(main())
finally:
    print("finally at top")
