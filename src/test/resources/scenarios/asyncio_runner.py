# asyncio.Runner as a context manager runs two coroutines on the same loop (the clock and
# the task counter carry over); asyncio.run afterwards gets a fresh loop.
import asyncio

async def first():
    await asyncio.sleep(1)
    return "first at " + str(asyncio.get_running_loop().time())

async def second(prefix):
    t = asyncio.create_task(asyncio.sleep(0.5, result="sub"))
    return prefix + " " + await t

async def main():
    return asyncio.current_task().get_name()

with asyncio.Runner() as runner:
    print(runner.run(first()))
    print(runner.run(second("second got")))
    loop = runner.get_loop()
    print("same loop time:", loop.time())
print("after the runner:", asyncio.run(main()))

