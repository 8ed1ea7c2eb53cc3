#pragma once

#include "library/review.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace za::ui {

// Editors' notes: those of the article being read, or, with a query, all notes that contain it.
class NotesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPanel)

public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setArticleNotes(const QList<library::ReviewNote> &notes);
    void setFoundNotes(const QList<library::ReviewNote> &notes);
    int noteCount() const;

Q_SIGNALS:
    void searchRequested(const QString &query);
    void articleActivated(qint64 id);

private:
    void show(const QList<library::ReviewNote> &notes);

    QLineEdit *m_query = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace za::ui
