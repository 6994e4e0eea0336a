"""Prints each SAM template given as argument after the SAM transform, as cfn-lint transforms it (local
CodeUri replaced by an S3 location, region us-east-1), in one JSON object keyed by file name. A template
that cannot be transformed maps to its errors instead."""
import json
import sys

from cfnlint.decode import decode
from cfnlint.template.transforms._sam import Transform

transformed = {}
for path in sys.argv[1:]:
    template, matches = decode(path)
    if not matches:
        transform = Transform(path, template, "us-east-1")
        matches = transform.transform_template()
    if matches:
        transformed[path] = {"errors": [str(match) for match in matches]}
    else:
        transformed[path] = {"template": transform.template()}
json.dump(transformed, sys.stdout, sort_keys=True, default=str)
