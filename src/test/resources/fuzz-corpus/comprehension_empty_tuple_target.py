# expect: SyntaxError
# "for ()" with no "in" asked for the last element of an empty tuple (IndexOutOfBounds)
print("cleared", event.is_set for ())
