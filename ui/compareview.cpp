#include "ui/compareview.h"

#include "ui/searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace za::ui {

namespace {

enum Mark : quint8 { None = 0, Shared = 1, Deleted = 2, Inserted = 3 };

QString markStyle(Mark mark)
{
    switch (mark) {
    case Shared:
        return u"background-color:#fff1a8"_s;
    case Deleted:
        return u"background-color:#ffc9c9;text-decoration:line-through"_s;
    case Inserted:
        return u"background-color:#c8f2c2"_s;
    case None:
        break;
    }
    return {};
}

QList<qint64> idsFromMime(const QMimeData *mime)
{
    QList<qint64> ids;
    if (mime->hasFormat(QString::fromLatin1(kArticleIdsMimeType))) {
        const QList<QByteArray> lines = mime->data(QString::fromLatin1(kArticleIdsMimeType)).split('\n');
        for (const QByteArray &line : lines) {
            if (const qint64 id = line.trimmed().toLongLong(); id > 0)
                ids << id;
        }
    } else if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.scheme() == "zonearchive"_L1 && url.host() == "article"_L1) {
                if (const qint64 id = url.path().mid(1).toLongLong(); id > 0)
                    ids << id;
            }
        }
    }
    return ids;
}

} // namespace

MarkerStrip::MarkerStrip(QWidget *parent)
    : QWidget(parent)
{
    setFixedWidth(8);
}

void MarkerStrip::setMarks(const QList<QPair<double, double>> &marks)
{
    m_marks = marks;
    update();
}

void MarkerStrip::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    for (const auto &[start, end] : std::as_const(m_marks)) {
        const int top = int(start * height());
        const int bottom = std::max(top + 2, int(end * height()));
        painter.fillRect(QRect(0, top, width(), bottom - top), QColor(0xe0, 0xa8, 0x00));
    }
}

ComparePane::ComparePane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_strip(new MarkerStrip(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *header = new QHBoxLayout;
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    auto *left = new QToolButton(this);
    left->setText(u"◀"_s);
    left->setToolTip(tr("Move left"));
    auto *right = new QToolButton(this);
    right->setText(u"▶"_s);
    right->setToolTip(tr("Move right"));
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Close this pane"));
    m_left = left;
    m_right = right;
    header->addWidget(m_title, 1);
    header->addWidget(left);
    header->addWidget(right);
    header->addWidget(close);
    layout->addLayout(header);
    auto *body = new QHBoxLayout;
    body->addWidget(m_browser, 1);
    body->addWidget(m_strip);
    layout->addLayout(body, 1);

    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(left, &QToolButton::clicked, this, &ComparePane::moveLeftRequested);
    connect(right, &QToolButton::clicked, this, &ComparePane::moveRightRequested);
    connect(close, &QToolButton::clicked, this, &ComparePane::closeRequested);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_syncing)
            Q_EMIT scrolledToParagraph(topParagraph());
    });
}

void ComparePane::setMoveEnabled(bool left, bool right)
{
    m_left->setEnabled(left);
    m_right->setEnabled(right);
}

void ComparePane::setFontPointSize(int points)
{
    QFont f = m_browser->font();
    f.setPointSize(points);
    m_browser->document()->setDefaultFont(f);
}

void ComparePane::setArticle(const library::ArticleRecord &article)
{
    m_article = article;
    QStringList parts;
    parts << (article.headline.isEmpty() ? tr("(continued from page %1)").arg(article.continuedFrom)
                                         : article.headline);
    parts << article.body.split(u"\n\n"_s, Qt::SkipEmptyParts);
    m_text = parts.join(u"\n\n"_s);
    QStringList where{article.bulletin, article.issueNo, article.issueDate, article.page};
    where.removeAll(QString());
    m_title->setText(u"%1\n%2"_s.arg(parts.first(), where.join(u" · "_s)));
    setHighlights({}, {}, {});
}

void ComparePane::setHighlights(const QList<QPair<qsizetype, qsizetype>> &shared,
                                const QList<QPair<qsizetype, qsizetype>> &deleted,
                                const QList<QPair<qsizetype, qsizetype>> &inserted)
{
    std::vector<Mark> marks(size_t(m_text.size()), None);
    const auto apply = [&marks](const QList<QPair<qsizetype, qsizetype>> &ranges, Mark mark) {
        for (const auto &[start, length] : ranges) {
            for (qsizetype i = std::max<qsizetype>(0, start);
                 i < start + length && i < qsizetype(marks.size()); ++i)
                marks[size_t(i)] = mark;
        }
    };
    apply(shared, Shared);
    apply(deleted, Deleted);
    apply(inserted, Inserted);

    QString html;
    qsizetype paragraphStart = 0;
    int paragraph = 0;
    while (paragraphStart <= m_text.size()) {
        qsizetype end = m_text.indexOf(u"\n\n"_s, paragraphStart);
        if (end < 0)
            end = m_text.size();
        html += paragraph == 0 ? u"<p style=\"font-weight:bold\">"_s : u"<p>"_s;
        qsizetype i = paragraphStart;
        while (i < end) {
            const Mark mark = marks[size_t(i)];
            qsizetype j = i;
            while (j < end && marks[size_t(j)] == mark)
                ++j;
            const QString piece = m_text.mid(i, j - i).toHtmlEscaped();
            html += mark == None ? piece : u"<span style=\"%1\">%2</span>"_s.arg(markStyle(mark), piece);
            i = j;
        }
        html += u"</p>"_s;
        paragraphStart = end + 2;
        ++paragraph;
    }
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(scroll);

    QList<QPair<double, double>> stripMarks;
    const double total = std::max<qsizetype>(1, m_text.size());
    for (const auto *ranges : {&shared, &deleted, &inserted}) {
        for (const auto &[start, length] : *ranges)
            stripMarks.append({double(start) / total, double(start + length) / total});
    }
    m_strip->setMarks(stripMarks);
}

