#pragma once

#include "library/records.h"
#include "library/review.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QPlainTextEdit;
class QTextBrowser;

namespace za::ui {

// Corrects an article's fields; only what the editor changed becomes part of the correction, and the
// original stays in the library as revision 0.
class CorrectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionDialog)

public:
    explicit CorrectionDialog(const library::ArticleRecord &article, QWidget *parent = nullptr);

    library::FieldCorrection correction() const;
    QString comment() const;
    // The editable fields, for tests.
    QLineEdit *headlineEdit() const { return m_headline; }
    QPlainTextEdit *bodyEdit() const { return m_body; }

private:
    library::ArticleRecord m_article;
    QLineEdit *m_kicker = nullptr;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_authors = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_comment = nullptr;
};

// An article's revisions: view one, compare it with the current text side by side, restore it.
class RevisionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionsDialog)

public:
    RevisionsDialog(const library::ArticleRecord &current, const QList<library::Revision> &revisions,
                    QWidget *parent = nullptr);

    // An article record showing a revision's fields (for the compare view).
    static library::ArticleRecord recordOf(const library::ArticleRecord &current,
                                           const library::Revision &revision);

Q_SIGNALS:
    void restoreRequested(int number);
    void compareRequested(const za::library::ArticleRecord &revision,
                          const za::library::ArticleRecord &current);

private:
    library::ArticleRecord m_current;
    QList<library::Revision> m_revisions;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_view = nullptr;
};

// Manual zone, city and theme tags: untick a machine tag to remove it, type a name to add one.
class TagsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsDialog)

public:
    explicit TagsDialog(const library::ArticleRecord &article, QWidget *parent = nullptr);

    struct Change
    {
        library::TagKind kind;
        QString name;
        bool add;
    };
    QList<Change> changes() const;

private:
    QListWidget *m_tags = nullptr;
    QLineEdit *m_addZone = nullptr;
    QLineEdit *m_addCity = nullptr;
    QLineEdit *m_addTheme = nullptr;
};

class LibraryService;

// Moves a paragraph the parser put into the wrong article to another article of the same issue. The
// issue's articles come from the library worker (setTargets); both articles get a new revision.
class MoveParagraphDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveParagraphDialog)

public:
    explicit MoveParagraphDialog(const library::ArticleRecord &article, QWidget *parent = nullptr);

    // Opens the dialog (non-modal, deleted on close): asks the service for the articles and, when
    // accepted, for the move.
    static MoveParagraphDialog *open(LibraryService &service, const library::ArticleRecord &article,
                                     const QString &author, QWidget *parent);

    // The articles of the issue; the article itself is left out.
    void setTargets(const QList<library::ArticleSummary> &articles);
    int paragraph() const; // 0-based, -1 when none is chosen
    qint64 target() const; // 0 when none is chosen
    int position() const;  // 0-based paragraph of the target to insert before, -1 for its end
    QString comment() const;

    QListWidget *paragraphList() const { return m_paragraphs; }
    QComboBox *targetBox() const { return m_targets; }
    QSpinBox *positionBox() const { return m_position; }

private:
    void updateButtons();

    library::ArticleRecord m_article;
    QListWidget *m_paragraphs = nullptr;
    QComboBox *m_targets = nullptr;
    QSpinBox *m_position = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_move = nullptr;
};

} // namespace za::ui
