import sys

from briefextract.cli import main

sys.exit(main())
