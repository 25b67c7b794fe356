# Virtual time: time.time() is 2024-01-01 10:00:00 UTC + clock; monotonic, perf_counter and
# loop.time() are the clock; strftime/gmtime/localtime follow it (UTC, C locale).
import asyncio
import time

def show(label):
    loop = asyncio.get_running_loop()
    print(f"{label}: time={time.time()} monotonic={time.monotonic()} "
          f"perf={time.perf_counter()} loop={loop.time()}")
    print("   ", time.strftime("%Y-%m-%d %H:%M:%S"), time.strftime("%X"), time.strftime("%a %b %d %j"))

async def main():
    show("start")
    t0 = time.perf_counter()
    await asyncio.sleep(90.5)
    show("after 90.5 s")
    print(f"elapsed {time.perf_counter() - t0:.3f}")
    time.sleep(3600)
    show("after blocking an hour")
    g = time.gmtime()
    print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
    print(time.strftime("%H:%M", time.gmtime(0)), time.strftime("%d/%m/%Y", time.localtime(1704103200 + 86400 * 45)))
    print(int(time.time()) - 1704103200, time.time_ns() // 10**9)

asyncio.run(main())
