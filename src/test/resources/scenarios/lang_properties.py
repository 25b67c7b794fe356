# Language: @property with a setter that validates, @classmethod alternative
# constructors, @staticmethod helpers, and errors from a read-only property.
import asyncio

class Temperature:
    unit = "C"

    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

async def main():
    t = Temperature(25)
    print(t.celsius, t.fahrenheit, Temperature.is_freezing(t.celsius))
    t.celsius = -5
    print(t.celsius, t.fahrenheit, t.is_freezing(t.celsius))
    try:
        t.celsius = -300
    except ValueError as e:
        print("ValueError:", e)
    try:
        t.fahrenheit = 100
    except AttributeError as e:
        print("AttributeError:", e)
    u = Temperature.from_fahrenheit(212)
    print(type(u).__name__, u.celsius, u.unit)

asyncio.run(main())
