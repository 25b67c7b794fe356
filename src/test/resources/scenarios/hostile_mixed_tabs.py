# tabs and spaces mixed consistently (a tab-indented block, its body one tab and four spaces)
import asyncio

async def worker(name):
	if name:
	    for i in range(2):
	        await asyncio.sleep(1)
	        print(name, "step", i)
	return name

async def main():
        print(await asyncio.gather(worker("x"), worker("y")))

asyncio.run(main())
