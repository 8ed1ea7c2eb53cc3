#include "ui/reviewbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace za::ui {

ReviewBar::ReviewBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_status->setObjectName(u"reviewStatus"_s);
    // Neither the status nor the actions may widen the window: on a narrow laptop screen the label
    // elides and the actions that do not fit move into the tool bar's » menu.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    layout->addWidget(m_status, 1);
    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    layout->addWidget(actions, 2);
    const auto button = [this, actions](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        actions->addWidget(b);
        m_buttons << b;
        return b;
    };
    connect(button(tr("Approve"), tr("Mark as reviewed (Ctrl+Enter approves and moves to the next article)")),
            &QToolButton::clicked, this, [this] { Q_EMIT statusRequested(library::ReviewStatus::Approved); });
    connect(button(tr("Needs changes"), tr("Mark as needing changes (Ctrl+Shift+Enter)")),
            &QToolButton::clicked, this,
            [this] { Q_EMIT statusRequested(library::ReviewStatus::NeedsChanges); });
    connect(button(tr("Correct…"), tr("Correct the article's text and fields (F2); the original is kept")),
            &QToolButton::clicked, this, &ReviewBar::correctRequested);
    connect(button(tr("Revisions…"), tr("View, compare and restore earlier versions")), &QToolButton::clicked,
            this, &ReviewBar::revisionsRequested);
    connect(button(tr("Tags…"), tr("File the article under other zones, cities or themes")),
            &QToolButton::clicked, this, &ReviewBar::tagsRequested);
    connect(button(tr("Note…"), tr("Add a note to the article or to the selected passage (Ctrl+M)")),
            &QToolButton::clicked, this, &ReviewBar::noteRequested);
    connect(button(tr("Move Paragraph…"),
                   tr("Move a paragraph the parser put here to another article of the issue")),
            &QToolButton::clicked, this, &ReviewBar::moveParagraphRequested);
    clear();
}

QString ReviewBar::statusLabel(library::ReviewStatus status)
{
    switch (status) {
    case library::ReviewStatus::Unreviewed:
        return tr("Unreviewed");
    case library::ReviewStatus::Approved:
        return tr("Approved");
    case library::ReviewStatus::NeedsChanges:
        return tr("Needs changes");
    }
    return {};
}

void ReviewBar::setReview(const ArticleReviewInfo &info)
{
    QString text = u"<b>%1</b>"_s.arg(statusLabel(info.state.status).toHtmlEscaped());
    if (!info.state.reviewer.isEmpty())
        text += u" · "_s + tr("by %1").arg(info.state.reviewer.toHtmlEscaped());
    if (!info.state.reviewedAt.isEmpty())
        text += u" · "_s + info.state.reviewedAt.left(16).replace(u'T', u' ').toHtmlEscaped();
    if (info.state.revisions > 0)
        text += u" · "_s + tr("%n correction(s)", nullptr, info.state.revisions);
    if (!info.notes.isEmpty())
        text += u" · "_s + tr("%n note(s)", nullptr, int(info.notes.size()));
    m_status->setText(text);
    for (QToolButton *b : std::as_const(m_buttons))
        b->setEnabled(true);
}

void ReviewBar::clear()
{
    m_status->clear();
    for (QToolButton *b : std::as_const(m_buttons))
        b->setEnabled(false);
}

QString ReviewBar::statusText() const
{
    return m_status->text();
}

} // namespace za::ui
