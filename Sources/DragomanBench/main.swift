import DragomanKit
print("benchmarks: see Makefile")
