"""A stand-in orjson that cannot be imported (see orjson.py)."""
