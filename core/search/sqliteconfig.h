#pragma once

namespace za::search {

// Process-wide SQLite settings; mains call this before anything opens a database (later it changes
// nothing). SQLite's memory statistics take one global mutex on every allocation: with them, two
// connections scanning the index on two threads each ran a third slower.
void configureSqlite();

} // namespace za::search
