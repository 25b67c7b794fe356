# expect: run
# () in b"b" threw a Java ClassCastException out of the engine
try:
    print(() in b"b")
except TypeError as e:
    print(e)
try:
    print(300 in b"b")
except ValueError as e:
    print(e)
