#include "library/walcheckpointer.h"

#include "search/sqlitestatement.h"

#include <sqlite3.h>

#include <system_error>

namespace za::library {

namespace {
// The WAL size, in multiples of `pages`, at which the writer stops waiting for the thread.
constexpr int kInlineFactor = 8;
} // namespace

WalCheckpointer::WalCheckpointer(sqlite3 *writer, int pages, int restorePages)
    : m_writer(writer)
    , m_pages(std::max(1, pages))
    , m_restorePages(restorePages)
{
    if (!writer || std::thread::hardware_concurrency() < 2)
        return;
    m_second = search::openSecondConnection(writer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    if (!m_second)
        return;
    try {
        m_thread = std::thread([this] { run(); });
    } catch (const std::system_error &) {
        sqlite3_close(m_second);
        m_second = nullptr;
        return;
    }
    // Replaces the automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(m_writer, &WalCheckpointer::walHook, this);
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread.joinable())
        return;
    sqlite3_wal_autocheckpoint(m_writer, m_restorePages); // removes the hook
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_close(m_second);
}

int WalCheckpointer::walHook(void *self, sqlite3 *db, const char *database, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= checkpointer->m_pages * kInlineFactor) {
        // The thread fell behind: bound the file as SQLite's own automatic checkpoint would.
        sqlite3_wal_checkpoint_v2(db, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        ++checkpointer->m_inline;
    } else if (pages >= checkpointer->m_pages) {
        {
            const std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_requested = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stop; });
        if (m_stop)
            return;
        m_requested = false;
        lock.unlock();
        // PASSIVE: copies what it can without waiting for the writer, which goes on meanwhile. Once it
        // has copied every frame, the writer's next transaction starts the WAL file over.
        if (sqlite3_wal_checkpoint_v2(m_second, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) ==
            SQLITE_OK)
            ++m_done;
        lock.lock();
    }
}

} // namespace za::library
