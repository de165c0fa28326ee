"""The `mapstudio` command: opens the app or runs a command such as `validate`.

May import every layer, but imports Qt only lazily inside the GUI entry function.
"""
