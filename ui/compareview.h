#pragma once

#include "compare/chardiff.h"
#include "compare/passages.h"
#include "library/records.h"

#include <QList>
#include <QPair>
#include <QTextBrowser>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;

namespace za::ui {

// A thin bar beside a pane that shows where in the article the shared passages are.
class MarkerStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkerStrip)

public:
    explicit MarkerStrip(QWidget *parent = nullptr);
    // Fractions (0..1) of the text's length: [start, end) of each marked passage.
    void setMarks(const QList<QPair<double, double>> &marks);
    const QList<QPair<double, double>> &marks() const { return m_marks; }
    QSize sizeHint() const override { return {8, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPair<double, double>> m_marks;
};

// One article in the compare view.
class ComparePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePane)

public:
    explicit ComparePane(QWidget *parent = nullptr);

    void setArticle(const library::ArticleRecord &article);
    const library::ArticleRecord &article() const { return m_article; }
    // The text the pane shows (headline, blank line, paragraphs), on which marks are computed.
    const QString &displayText() const { return m_text; }
    // Shows the text with shared passages (or diff runs) highlighted.
    void setHighlights(const QList<QPair<qsizetype, qsizetype>> &shared,
                       const QList<QPair<qsizetype, qsizetype>> &deleted,
                       const QList<QPair<qsizetype, qsizetype>> &inserted);
    QTextBrowser *browser() const { return m_browser; }
    MarkerStrip *strip() const { return m_strip; }
    void setMoveEnabled(bool left, bool right);
    void setFontPointSize(int points);

    // Index of the paragraph at the top of the visible area, and scrolling to one.
    int topParagraph() const;
    void scrollToParagraph(int paragraph);

Q_SIGNALS:
    void closeRequested();
    void moveLeftRequested();
    void moveRightRequested();
    void scrolledToParagraph(int paragraph);

private:
    library::ArticleRecord m_article;
    QString m_text;
    QLabel *m_title = nullptr;
    QTextBrowser *m_browser = nullptr;
    MarkerStrip *m_strip = nullptr;
    QWidget *m_left = nullptr;
    QWidget *m_right = nullptr;
    bool m_syncing = false;

    friend class CompareView;
};

// Two to four articles side by side, with the passages they share marked in each (and a strip showing
// where), scrolling synchronised by paragraph, and a character-level diff mode for two near-identical
// articles (a correction against the original, one story in two issues). Accepts dragged articles.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(QWidget *parent = nullptr);

    static constexpr int kMaxPanes = 4;
    // Minimum length (characters, whitespace ignored) of a passage that counts as shared.
    static constexpr int kMinSharedChars = 12;

    void setArticles(const QList<library::ArticleRecord> &articles);
    QList<qint64> articleIds() const;
    int paneCount() const { return int(m_panes.size()); }
    ComparePane *pane(int index) const { return m_panes.value(index); }
    void swapPanes(int a, int b);
    void closePane(int index);

    void setDiffMode(bool on);
    bool diffMode() const;
    void setSyncScrolling(bool on);
    void setFontPointSize(int points);

Q_SIGNALS:
    // Article ids dropped on the view (from the results list), to be loaded and added.
    void articlesDropped(const QList<qint64> &ids);
    void articlesChanged(const QList<qint64> &ids);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild();
    void updateHighlights();

    QList<library::ArticleRecord> m_articles;
    QList<ComparePane *> m_panes;
    QSplitter *m_splitter = nullptr;
    QCheckBox *m_diff = nullptr;
    QCheckBox *m_sync = nullptr;
    QLabel *m_hint = nullptr;
    int m_fontSize = 12;
};

} // namespace za::ui
