#include "ui/importdialog.h"

#include "ui/importservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace za::ui {

ImportDialog::ImportDialog(ImportService &service, const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_libraryPath(libraryPath)
{
    setWindowTitle(tr("Import Bulletin Pages"));
    setAcceptDrops(true);
    resize(640, 560);
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(new QLabel(tr("Files and folders (drop them here):"), this));
    m_files = new QListWidget(this);
    m_files->setObjectName(u"importFiles"_s);
    layout->addWidget(m_files, 1);
    auto *fileButtons = new QHBoxLayout;
    auto *addFiles = new QPushButton(tr("Add Files…"), this);
    auto *addFolder = new QPushButton(tr("Add Folder…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(addFolder);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    layout->addLayout(fileButtons);

    auto *form = new QFormLayout;
    m_bulletin = new QComboBox(this);
    m_bulletin->setEditable(true);
    m_bulletin->setToolTip(tr("Leave empty to take it from each file's sidecar or name"));
    form->addRow(tr("Bulletin:"), m_bulletin);
    auto *dateRow = new QHBoxLayout;
    m_hasDate = new QCheckBox(tr("Issue date:"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setEnabled(false);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    form->addRow(m_hasDate, dateRow);
    m_issueNo = new QLineEdit(this);
    m_issueNo->setPlaceholderText(tr("e.g. 18 (from the file name when empty)"));
    form->addRow(tr("Issue number:"), m_issueNo);
    m_page = new QLineEdit(this);
    m_page->setPlaceholderText(tr("e.g. D2 (from the file name when empty)"));
    form->addRow(tr("Page:"), m_page);
    m_province = new QComboBox(this);
    m_province->setEditable(true);
    m_province->addItems({QString(), u"山西省"_s});
    m_province->setToolTip(tr("The bulletin's province resolves ambiguous place names such as 城区"));
    form->addRow(tr("Province:"), m_province);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const QString &name : {u"UTF-8"_s, u"GB18030"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"Big5"_s})
        m_encoding->addItem(name, name);
    form->addRow(tr("Encoding:"), m_encoding);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_current = new QLabel(this);
    m_current->setVisible(false);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setVisible(false);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);
    layout->addWidget(m_report, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(addFiles, &QPushButton::clicked, this, [this] {
        addPaths(QFileDialog::getOpenFileNames(
            this, tr("Bulletin Pages"), {},
            tr("Bulletin pages (*.md *.markdown *.txt *.text);;All files (*)")));
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of Bulletin Pages"));
        if (!folder.isEmpty())
            addPaths({folder});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        m_importButton->setEnabled(m_files->count() > 0);
    });
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(&m_service, &ImportService::progress, this, [this](int done, int total, const QString &file) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
        m_current->setText(file);
    });
    connect(&m_service, &ImportService::finished, this, &ImportDialog::onFinished);
}

void ImportDialog::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!path.isEmpty() && m_files->findItems(path, Qt::MatchExactly).isEmpty())
            m_files->addItem(path);
    }
    m_importButton->setEnabled(m_files->count() > 0 && !m_service.isRunning());
}

QStringList ImportDialog::paths() const
{
    QStringList list;
    for (int i = 0; i < m_files->count(); ++i)
        list << m_files->item(i)->text();
    return list;
}

void ImportDialog::setBulletins(const QStringList &bulletins)
{
    m_bulletin->clear();
    m_bulletin->addItem(QString());
    m_bulletin->addItems(bulletins);
}

library::ImportOptions ImportDialog::options() const
{
    library::ImportOptions options;
    options.meta.bulletin = m_bulletin->currentText().trimmed();
    if (m_hasDate->isChecked())
        options.meta.issueDate = m_date->date();
    options.meta.issueNo = m_issueNo->text().trimmed();
    options.meta.page = m_page->text().trimmed();
    options.province = m_province->currentText().trimmed();
    options.encoding = m_encoding->currentData().toString();
    return options;
}

void ImportDialog::start()
{
    if (paths().isEmpty() || !m_service.start(m_libraryPath, paths(), options()))
        return;
    m_importButton->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_current->setVisible(true);
    m_report->setVisible(false);
}

void ImportDialog::onFinished(const ImportSummary &summary, bool cancelled)
{
    QStringList lines = summary.report;
    if (summary.omittedLines > 0)
        lines << tr("… and %n more line(s)", nullptr, summary.omittedLines);
    m_summary = tr("%n page(s) imported", nullptr, summary.added) + u", "_s +
                tr("%n article(s) added", nullptr, summary.articles) + u", "_s +
                tr("%n already imported", nullptr, summary.alreadyImported) + u", "_s +
                tr("%n warning(s)", nullptr, summary.warnings) + u", "_s +
                tr("%n failed", nullptr, summary.failed);
    if (cancelled)
        m_summary += u" — "_s + tr("cancelled");
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_current->setText(m_summary);
    m_report->setPlainText(lines.join(u'\n'));
    m_report->setVisible(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_importButton->setEnabled(false);
    Q_EMIT importFinished(summary);
}

void ImportDialog::reject()
{
    if (m_service.isRunning()) {
        m_service.cancel();
        m_current->setText(tr("Cancelling after the current file…"));
        return;
    }
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    QStringList dropped;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            dropped << url.toLocalFile();
    }
    addPaths(dropped);
    event->acceptProposedAction();
}

} // namespace za::ui
