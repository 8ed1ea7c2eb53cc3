#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace za::library {

// Checkpoints the WAL of a connection that writes a lot (an import) on a thread and connection of its
// own. SQLite's automatic checkpoint runs inside the writer's commit, which then waits for the copy
// into the library and its fsync: some 8% of an import's wall time, both of its threads idle. While this
// object lives, the writer's commits only signal the thread once the WAL holds `pages` pages; a WAL
// eight times that size (the thread cannot keep up) is checkpointed in the commit, as before, so the
// file stays bounded. Where there is no second core or no second connection to be had, the automatic
// checkpoint stays as it was. Afterwards the writer's automatic checkpoint is set to `restorePages`.
class WalCheckpointer final
{
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    WalCheckpointer(sqlite3 *writer, int pages, int restorePages);
    ~WalCheckpointer();

    bool isActive() const { return m_thread.joinable(); }
    // Checkpoints the thread completed (for tests and benchmarks).
    int checkpointsDone() const { return m_done.load(); }
    // Checkpoints the writer had to run itself because the WAL had grown too large.
    int checkpointsInline() const { return m_inline.load(); }

private:
    static int walHook(void *self, sqlite3 *db, const char *database, int pages);
    void run();

    sqlite3 *m_writer;
    sqlite3 *m_second = nullptr;
    int m_pages;
    int m_restorePages;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
    std::atomic<int> m_done{0};
    std::atomic<int> m_inline{0};
    std::thread m_thread;
};

} // namespace za::library
