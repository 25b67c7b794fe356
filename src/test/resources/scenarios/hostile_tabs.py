# indented with tabs only
import asyncio

async def worker(name, delay):
	for i in range(2):
		await asyncio.sleep(delay)
		print(name, "step", i)
	return name

async def main():
	results = await asyncio.gather(worker("a", 1), worker("b", 0.5))
	print("done", results)

asyncio.run(main())
