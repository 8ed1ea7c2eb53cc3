#include "ui/searchbar.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace za::ui {

namespace {

constexpr int kMaxHistory = 30;
constexpr int kMaxRows = 50;

} // namespace

CompletionModel::CompletionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CompletionModel::setEntries(const QList<library::CompletionEntry> &entries)
{
    m_entries = entries;
    // Names that many articles carry first.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const auto &a, const auto &b) { return a.articles > b.articles; });
}

void CompletionModel::setHistory(const QStringList &history)
{
    m_history = history;
}

void CompletionModel::setPrefix(const QString &word)
{
    beginResetModel();
    m_rows.clear();
    if (word.isEmpty()) {
        for (const QString &query : std::as_const(m_history))
            m_rows.append({query, query});
        endResetModel();
        return;
    }
    QString field;
    QString prefix = word;
    if (const qsizetype colon = word.indexOf(u':'); colon > 0) {
        field = word.left(colon);
        prefix = word.mid(colon + 1);
    }
    const QString latin = prefix.toLower();
    for (const library::CompletionEntry &e : std::as_const(m_entries)) {
        if (!field.isEmpty() && e.field != field)
            continue;
        const bool matches = prefix.isEmpty() || e.text.startsWith(prefix, Qt::CaseInsensitive) ||
                             (e.text.size() > prefix.size() && e.text.contains(prefix)) ||
                             e.pinyin.startsWith(latin) || e.initials.startsWith(latin);
        if (!matches || e.text == prefix)
            continue;
        QString insert = e.text.contains(u' ') ? u"\"%1\""_s.arg(e.text) : e.text;
        m_rows.append({u"%1  ·  %2"_s.arg(e.text, e.field), e.field + u':' + insert});
        if (m_rows.size() >= kMaxRows)
            break;
    }
    endResetModel();
}

QString CompletionModel::completionText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).insert : QString();
}

int CompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CompletionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_rows.at(index.row()).display;
    if (role == Qt::EditRole)
        return m_rows.at(index.row()).insert;
    return {};
}

SearchBar::SearchBar(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new CompletionModel(this))
    , m_completer(new QCompleter(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search: 招商 太原  \"营商环境\"  zone:侯马经济开发区  date:2023-05  -安全"));
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &SearchBar::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &SearchBar::updateCompletionPrefix);
}

void SearchBar::setCompletions(const QList<library::CompletionEntry> &entries)
{
    m_model->setEntries(entries);
}

void SearchBar::setHistory(const QStringList &history)
{
    m_history = history;
    m_model->setHistory(history);
}

void SearchBar::commitToHistory()
{
    const QString query = text().trimmed();
    if (query.isEmpty())
        return;
    m_history.removeAll(query);
    m_history.prepend(query);
    while (m_history.size() > kMaxHistory)
        m_history.removeLast();
    m_model->setHistory(m_history);
    Q_EMIT historyChanged(m_history);
}

std::pair<int, int> SearchBar::currentWord() const
{
    const QString t = text();
    int start = cursorPosition();
    while (start > 0 && !t.at(start - 1).isSpace() && t.at(start - 1) != u'(')
        --start;
    return {start, cursorPosition() - start};
}

void SearchBar::updateCompletionPrefix()
{
    const auto [start, length] = currentWord();
    const QString word = text().mid(start, length);
    // History only for an empty bar; names once something is typed (after a minus, a NOT-term too).
    if (text().trimmed().isEmpty()) {
        m_model->setPrefix({});
    } else if (word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    } else {
        m_model->setPrefix(word.startsWith(u'-') ? word.mid(1) : word);
    }
    if (m_model->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void SearchBar::insertCompletion(const QModelIndex &index)
{
    const QString completion = m_model->completionText(index.row());
    if (completion.isEmpty())
        return;
    if (text().trimmed().isEmpty() || m_history.contains(completion)) {
        setText(completion);
    } else {
        auto [start, length] = currentWord();
        QString t = text();
        if (t.mid(start, 1) == u"-"_s) {
            ++start;
            --length;
        }
        t.replace(start, length, completion + u' ');
        setText(t);
        setCursorPosition(int(start + completion.size() + 1));
    }
    Q_EMIT textEdited(text());
}

void SearchBar::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return; // the completer handles these
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Down && text().isEmpty()) {
        m_model->setPrefix({});
        if (m_model->rowCount() > 0)
            m_completer->complete();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace za::ui
