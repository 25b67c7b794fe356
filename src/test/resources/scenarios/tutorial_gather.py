# Tutorial, gather example: results = await asyncio.gather(a(), b()) runs both coroutines
# as tasks and returns their results in argument order, not in finishing order.
import asyncio

async def fetch_data():
    print("Start fetching data...")
    await asyncio.sleep(2)
    print("Done fetching data")
    return {"data": "Sample Data"}

async def process_data():
    print("Start processing data...")
    await asyncio.sleep(1)
    print("Done processing data")
    return "Processed Data"

async def main():
    results = await asyncio.gather(fetch_data(), process_data())
    print(f"Results: {results}")
    fetched, processed = results
    print(f"fetched={fetched!r} processed={processed!r}")

asyncio.run(main())
