import asyncio

async def eternity():
    # Sleep for one hour
    await asyncio.sleep(3600)
    print('yay!')

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except TimeoutError:
        print('timeout!')

    try:
        async with asyncio.timeout(None) as cm:
            new_deadline = asyncio.get_running_loop().time() + 2
            cm.reschedule(new_deadline)
            await asyncio.sleep(3)
    except TimeoutError:
        print("rescheduled timeout")
    if cm.expired():
        print("Looks like we haven't finished on time.")

asyncio.run(main())
