#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace za::ui {

// Offered when a library turns out to be damaged (on open, by Check Library, or by the structural check
// after an unclean exit): restore one of the backups found beside it, or rebuild it from the stored
// pages. Nothing is deleted either way; the replaced file is kept beside the library.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    enum class Choice { None, RestoreBackup, Rebuild };

    // damaged: SQLite finds the file itself broken (else only derived data disagrees).
    RecoveryDialog(const QString &libraryPath, const QString &summary, const QStringList &problems,
                   bool damaged, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString backupPath() const { return m_backupPath; }
    // The backups listed (tests).
    int backupCount() const;
    void selectBackup(int row);

private:
    void chooseRestore(const QString &path);

    QListWidget *m_backups = nullptr;
    QPushButton *m_restore = nullptr;
    Choice m_choice = Choice::None;
    QString m_backupPath;
    QString m_libraryPath;
};

} // namespace za::ui
