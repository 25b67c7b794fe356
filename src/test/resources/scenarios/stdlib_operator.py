# operator: itemgetter/attrgetter/methodcaller as sort keys, arithmetic functions with reduce and map
import asyncio
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce


class Job:
    def __init__(self, name, priority, owner):
        self.name, self.priority, self.owner = name, priority, owner

    def __repr__(self):
        return f"Job({self.name!r}, {self.priority})"


class Owner:
    def __init__(self, name):
        self.name = name


async def run(job):
    await asyncio.sleep(job.priority / 10)
    return job.name


async def main():
    rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
    print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
    print(itemgetter(1)("xyz"), itemgetter(0, 2)("xyz"), itemgetter("k")({"k": 5}))
    jobs = [Job("x", 3, Owner("ann")), Job("y", 1, Owner("bob")), Job("z", 2, Owner("ann"))]
    print(sorted(jobs, key=attrgetter("priority")))
    print(list(map(attrgetter("owner.name"), jobs)), attrgetter("name", "priority")(jobs[0]))
    print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("1,2,3"),
          methodcaller("replace", "a", "o")("banana"))
    print(itemgetter(1), attrgetter("a.b", "c"), methodcaller("f", 1, k=2))
    print(reduce(operator.add, [1, 2, 3]), reduce(operator.mul, range(1, 6)), list(map(operator.neg, [1, -2])))
    print(operator.sub(5, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3),
          operator.pow(2, 8), operator.lt(1, 2), operator.eq("a", "a"), operator.not_(0),
          operator.truth([]), operator.contains([1, 2], 2), operator.concat([1], [2]),
          operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.is_(None, None),
          operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.abs(-4))
    d = {"a": 1}
    operator.setitem(d, "b", 2)
    operator.delitem(d, "a")
    print(d, operator.getitem(d, "b"), operator.iadd([1], [2]))
    results = await asyncio.gather(*map(run, sorted(jobs, key=attrgetter("priority"), reverse=True)))
    print(results)
    by_owner = {}
    for job in sorted(jobs, key=attrgetter("owner.name", "name")):
        by_owner.setdefault(job.owner.name, []).append(job.name)
    print(by_owner)

asyncio.run(main())
