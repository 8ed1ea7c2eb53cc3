#include "search/sqliteconfig.h"

#include <sqlite3.h>

namespace za::search {

void configureSqlite()
{
    if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK)
        sqlite3_initialize();
}

} // namespace za::search
