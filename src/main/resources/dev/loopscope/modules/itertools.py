"""itertools for LoopScope: the "roughly equivalent" generators of CPython 3.11's documentation.

Each is a generator, so it is lazy exactly like CPython's iterator objects (nothing runs until the
first next()). Argument errors that CPython raises at call time are raised eagerly here too.
"""

_marker = object()
_MAXSIZE = 9223372036854775807


def _check_int(value, what):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def count(start=0, step=1):
    def count(n):
        while True:
            yield n
            n += step
    return count(start)


def cycle(iterable):
    def cycle(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element
    return cycle(iter(iterable))


def repeat(object, times=None):
    def repeat():
        if times is None:
            while True:
                yield object
        else:
            for i in range(times):
                yield object
    return repeat()


def accumulate(iterable, func=None, *, initial=None):
    def accumulate(it):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = func(total, element) if func is not None else total + element
            yield total
    return accumulate(iter(iterable))


def chain(*iterables):
    def chain():
        for it in iterables:
            for element in it:
                yield element
    return chain()


def _from_iterable(iterables):
    def from_iterable(its):
        for it in its:
            for element in it:
                yield element
    return from_iterable(iter(iterables))


chain.from_iterable = _from_iterable


def compress(data, selectors):
    def compress(d, s):
        for x, keep in zip(d, s):
            if keep:
                yield x
    return compress(iter(data), iter(selectors))


def dropwhile(predicate, iterable):
    def dropwhile(it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return dropwhile(iter(iterable))


def takewhile(predicate, iterable):
    def takewhile(it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return takewhile(iter(iterable))


def filterfalse(predicate, iterable):
    def filterfalse(it):
        if predicate is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not predicate(x):
                    yield x
    return filterfalse(iter(iterable))


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        if key is None:
            key = lambda x: x
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = _marker

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey is _marker or self.currkey == self.tgtkey:
            self.currvalue = next(self.it)    # Exit on StopIteration
            self.currkey = self.keyfunc(self.currvalue)
            if self.tgtkey is _marker:
                break
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                self.currkey = _marker
                return
            self.currkey = self.keyfunc(self.currvalue)


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    for name, v in (('Indices', start), ('Stop argument', stop), ('Step', step)):
        if v is not None and (not isinstance(v, int) or v < 0):
            if name == 'Stop argument':
                raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            if name == 'Step':
                raise ValueError("Step for islice() must be a positive integer or None.")
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step == 0:
        raise ValueError("Step for islice() must be a positive integer or None.")

    if stop is None:
        stop = _MAXSIZE

    def islice(iterable):
        it = iter(range(start, stop, step))
        try:
            nexti = next(it)
        except StopIteration:
            # Consume *iterable* up to the *start* position.
            for i, element in zip(range(start), iterable):
                pass
            return
        i = -1
        try:
            for i, element in enumerate(iterable):
                if i == nexti:
                    yield element
                    nexti = next(it)
        except StopIteration:
            # Consume to *stop*.
            for i, element in zip(range(i + 1, stop), iterable):
                pass
    return islice(iter(iterable))


def starmap(function, iterable):
    def starmap(it):
        for args in it:
            yield function(*args)
    return starmap(iter(iterable))


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for i in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    newval = next(it)
                except StopIteration:
                    return
                for d in buffers:
                    d.append(newval)
            yield mybuf.pop(0)
    return tuple(gen(b) for b in buffers)


def zip_longest(*args, fillvalue=None):
    def zip_longest():
        iterators = [iter(it) for it in args]
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return zip_longest()


def product(*args, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in args] * repeat

    def product():
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)
    return product()


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")

    def permutations():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return
    return permutations()


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")

    def combinations():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)
    return combinations()


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")

    def combinations_with_replacement():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return combinations_with_replacement()


def pairwise(iterable):
    def pairwise(iterator):
        try:
            a = next(iterator)
        except StopIteration:
            return
        for b in iterator:
            yield a, b
            a = b
    return pairwise(iter(iterable))
