x = "héllo wörld 😀"; é = 1
if é:
	π = f"{é!r} 😀 {x}"
	z = (é,
	     π)def f():
    return "\\N", '😀' + x
# trailing comment without newline