#include "ui/notespanel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace za::ui {

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_query->setPlaceholderText(tr("Search all notes…"));
    m_query->setClearButtonEnabled(true);
    m_list->setObjectName(u"notesList"_s);
    m_list->setWordWrap(true);
    layout->addWidget(m_query);
    layout->addWidget(m_list, 1);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { Q_EMIT searchRequested(m_query->text()); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT articleActivated(id);
    });
}

int NotesPanel::noteCount() const
{
    return m_list->count();
}

void NotesPanel::setArticleNotes(const QList<library::ReviewNote> &notes)
{
    if (m_query->text().isEmpty())
        show(notes);
}

void NotesPanel::setFoundNotes(const QList<library::ReviewNote> &notes)
{
    show(notes);
}

void NotesPanel::show(const QList<library::ReviewNote> &notes)
{
    m_list->clear();
    for (const library::ReviewNote &n : notes) {
        QString text = n.text;
        if (!n.quote.isEmpty())
            text = u"「%1」 %2"_s.arg(n.quote, text);
        text += u"\n— %1 %2"_s.arg(n.author, n.createdAt.left(16).replace(u'T', u' '));
        if (!n.headline.isEmpty())
            text += u" · "_s + n.headline;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, n.articleId);
    }
}

} // namespace za::ui
