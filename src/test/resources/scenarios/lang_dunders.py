# Language: user dunders used by builtins: __repr__ (lists, !r), __str__ (print), __eq__,
# __lt__ (sorted, min, max), __len__ (len, truthiness), __iter__ (for, list), __add__,
# __contains__, __getitem__, __bool__.
import asyncio

class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
    def __str__(self):
        return f"{self.rank}{self.suit}"
    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

class Hand:
    def __init__(self, *cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __iter__(self):
        return iter(self.cards)
    def __contains__(self, card):
        return card in self.cards
    def __getitem__(self, i):
        return self.cards[i]
    def __add__(self, other):
        return Hand(*self.cards, *other.cards)
    def __repr__(self):
        return "Hand(" + " ".join(str(c) for c in self.cards) + ")"

async def main():
    hand = Hand(Card(9, "h"), Card(3, "s"), Card(9, "c"))
    print(hand, len(hand), bool(hand), bool(Hand()))
    print(sorted(hand))
    print("min", min(hand), "max", max(hand))
    for card in hand:
        print(" ", card, repr(card))
    print(Card(3, "s") in hand, Card(4, "s") in hand, Card(3, "s") == Card(3, "s"))
    print(hand[0], hand[-1], hand[1:])
    both = hand + Hand(Card(1, "d"))
    print(both, list(both)[-1])
    print(f"{hand[0]} / {hand[0]!r} / {hand[0]!s}")
    print(Card(2, "x") != Card(2, "x"), Card(1, "a") > Card(0, "z"))

asyncio.run(main())
