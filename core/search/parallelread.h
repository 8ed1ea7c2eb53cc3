#pragma once

#include <QtGlobal>

#include <functional>
#include <thread>

struct sqlite3;

namespace za::search {

// Runs a read on a second connection to the same library, on a thread of its own, while the caller
// reads on the first. Where that cannot be (a database without a file, one core, no thread or no
// second connection to be had, or the read failing there) finish() runs it on the first connection;
// so it does inside a transaction of the first connection, whose changes only that one sees. The read
// may run twice (there, then here): it must start from scratch each time.
class ParallelRead final
{
    Q_DISABLE_COPY_MOVE(ParallelRead)

public:
    ParallelRead(sqlite3 *connection, std::function<bool(sqlite3 *)> read);
    ~ParallelRead();

    // Whether the read succeeded (on either connection). Called once.
    bool finish();

private:
    sqlite3 *m_connection;
    std::function<bool(sqlite3 *)> m_read;
    sqlite3 *m_second = nullptr;
    std::thread m_thread;
    bool m_ok = false;
};

} // namespace za::search
