#pragma once

#include "library/importer.h"
#include "ui/importservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace za::ui {

// Asks for what the files do not say (bulletin, issue date, issue number, page, province, encoding),
// runs the import in the background with progress and cancel, and ends with a summary.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(ImportService &service, const QString &libraryPath, QWidget *parent = nullptr);

    void addPaths(const QStringList &paths);
    QStringList paths() const;
    library::ImportOptions options() const;
    void setBulletins(const QStringList &bulletins);
    // Starts the import (also bound to the Import button).
    void start();
    const QString &summary() const { return m_summary; }

Q_SIGNALS:
    void importFinished(const za::ui::ImportSummary &summary);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void reject() override;

private:
    void onFinished(const ImportSummary &summary, bool cancelled);

    ImportService &m_service;
    QString m_libraryPath;
    QListWidget *m_files = nullptr;
    QComboBox *m_bulletin = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_issueNo = nullptr;
    QLineEdit *m_page = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_encoding = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_current = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_importButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_summary;
};

} // namespace za::ui
