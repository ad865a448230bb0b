"""spaCy components of briefextract, registered as ``briefextract.*`` factories."""
