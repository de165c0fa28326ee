"""Tests of mapstudio.fileformat (a package so its helpers import relatively)."""
