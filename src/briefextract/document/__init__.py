"""Document intake: reading files, preparing text, page furniture, line breaks."""
