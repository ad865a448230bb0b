"""The brief: pydantic models of ANNOTATION.md and its vocabularies."""
