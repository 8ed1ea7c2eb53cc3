#include "search/parallelread.h"

#include "search/sqlitestatement.h"

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
    m_second = openSecondConnection(connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    if (!m_second)
        return;
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
