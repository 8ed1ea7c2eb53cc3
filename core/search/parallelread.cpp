#include "search/parallelread.h"

#include <sqlite3.h>

#include <system_error>

namespace za::search {

namespace {
// How long the second connection waits for a writer's lock (it reads; WAL rarely makes it).
constexpr int kSecondReaderBusyTimeoutMs = 5000;
} // namespace

ParallelRead::ParallelRead(sqlite3 *connection, std::function<bool(sqlite3 *)> read)
    : m_connection(connection)
    , m_read(std::move(read))
{
    if (std::thread::hardware_concurrency() < 2 || !sqlite3_get_autocommit(connection))
        return;
    const char *file = sqlite3_db_filename(connection, "main");
    if (!file || !*file ||
        sqlite3_open_v2(file, &m_second, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(m_second);
        m_second = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_second, kSecondReaderBusyTimeoutMs);
    try {
        m_thread = std::thread([this] { m_ok = m_read(m_second); });
    } catch (const std::system_error &) {
    }
}

ParallelRead::~ParallelRead()
{
    if (m_thread.joinable())
        m_thread.join();
    sqlite3_close(m_second);
}

bool ParallelRead::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    if (!m_ok)
        m_ok = m_read(m_connection);
    return m_ok;
}

} // namespace za::search
