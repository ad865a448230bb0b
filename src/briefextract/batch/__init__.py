"""Many documents: worker processes, Dask, progress, documents run in pieces."""
