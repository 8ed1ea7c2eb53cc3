#pragma once

#include "library/library.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

// Looks into a library from the test process: which of a set of files are stored, and how completely.
namespace za::reliability {

enum class FileState {
    Absent,   // no source, no page, no article
    Complete, // source, its page and every article the file yields
    Partial   // anything in between: the bug the all-or-nothing tests look for
};

class LibraryProbe final
{
    Q_DISABLE_COPY_MOVE(LibraryProbe)

public:
    explicit LibraryProbe(const QString &path);
    ~LibraryProbe();

    bool open(QString *error);
    // expectedArticles < 0: any positive number of articles counts as complete.
    FileState state(const QString &file, int expectedArticles) const;
    qint64 count(const QString &table) const;
    QStringList check() const;

private:
    std::unique_ptr<library::Library> m_library;
};

// "path -> articles" from `import --json` output.
QHash<QString, int> articlesByFile(const QJsonObject &importJson);

const char *stateName(FileState state);

} // namespace za::reliability
