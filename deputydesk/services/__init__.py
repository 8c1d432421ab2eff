"""Use cases shared by the GUI and the CLI. Each returns plain data. No Qt."""
