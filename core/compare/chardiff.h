#pragma once

#include <QList>
#include <QStringView>

namespace za::compare {

// One run of a character-level difference between an old and a new text.
struct DiffRun
{
    enum class Kind { Equal, Deleted, Inserted };
    Kind kind = Kind::Equal;
    qsizetype start = 0; // in the old text for Equal/Deleted, in the new text for Inserted
    qsizetype length = 0;
};

// Character-level difference (Myers' O(ND) algorithm with a linear-space middle snake is not needed for
// article-sized texts; this keeps O((N+M)·D) time and O(N+M+D²) memory, with the common prefix and suffix
// trimmed first). maxEdits bounds the work: texts differing in more places give one Deleted + one Inserted
// run, and *truncated is set.
QList<DiffRun> charDiff(QStringView oldText, QStringView newText, int maxEdits = 2000,
                        bool *truncated = nullptr);

} // namespace za::compare
