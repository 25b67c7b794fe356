# statistics: mean/fmean/median/mode/variance/stdev on latencies measured with the virtual clock
import asyncio
import statistics
from statistics import mean, median, stdev, pstdev, variance, pvariance, mode, StatisticsError


async def timed(delay):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delay)
    return loop.time() - start


async def main():
    ints = [1, 2, 3, 4, 4]
    floats = [0.1, 0.2, 0.3, 0.4, 0.7, 1.25]
    print(mean(ints), mean([1, 2, 3]), mean([1, 2]), mean(floats), mean([0.1] * 10), mean([1e20, 1, -1e20]))
    print(mean([1, 2.5]), mean([True, False, True]), statistics.fmean(ints), statistics.fmean(floats))
    print(median(ints), median([3, 1, 4, 1]), median([0.5, 0.25]), statistics.median_low([1, 3, 5, 7]),
          statistics.median_high([1, 3, 5, 7]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
    print(mode([1, 1, 2, 3, 3, 3]), mode("aabbbc"), mode(["x", "y"]), statistics.multimode("aabbcd"))
    print(variance(ints), pvariance(ints), variance(floats), pvariance(floats), variance([1, 2, 3, 4]))
    print(stdev(ints), pstdev(ints), stdev(floats), pstdev(floats), stdev([2, 4, 4, 4, 5, 5, 7, 9]))
    print(pstdev([2, 4, 4, 4, 5, 5, 7, 9]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([0.1, 0.2, 0.3]))
    print(variance(floats, 0.5), stdev([1, 1, 1]), pvariance([5]))
    print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]),
          statistics.harmonic_mean([2.5, 3, 10]))
    print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4),
          statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method="inclusive"))
    print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.covariance([1, 2, 3, 4], [2, 4, 5, 9]))
    print(statistics.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]))
    for fn, arg in [(mean, []), (median, []), (stdev, [1]), (variance, []), (mode, [])]:
        try:
            fn(arg)
        except StatisticsError as e:
            print(fn.__name__, "StatisticsError:", e, isinstance(e, ValueError))
    latencies = await asyncio.gather(*(timed(d) for d in (0.1, 0.25, 0.05, 0.3, 0.2)))
    print(latencies)
    print(f"mean={mean(latencies)} median={median(latencies)} stdev={stdev(latencies)} pstdev={pstdev(latencies)}")
    print(f"{mean(latencies):.3f} {stdev(latencies):.4f}")

asyncio.run(main())
