#include "compare/chardiff.h"

#include <vector>

namespace za::compare {

namespace {

void append(QList<DiffRun> &runs, DiffRun::Kind kind, qsizetype start, qsizetype length)
{
    if (length <= 0)
        return;
    if (!runs.isEmpty() && runs.last().kind == kind && runs.last().start + runs.last().length == start) {
        runs.last().length += length;
        return;
    }
    runs.append({kind, start, length});
}

} // namespace

QList<DiffRun> charDiff(QStringView oldText, QStringView newText, int maxEdits, bool *truncated)
{
    if (truncated)
        *truncated = false;
    QList<DiffRun> runs;

    qsizetype prefix = 0;
    while (prefix < oldText.size() && prefix < newText.size() && oldText[prefix] == newText[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldText.size() - prefix && suffix < newText.size() - prefix &&
           oldText[oldText.size() - 1 - suffix] == newText[newText.size() - 1 - suffix])
        ++suffix;
    const QStringView a = oldText.mid(prefix, oldText.size() - prefix - suffix);
    const QStringView b = newText.mid(prefix, newText.size() - prefix - suffix);
    const qsizetype n = a.size();
    const qsizetype m = b.size();

    append(runs, DiffRun::Kind::Equal, 0, prefix);
    const auto finish = [&] { append(runs, DiffRun::Kind::Equal, oldText.size() - suffix, suffix); };
    if (n == 0 || m == 0) {
        append(runs, DiffRun::Kind::Deleted, prefix, n);
        append(runs, DiffRun::Kind::Inserted, prefix, m);
        finish();
        return runs;
    }

    // Myers' greedy algorithm; the V array of every round is kept for the backtrack.
    const qsizetype maxD = std::min<qsizetype>(n + m, maxEdits);
    const qsizetype offset = maxD + 1;
    std::vector<qsizetype> v(size_t(2 * offset + 1), 0);
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= maxD && found < 0; ++d) {
        trace.push_back(v);
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        if (truncated)
            *truncated = true;
        append(runs, DiffRun::Kind::Deleted, prefix, n);
        append(runs, DiffRun::Kind::Inserted, prefix, m);
        finish();
        return runs;
    }

    // Backtrack from (n, m) to (0, 0), collecting runs in reverse.
    QList<DiffRun> reversed;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<qsizetype> &pv = trace[size_t(d)];
        const qsizetype k = x - y;
        qsizetype prevK;
        if (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]))
            prevK = k + 1;
        else
            prevK = k - 1;
        const qsizetype prevX = pv[size_t(offset + prevK)];
        const qsizetype prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            reversed.append({DiffRun::Kind::Equal, prefix + x, 1});
        }
        if (x == prevX)
            reversed.append({DiffRun::Kind::Inserted, prefix + prevY, 1});
        else
            reversed.append({DiffRun::Kind::Deleted, prefix + prevX, 1});
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.append({DiffRun::Kind::Equal, prefix + x, 1});
    }
    for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
        append(runs, it->kind, it->start, it->length);
    finish();
    return runs;
}

} // namespace za::compare
