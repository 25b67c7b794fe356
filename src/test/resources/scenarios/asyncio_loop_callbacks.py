# Loop callbacks: call_soon (FIFO, with arguments), call_later and call_at returning
# TimerHandles with when(); cancel() and cancelled(); call_later(0) vs call_soon order.
import asyncio

def log(label, *extra):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} {label}", *extra)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "soon 1")
    loop.call_later(0, log, "later 0")
    loop.call_soon(log, "soon 2", "with", "args")
    h1 = loop.call_later(1.5, log, "later 1.5")
    h2 = loop.call_at(loop.time() + 0.5, log, "at +0.5")
    h3 = loop.call_later(1, log, "never: cancelled")
    print("when:", h1.when(), h2.when(), h3.when())
    h3.cancel()
    print("cancelled:", h1.cancelled(), h3.cancelled())
    soon = loop.call_soon(log, "cancelled soon")
    soon.cancel()
    print("soon handle cancelled:", soon.cancelled())
    await asyncio.sleep(0)
    log("main after one round")
    await asyncio.sleep(2)
    h1.cancel()
    print("cancel after it ran:", h1.cancelled())
    fired = []
    for d in (0.3, 0.1, 0.2):
        loop.call_later(d, fired.append, d)
    await asyncio.sleep(0.5)
    print("fired in order:", fired)

asyncio.run(main())
