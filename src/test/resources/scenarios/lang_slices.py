# Language: indexing and slicing of lists, strings and tuples (negative indexes, steps,
# reversal), slice assignment (growing/shrinking), extended slice assignment, del.
import asyncio

async def main():
    nums = list(range(10))
    print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[:-7])
    print(nums[::2], nums[1::3], nums[::-1], nums[8:2:-2], nums[-1:-4:-1])
    print(nums[100:], nums[-100:2], nums[5:5])
    word = "asyncio"
    print(word[0], word[-1], word[1:4], word[::-1], word[::3])
    print((1, 2, 3, 4)[1:3], (1, 2, 3)[::-1])
    nums[2:5] = ["a", "b"]
    print(nums)
    nums[:0] = [-2, -1]
    print(nums)
    nums[::3] = [0] * len(nums[::3])
    print(nums)
    del nums[1]
    del nums[-2:]
    del nums[::2]
    print(nums)
    try:
        nums[::2] = [1, 2, 3, 4, 5, 6, 7]
    except ValueError as e:
        print("ValueError:", e)
    s = slice(1, None, 2)
    print(s, "abcdef"[s], list(range(20))[s][:4])
    copy = nums[:]
    copy.append("new")
    print(len(nums), len(copy))

asyncio.run(main())