int ComparePane::topParagraph() const
{
    return m_browser->cursorForPosition(QPoint(0, 0)).block().blockNumber();
}

void ComparePane::scrollToParagraph(int paragraph)
{
    const QTextBlock block = m_browser->document()->findBlockByNumber(paragraph);
    if (!block.isValid())
        return;
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_syncing = true;
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
    m_syncing = false;
}

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_diff(new QCheckBox(tr("Show differences"), this))
    , m_sync(new QCheckBox(tr("Scroll together"), this))
    , m_hint(new QLabel(this))
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_sync->setChecked(true);
    m_diff->setToolTip(
        tr("Character-level differences between two articles (deleted in red, inserted in green)"));
    bar->addWidget(m_sync);
    bar->addWidget(m_diff);
    bar->addStretch();
    layout->addLayout(bar);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("Drag articles here, or choose “Compare Side by Side” in the results' context menu (Ctrl+D), to "
           "read two to four articles side by side. Passages they share are marked."));
    layout->addWidget(m_hint);
    layout->addWidget(m_splitter, 1);
    connect(m_diff, &QCheckBox::toggled, this, &CompareView::updateHighlights);
    rebuild();
}

QList<qint64> CompareView::articleIds() const
{
    QList<qint64> ids;
    for (const library::ArticleRecord &a : m_articles)
        ids << a.id;
    return ids;
}

void CompareView::setArticles(const QList<library::ArticleRecord> &articles)
{
    m_articles = articles.mid(0, kMaxPanes);
    rebuild();
    Q_EMIT articlesChanged(articleIds());
}

void CompareView::swapPanes(int a, int b)
{
    if (a < 0 || b < 0 || a >= m_articles.size() || b >= m_articles.size() || a == b)
        return;
    m_articles.swapItemsAt(a, b);
    rebuild();
    Q_EMIT articlesChanged(articleIds());
}

void CompareView::closePane(int index)
{
    if (index < 0 || index >= m_articles.size())
        return;
    m_articles.removeAt(index);
    rebuild();
    Q_EMIT articlesChanged(articleIds());
}

void CompareView::setDiffMode(bool on)
{
    m_diff->setChecked(on);
}

bool CompareView::diffMode() const
{
    return m_diff->isChecked() && m_diff->isEnabled();
}

void CompareView::setSyncScrolling(bool on)
{
    m_sync->setChecked(on);
}

void CompareView::setFontPointSize(int points)
{
    m_fontSize = points;
    for (ComparePane *pane : std::as_const(m_panes))
        pane->setFontPointSize(points);
}

void CompareView::rebuild()
{
    qDeleteAll(m_panes);
    m_panes.clear();
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        auto *pane = new ComparePane(m_splitter);
        pane->setFontPointSize(m_fontSize);
        pane->setArticle(m_articles.at(i));
        pane->setMoveEnabled(i > 0, i + 1 < m_articles.size());
        m_splitter->addWidget(pane);
        m_panes << pane;
        connect(pane, &ComparePane::closeRequested, this,
                [this, pane] { closePane(int(m_panes.indexOf(pane))); });
        connect(pane, &ComparePane::moveLeftRequested, this, [this, pane] {
            const int index = int(m_panes.indexOf(pane));
            swapPanes(index, index - 1);
        });
        connect(pane, &ComparePane::moveRightRequested, this, [this, pane] {
            const int index = int(m_panes.indexOf(pane));
            swapPanes(index, index + 1);
        });
        connect(pane, &ComparePane::scrolledToParagraph, this, [this, pane](int paragraph) {
            if (!m_sync->isChecked())
                return;
            for (ComparePane *other : std::as_const(m_panes)) {
                if (other != pane)
                    other->scrollToParagraph(paragraph);
            }
        });
    }
    m_hint->setVisible(m_articles.size() < 2);
    m_diff->setEnabled(m_articles.size() == 2);
    updateHighlights();
}

void CompareView::updateHighlights()
{
    using Ranges = QList<QPair<qsizetype, qsizetype>>;
    if (diffMode()) {
        ComparePane *a = m_panes.at(0);
        ComparePane *b = m_panes.at(1);
        Ranges deleted;
        Ranges inserted;
        for (const compare::DiffRun &run : compare::charDiff(a->displayText(), b->displayText())) {
            if (run.kind == compare::DiffRun::Kind::Deleted)
                deleted.append({run.start, run.length});
            else if (run.kind == compare::DiffRun::Kind::Inserted)
                inserted.append({run.start, run.length});
        }
        a->setHighlights({}, deleted, {});
        b->setHighlights({}, {}, inserted);
        return;
    }
    // Each pane marks what it shares with any of the others.
    QList<Ranges> shared(m_panes.size());
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        for (qsizetype j = i + 1; j < m_panes.size(); ++j) {
            const auto passages = compare::sharedPassages(m_panes.at(i)->displayText(),
                                                          m_panes.at(j)->displayText(), kMinSharedChars);
            for (const compare::SharedPassage &p : passages) {
                shared[i].append({p.startA, p.lengthA});
                shared[j].append({p.startB, p.lengthB});
            }
        }
    }
    for (qsizetype i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setHighlights(shared.at(i), {}, {});
}

void CompareView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!idsFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CompareView::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = idsFromMime(event->mimeData());
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT articlesDropped(ids);
}

} // namespace za::ui
