import asyncio
import functools

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args):
        print("calling", fn.__name__, args)
        return await fn(*args)
    return wrapper

@logged
async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b

async def main():
    print(await add(1, 2), add.__name__)

asyncio.run(main())
