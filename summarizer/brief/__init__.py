"""The ``brief`` command's stages: grouping a day's articles into stories (``group``)."""
