#include "ui/reviewdialogs.h"

#include "ui/articleview.h"
#include "ui/libraryservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace za::ui {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

QStringList splitAuthors(const QString &text)
{
    QStringList authors;
    for (QString name : text.split(QRegularExpression(u"[,，、;；\\s]+"_s), Qt::SkipEmptyParts))
        authors << name.trimmed();
    return authors;
}

} // namespace

CorrectionDialog::CorrectionDialog(const library::ArticleRecord &article, QWidget *parent)
    : QDialog(parent)
    , m_article(article)
    , m_kicker(new QLineEdit(article.kicker, this))
    , m_headline(new QLineEdit(article.headline, this))
    , m_date(new QLineEdit(article.date, this))
    , m_authors(new QLineEdit(article.authors.join(u"、"_s), this))
    , m_body(new QPlainTextEdit(article.body, this))
    , m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Correct Article"));
    resize(760, 640);
    auto *form = new QFormLayout;
    form->addRow(tr("Kicker:"), m_kicker);
    form->addRow(tr("Headline:"), m_headline);
    m_date->setPlaceholderText(tr("YYYY-MM-DD or --MM-DD"));
    form->addRow(tr("Date:"), m_date);
    m_authors->setPlaceholderText(tr("Names separated by 、 or commas"));
    form->addRow(tr("Authors:"), m_authors);
    form->addRow(tr("Body:"), m_body);
    m_comment->setPlaceholderText(tr("What was wrong (optional)"));
    form->addRow(tr("Comment:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

library::FieldCorrection CorrectionDialog::correction() const
{
    library::FieldCorrection c;
    if (m_kicker->text() != m_article.kicker)
        c.kicker = m_kicker->text();
    if (m_headline->text() != m_article.headline)
        c.headline = m_headline->text();
    if (m_date->text().trimmed() != m_article.date)
        c.date = m_date->text().trimmed();
    const QStringList authors = splitAuthors(m_authors->text());
    if (authors != m_article.authors)
        c.authors = authors;
    if (m_body->toPlainText() != m_article.body)
        c.body = m_body->toPlainText();
    return c;
}

QString CorrectionDialog::comment() const
{
    return m_comment->text();
}

library::ArticleRecord RevisionsDialog::recordOf(const library::ArticleRecord &current,
                                                 const library::Revision &r)
{
    library::ArticleRecord record = current;
    record.kicker = r.fields.kicker;
    record.headline = r.fields.headline;
    record.subtitle = r.fields.subtitle;
    record.dateline = r.fields.dateline;
    record.date = r.fields.date;
    record.byline = r.fields.byline;
    record.authors = r.fields.authors;
    record.body = r.fields.body;
    return record;
}

RevisionsDialog::RevisionsDialog(const library::ArticleRecord &current,
                                 const QList<library::Revision> &revisions, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_revisions(revisions)
    , m_list(new QListWidget(this))
    , m_view(new QTextBrowser(this))
{
    setWindowTitle(tr("Revisions of “%1”").arg(current.headline));
    resize(900, 600);
    for (const library::Revision &r : revisions) {
        const QString who = r.number == 0 ? tr("original parse") : r.author;
        QString label =
            tr("Revision %1 · %2 · %3").arg(r.number).arg(who, r.createdAt.left(16).replace(u'T', u' '));
        if (!r.comment.isEmpty())
            label += u" · "_s + r.comment;
        m_list->addItem(label);
    }
    m_view->setOpenLinks(false);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setSizes({300, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *compare = buttons->addButton(tr("Compare with Current"), QDialogButtonBox::ActionRole);
    QPushButton *restore = buttons->addButton(tr("Restore This Revision"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_revisions.size())
            m_view->setHtml(ArticleView::articleHtml(recordOf(m_current, m_revisions.at(row))));
    });
    connect(compare, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_revisions.size())
            Q_EMIT compareRequested(recordOf(m_current, m_revisions.at(row)), m_current);
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_revisions.size()) {
            Q_EMIT restoreRequested(m_revisions.at(row).number);
            accept();
        }
    });
    if (!revisions.isEmpty())
        m_list->setCurrentRow(int(revisions.size()) - 1);
}

TagsDialog::TagsDialog(const library::ArticleRecord &article, QWidget *parent)
    : QDialog(parent)
    , m_tags(new QListWidget(this))
    , m_addZone(new QLineEdit(this))
    , m_addCity(new QLineEdit(this))
    , m_addTheme(new QLineEdit(this))
{
    setWindowTitle(tr("Tags of “%1”").arg(article.headline));
    resize(520, 480);
    const auto add = [this](library::TagKind kind, const QString &label, const QString &name) {
        auto *item = new QListWidgetItem(u"%1: %2"_s.arg(label, name), m_tags);
        item->setData(kKindRole, static_cast<int>(kind));
        item->setData(kNameRole, name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    };
    for (const library::ZoneTag &z : article.zones)
        add(library::TagKind::Zone, tr("Zone"), z.name);
    for (const QString &c : article.cities)
        add(library::TagKind::City, tr("City"), c);
    for (const library::ThemeTag &t : article.themes)
        add(library::TagKind::Theme, tr("Theme"), t.name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tags, 1);
    auto *form = new QFormLayout;
    m_addZone->setPlaceholderText(tr("e.g. 侯马经济开发区"));
    m_addCity->setPlaceholderText(tr("e.g. 临汾市"));
    m_addTheme->setPlaceholderText(tr("e.g. 招商引资"));
    form->addRow(tr("Add zone:"), m_addZone);
    form->addRow(tr("Add city:"), m_addCity);
    form->addRow(tr("Add theme:"), m_addTheme);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<TagsDialog::Change> TagsDialog::changes() const
{
    QList<Change> list;
    for (int row = 0; row < m_tags->count(); ++row) {
        const QListWidgetItem *item = m_tags->item(row);
        if (item->checkState() == Qt::Unchecked)
            list.append({static_cast<library::TagKind>(item->data(kKindRole).toInt()),
                         item->data(kNameRole).toString(), false});
    }
    const std::pair<library::TagKind, QLineEdit *> additions[] = {{library::TagKind::Zone, m_addZone},
                                                                  {library::TagKind::City, m_addCity},
                                                                  {library::TagKind::Theme, m_addTheme}};
    for (const auto &[kind, edit] : additions) {
        if (!edit->text().trimmed().isEmpty())
            list.append({kind, edit->text().trimmed(), true});
    }
    return list;
}

MoveParagraphDialog::MoveParagraphDialog(const library::ArticleRecord &article, QWidget *parent)
    : QDialog(parent)
    , m_article(article)
    , m_paragraphs(new QListWidget(this))
    , m_targets(new QComboBox(this))
    , m_position(new QSpinBox(this))
    , m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Move Paragraph of “%1”").arg(article.headline));
    resize(640, 520);
    // Paragraphs as the body stores them (separated by a blank line), the same split the library uses.
    const QStringList paragraphs = article.body.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString text = paragraphs.at(i).simplified();
        auto *item = new QListWidgetItem(
            u"%1. %2"_s.arg(i + 1).arg(text.size() > 60 ? text.left(60) + u'…' : text), m_paragraphs);
        item->setToolTip(paragraphs.at(i));
    }
    m_targets->setPlaceholderText(tr("Loading the issue’s articles…"));
    m_targets->setEnabled(false);
    m_position->setRange(0, 9999);
    m_position->setSpecialValueText(tr("At the end"));
    m_position->setPrefix(tr("Before paragraph "));
    m_comment->setPlaceholderText(tr("Why (optional)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Paragraph to move:"), this));
    layout->addWidget(m_paragraphs, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Move to:"), m_targets);
    form->addRow(tr("Position:"), m_position);
    form->addRow(tr("Comment:"), m_comment);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_move = buttons->addButton(tr("Move"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_paragraphs, &QListWidget::currentRowChanged, this, &MoveParagraphDialog::updateButtons);
    connect(m_targets, &QComboBox::currentIndexChanged, this, &MoveParagraphDialog::updateButtons);
    // The only paragraph cannot be moved: the library refuses it, the dialog says so at once.
    if (paragraphs.size() < 2) {
        m_paragraphs->setEnabled(false);
        layout->insertWidget(0,
                             new QLabel(tr("The article has only one paragraph; merge it instead."), this));
    } else {
        m_paragraphs->setCurrentRow(0);
    }
    updateButtons();
}

MoveParagraphDialog *MoveParagraphDialog::open(LibraryService &service, const library::ArticleRecord &article,
                                               const QString &author, QWidget *parent)
{
    auto *dialog = new MoveParagraphDialog(article, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = article.id;
    connect(&service, &LibraryService::issueArticlesReady, dialog,
            [dialog, id](qint64 requested, const QList<library::ArticleSummary> &articles) {
                if (requested == id)
                    dialog->setTargets(articles);
            });
    connect(dialog, &QDialog::accepted, &service, [&service, dialog, id, author] {
        service.moveParagraph(id, dialog->paragraph(), dialog->target(), dialog->position(), author,
                              dialog->comment());
    });
    service.requestIssueArticles(id);
    dialog->show();
    return dialog;
}

void MoveParagraphDialog::setTargets(const QList<library::ArticleSummary> &articles)
{
    m_targets->clear();
    for (const library::ArticleSummary &a : articles) {
        if (a.id == m_article.id)
            continue;
        m_targets->addItem(u"%1 · %2"_s.arg(a.page, a.headline.isEmpty() ? tr("(no headline)") : a.headline),
                           a.id);
    }
    m_targets->setPlaceholderText(tr("No other article in this issue"));
    m_targets->setEnabled(m_targets->count() > 0);
    updateButtons();
}

int MoveParagraphDialog::paragraph() const
{
    return m_paragraphs->isEnabled() ? m_paragraphs->currentRow() : -1;
}

qint64 MoveParagraphDialog::target() const
{
    return m_targets->currentIndex() >= 0 ? m_targets->currentData().toLongLong() : 0;
}

int MoveParagraphDialog::position() const
{
    // Shown 1-based with 0 for "at the end".
    return m_position->value() == 0 ? -1 : m_position->value() - 1;
}

QString MoveParagraphDialog::comment() const
{
    return m_comment->text().trimmed();
}

void MoveParagraphDialog::updateButtons()
{
    m_move->setEnabled(paragraph() >= 0 && target() > 0);
}

} // namespace za::ui
