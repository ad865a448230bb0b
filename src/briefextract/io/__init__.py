"""Brief files: reading and validating them, writing batch output, the bundled corpus."""
