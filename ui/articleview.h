#pragma once

#include "library/records.h"
#include "library/reprints.h"
#include "search/searchengine.h"

#include <QTextBrowser>

namespace za::ui {

// The reader: one article laid out for reading, with the query's terms highlighted. Bulletin text is
// always escaped and the browser never loads a resource, so markup inside an article is shown as text
// and nothing is fetched.
class ArticleView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const library::ArticleRecord &article);
    void clearArticle();
    const library::ArticleRecord &article() const { return m_article; }
    bool hasArticle() const { return m_article.id != 0; }

    // Terms to highlight (matched on search keys: full-width, case and Traditional forms fold).
    void setHighlightTerms(const QStringList &terms);
    const QStringList &highlightTerms() const { return m_terms; }

    // "Also in 第N期 D2" badges of the article shown.
    void setReprints(const QList<library::ReprintLink> &reprints);

    void setFontPointSize(int points);
    int fontPointSize() const { return m_fontSize; }

    // The reader's HTML for an article; public so that tests check what is shown.
    static QString articleHtml(const library::ArticleRecord &article, const QStringList &terms = {},
                               const QList<library::ReprintLink> &reprints = {});
    // Plain text of a paragraph as HTML with the terms' occurrences marked.
    static QString highlighted(const QString &text, const QStringList &terms);

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void articleLinkActivated(qint64 id);
    void filterRequested(za::search::Facet facet, const QString &value);
    void sourceRequested(qint64 sourceId);
    void comparePairRequested(qint64 a, qint64 b);

private:
    library::ArticleRecord m_article;
    QStringList m_terms;
    QList<library::ReprintLink> m_reprints;
    int m_fontSize = 12;
};

} // namespace za::ui
