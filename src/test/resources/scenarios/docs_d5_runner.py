import asyncio

async def main():
    await asyncio.sleep(1)
    print('hello')

with asyncio.Runner() as runner:
    runner.run(main())
    runner.run(main())
    print(runner.get_loop().time())

async def coro_cb(loop, fut):
    await asyncio.sleep(0.5)
    fut.set_result("done")

def cb(n):
    print("callback", n)

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_soon(cb, 1)
loop.call_later(0.2, cb, 2)
t = loop.create_task(coro_cb(loop, fut))
print(loop.run_until_complete(fut))
loop.close()
