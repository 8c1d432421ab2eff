"""SQLite storage through sqlite-utils: workspace, schema migrations, repositories, file store. No Qt."""
