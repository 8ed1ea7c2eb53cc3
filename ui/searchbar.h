#pragma once

#include "library/records.h"

#include <QAbstractListModel>
#include <QLineEdit>

class QCompleter;

namespace za::ui {

// Names the search bar offers for the word being typed: matched on the name, its pinyin or its pinyin
// initials (houma, hm → 侯马经济开发区); with nothing typed, the search history.
class CompletionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionModel)

public:
    explicit CompletionModel(QObject *parent = nullptr);

    void setEntries(const QList<library::CompletionEntry> &entries);
    void setHistory(const QStringList &history);
    // Filters for the word under the cursor; a "field:" prefix limits the entries to that field.
    void setPrefix(const QString &word);

    // Text that replaces the word: "zone:侯马经济开发区", or a history query as it was.
    QString completionText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString display;
        QString insert;
    };
    QList<library::CompletionEntry> m_entries;
    QStringList m_history;
    QList<Row> m_rows;
};

// The query line: the engine's query language, completion of zone, city, theme and author names
// (also by pinyin), and the history of queries.
class SearchBar final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)

public:
    explicit SearchBar(QWidget *parent = nullptr);

    void setCompletions(const QList<library::CompletionEntry> &entries);
    void setHistory(const QStringList &history);
    QStringList history() const { return m_history; }
    // Records the current text as the newest history entry (on Enter).
    void commitToHistory();
    CompletionModel *completionModel() const { return m_model; }

Q_SIGNALS:
    void historyChanged(const QStringList &history);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCompletionPrefix();
    void insertCompletion(const QModelIndex &index);
    // Start and length of the word under the cursor.
    std::pair<int, int> currentWord() const;

    CompletionModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QStringList m_history;
};

} // namespace za::ui
