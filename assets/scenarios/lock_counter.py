# Lock: two tasks update a shared balance; without a lock one deposit is lost
# A deposit reads the balance, awaits a slow bank call, then writes. Without the lock the second
# task reads the old balance while the first one waits. With the lock they take turns.
import asyncio

balance = 0

async def deposit(who, amount):
    global balance
    seen = balance  # read
    print(f"{who} reads {seen}")
    await asyncio.sleep(0.1)  # the loop runs the other task here
    balance = seen + amount  # write: may overwrite the other task's deposit
    print(f"{who} writes {balance}")

async def deposit_locked(who, amount, lock):
    async with lock:  # one task at a time gets past this line; the other waits here
        await deposit(who, amount)

async def main():
    global balance
    await asyncio.gather(deposit("alice", 50), deposit("bob", 30))
    print(f"without a lock: {balance} (expected 80)")

    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(deposit_locked("alice", 50, lock), deposit_locked("bob", 30, lock))
    print(f"with a lock: {balance}")

asyncio.run(main())
