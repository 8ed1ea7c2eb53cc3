#include "ui/recoverydialog.h"

#include "library/maintenance.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace za::ui {

RecoveryDialog::RecoveryDialog(const QString &libraryPath, const QString &summary,
                               const QStringList &problems, bool damaged, QWidget *parent)
    : QDialog(parent)
    , m_libraryPath(libraryPath)
{
    setWindowTitle(tr("Repair Library"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(summary, this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    if (!problems.isEmpty()) {
        auto *details = new QPlainTextEdit(problems.join(u'\n'), this);
        details->setReadOnly(true);
        details->setMaximumHeight(fontMetrics().lineSpacing() * 6);
        layout->addWidget(details);
    }

    auto *advice =
        new QLabel(damaged ? tr("Restore a backup, or rebuild the library from its stored pages: "
                                "everything SQLite can still read (pages, reviews, corrections, "
                                "notes) is copied into a new file and the articles are derived "
                                "again. The damaged file is kept beside the library.")
                           : tr("The stored pages are intact. Rebuilding derives the articles, tags "
                                "and index again from them; reviews, corrections and notes are "
                                "kept."),
                   this);
    advice->setWordWrap(true);
    layout->addWidget(advice);

    layout->addWidget(new QLabel(tr("Backups found beside the library:"), this));
    m_backups = new QListWidget(this);
    const QLocale locale;
    for (const library::BackupFile &backup : library::findBackups(libraryPath)) {
        auto *item = new QListWidgetItem(tr("%1 — %2 — %3")
                                             .arg(locale.toString(backup.modified, QLocale::ShortFormat),
                                                  locale.formattedDataSize(backup.size),
                                                  QFileInfo(backup.path).fileName()),
                                         m_backups);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(backup.path);
    }
    if (m_backups->count() == 0) {
        auto *none = new QListWidgetItem(tr("(none)"), m_backups);
        none->setFlags(Qt::NoItemFlags);
    }
    layout->addWidget(m_backups);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Restore Selected Backup"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    QPushButton *browse = buttons->addButton(tr("Other Backup…"), QDialogButtonBox::ActionRole);
    QPushButton *rebuild = buttons->addButton(tr("Rebuild from Stored Pages"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_backups, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_restore->setEnabled(item && !item->data(Qt::UserRole).toString().isEmpty());
    });
    connect(m_backups, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!item->data(Qt::UserRole).toString().isEmpty())
            chooseRestore(item->data(Qt::UserRole).toString());
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_backups->currentItem())
            chooseRestore(item->data(Qt::UserRole).toString());
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a Backup"), QFileInfo(m_libraryPath).absolutePath(),
                                         tr("ZoneArchive libraries (*.zarchive *.bak);;All files (*)"));
        if (!path.isEmpty())
            chooseRestore(path);
    });
    connect(rebuild, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Rebuild;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 460);
}

int RecoveryDialog::backupCount() const
{
    int n = 0;
    for (int i = 0; i < m_backups->count(); ++i)
        n += m_backups->item(i)->data(Qt::UserRole).toString().isEmpty() ? 0 : 1;
    return n;
}

void RecoveryDialog::selectBackup(int row)
{
    m_backups->setCurrentRow(row);
}

void RecoveryDialog::chooseRestore(const QString &path)
{
    m_choice = Choice::RestoreBackup;
    m_backupPath = path;
    accept();
}

} // namespace za::ui
