# gather: run two coroutines at once and get their results in argument order
# The tutorial's gather line, completed: fetch_data takes 2 s and process_data 1 s, yet the
# whole gather takes 2 s, and the results come back in the order the coroutines were passed.
import asyncio

async def fetch_data():
    print("Start fetching data...")
    await asyncio.sleep(2)  # a network request that takes 2 seconds
    print("Done fetching data")
    return {"data": "Sample Data"}

async def process_data():
    print("Start processing data...")
    await asyncio.sleep(1)  # processing that takes 1 second
    print("Done processing data")
    return "Processed Data"

async def main():
    results = await asyncio.gather(fetch_data(), process_data())
    print(f"Results: {results}")
    print(f"Took {asyncio.get_running_loop().time():.1f} s, not 3 s")

asyncio.run(main())
