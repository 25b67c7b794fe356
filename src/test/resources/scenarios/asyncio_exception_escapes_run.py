# An exception raised in a child task and re-raised through await escapes main:
# asyncio.run reports `end exception`, then the program ends with `error`.
import asyncio

class PaymentError(Exception):
    pass

async def charge(amount):
    await asyncio.sleep(0.3)
    if amount > 100:
        raise PaymentError(f"limit exceeded: {amount}")
    return amount

async def main():
    print("charged", await charge(50))
    task = asyncio.create_task(charge(250))
    try:
        await task
    finally:
        print("finally in main runs, task done:", task.done())
    print("not reached")

asyncio.run(main())
print("not reached either")
