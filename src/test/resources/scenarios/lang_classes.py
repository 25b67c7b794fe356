# Language: classes with __init__ and methods, class vs instance attributes, inheritance,
# method overriding, super(), isinstance/issubclass and type(x).__name__.
import asyncio

class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__} {self.name} ({self.kingdom})"

class Dog(Animal):
    def __init__(self, name, tricks=()):
        super().__init__(name, "woof")
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + "!"

class Puppy(Dog):
    kingdom = "cute"

    def speak(self):
        return super().speak().replace("woof", "yip")

async def main():
    cat = Animal("Tom", "meow")
    rex = Dog("Rex", ["sit"])
    bit = Puppy("Bit")
    for a in (cat, rex, bit):
        print(a.speak(), "|", a.describe())
    print("count:", Animal.count, Dog.count, bit.count)
    rex.tricks.append("roll")
    print(rex.tricks, bit.tricks)
    cat.kingdom = "overridden"
    print(cat.kingdom, Animal.kingdom, Puppy.kingdom)
    print(isinstance(bit, Animal), isinstance(cat, Dog), issubclass(Puppy, Dog))
    print([c.__name__ for c in Puppy.__mro__])
    print(hasattr(rex, "tricks"), hasattr(cat, "tricks"))

asyncio.run(main())
