"""Minutebook: a public meetings archive, from records to a static site.

This package is the domain. It never imports MkDocs: `hooks/` adapts it to MkDocs and `build.py`
to the command line, so the archive outlives any one site generator.
"""
