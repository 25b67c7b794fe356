# dataclasses: fields with defaults and factories, repr/eq/order, frozen, post_init, asdict/astuple/replace, inheritance
import asyncio
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False, compare=False)
    attempts: int = field(default=0, init=False)
    registry: ClassVar[int] = 0


@dataclass(frozen=True)
class Config:
    host: str = "localhost"
    port: int = 8080


@dataclass
class Base:
    id: int
    label: str = "base"


@dataclass
class Derived(Base):
    extra: float = 1.5


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: List[float] = field(default_factory=list)
    bonus: InitVar[float] = 0.0

    def __post_init__(self, bonus):
        self.balance += bonus
        self.history.append(self.balance)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


@dataclass
class Task:
    name: str
    delay: float
    result: str = None

    async def run(self):
        await asyncio.sleep(self.delay)
        self.result = self.name.upper()
        return self


async def main():
    p = Point(1, 2)
    print(p, Point(3), Point(y=5, x=4), repr(Point(x=-1)))
    print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
    print(Point.__hash__, Point.__match_args__, Point.__doc__, Point.__init__.__qualname__)
    for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 1}), ((1,), {"x": 1})]:
        try:
            Point(*args, **kw)
        except TypeError as e:
            print("TypeError:", e)

    jobs = [Job(3, "c"), Job(1, "a", ["x"]), Job(2, "b")]
    print(sorted(jobs))
    print(Job(1, "a") == Job(1, "zzz"), Job(1, "a") < Job(2, "a"), Job(2, "a") >= Job(2, "b"))
    print(jobs[0].attempts, Job.registry, [f.name for f in fields(Job)])
    try:
        Job(1, "a") < Point(1)
    except TypeError as e:
        print("TypeError:", e)

    c = Config()
    print(c, Config(port=9000), hash(c) == hash(Config()), c == Config("localhost", 8080))
    try:
        c.port = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
    print(replace(c, port=1), c)

    d = Derived(7, extra=2.5)
    print(d, Base(1), isinstance(d, Base), [f.name for f in fields(d)])
    print(asdict(d), astuple(d))

    acct = Account("ann", 10.0, bonus=5.0)
    print(acct, acct.history)
    acct2 = Account("bob")
    print(acct2, acct2.history is acct.history)

    print(hash(Key(1, "a")) == hash(Key(1, "a")), len({Key(1, "a"), Key(1, "a"), Key(2, "b")}))
    try:
        hash(Point(1))
    except TypeError as e:
        print("TypeError:", e)

    @dataclass
    class Line:
        start: Point
        end: Point
        points: list = field(default_factory=list)
    line = Line(Point(0, 0), Point(3, 4), [Point(1, 1)])
    print(line)
    print(asdict(line))
    print(astuple(line))
    print(dataclasses.is_dataclass(line), dataclasses.is_dataclass(Line), dataclasses.is_dataclass(1))

    try:
        @dataclass
        class Bad:
            items: list = []
    except ValueError as e:
        print("ValueError:", e)
    try:
        @dataclass
        class Bad2:
            a: int = 1
            b: int
    except TypeError as e:
        print("TypeError:", e)
    try:
        fields(3)
    except TypeError as e:
        print("TypeError:", e)

    tasks = [Task("alpha", 0.2), Task("beta", 0.1)]
    done = await asyncio.gather(*(t.run() for t in tasks))
    print(done)
    print([asdict(t) for t in done])

asyncio.run(main())
