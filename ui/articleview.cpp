#include "ui/articleview.h"

#include "bulletin/parsernotes.h"
#include "text/fold.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace za::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString filterLink(search::Facet facet, const QString &value, const QString &label, const QString &color)
{
    QUrl url;
    url.setScheme(u"zonearchive-filter"_s);
    url.setHost(search::facetName(facet).replace(u'_', u'-'));
    QUrlQuery query;
    query.addQueryItem(u"value"_s, value);
    url.setQuery(query);
    return u"<a href=\"%1\" style=\"color:%2;text-decoration:none\">[%3]</a>"_s.arg(
        QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), color, esc(label));
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == "zonearchive"_L1 && url.host() == "article"_L1) {
            if (const qint64 id = url.path().mid(1).toLongLong(); id > 0)
                Q_EMIT articleLinkActivated(id);
        } else if (url.scheme() == "zonearchive-compare"_L1) {
            const QStringList ids = url.path().mid(1).split(u'/');
            if (ids.size() == 2)
                Q_EMIT comparePairRequested(ids.at(0).toLongLong(), ids.at(1).toLongLong());
        } else if (url.scheme() == "zonearchive-source"_L1) {
            if (const qint64 id = url.path().mid(1).toLongLong(); id > 0)
                Q_EMIT sourceRequested(id);
        } else if (url.scheme() == "zonearchive-filter"_L1) {
            search::Facet facet;
            if (search::facetFromName(url.host().replace(u'-', u'_'), &facet))
                Q_EMIT filterRequested(facet, QUrlQuery(url).queryItemValue(u"value"_s, QUrl::FullyDecoded));
        }
    });
}

QVariant ArticleView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {}; // never fetch anything, local or remote
}

void ArticleView::setFontPointSize(int points)
{
    m_fontSize = points;
    QFont f = font();
    f.setPointSize(points);
    document()->setDefaultFont(f);
}

void ArticleView::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    if (hasArticle())
        setHtml(articleHtml(m_article, m_terms, m_reprints));
}

void ArticleView::setReprints(const QList<library::ReprintLink> &reprints)
{
    m_reprints = reprints;
    if (hasArticle())
        setHtml(articleHtml(m_article, m_terms, m_reprints));
}

void ArticleView::clearArticle()
{
    m_article = {};
    clear();
}

void ArticleView::showArticle(const library::ArticleRecord &article)
{
    if (article.id != m_article.id)
        m_reprints.clear(); // they belong to the previous article until the new ones arrive
    m_article = article;
    setHtml(articleHtml(article, m_terms, m_reprints));
}

QString ArticleView::highlighted(const QString &text, const QStringList &terms)
{
    if (terms.isEmpty())
        return esc(text);
    // Matching on the folded copy, marking the original: folding is per code point, so offsets agree
    // whenever the lengths do (they differ only for rare characters outside the BMP).
    const QString folded = text::foldForSearch(text);
    if (folded.size() != text.size())
        return esc(text);
    std::vector<bool> marked(size_t(text.size()), false);
    for (const QString &term : terms) {
        const QString key = text::foldForSearch(term);
        if (key.isEmpty())
            continue;
        for (qsizetype at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.size())) {
            for (qsizetype i = at; i < at + key.size(); ++i)
                marked[size_t(i)] = true;
        }
    }
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool mark = marked[size_t(i)];
        qsizetype j = i;
        while (j < text.size() && marked[size_t(j)] == mark)
            ++j;
        const QString piece = esc(text.mid(i, j - i));
        html += mark ? u"<span style=\"background-color:#ffd84d\">%1</span>"_s.arg(piece) : piece;
        i = j;
    }
    return html;
}

QString ArticleView::articleHtml(const library::ArticleRecord &a, const QStringList &terms,
                                 const QList<library::ReprintLink> &reprints)
{
    QString html;
    html += u"<html><body>"_s;
    if (!a.continuedFrom.isEmpty()) {
        const QString label = tr("Continued from page %1").arg(esc(a.continuedFrom));
        if (a.continuedFromArticle)
            html += u"<p><a href=\"zonearchive://article/%1\">← %2</a></p>"_s.arg(*a.continuedFromArticle)
                        .arg(label);
        else
            html += u"<p><i>%1 %2</i></p>"_s.arg(label, tr("(that part is not in the library)"));
    }
    if (!a.kicker.isEmpty())
        html +=
            u"<p style=\"color:#8a1c1c;margin-bottom:0\"><b>%1</b></p>"_s.arg(highlighted(a.kicker, terms));
    if (!a.headline.isEmpty())
        html += u"<h2 style=\"margin-top:2px\">%1</h2>"_s.arg(highlighted(a.headline, terms));
    if (!a.subtitle.isEmpty())
        html += u"<p style=\"color:#555\">%1</p>"_s.arg(highlighted(a.subtitle, terms));

    QStringList meta;
    if (!a.bulletin.isEmpty())
        meta << esc(a.bulletin);
    if (!a.issueNo.isEmpty())
        meta << tr("No. %1").arg(esc(a.issueNo));
    if (!a.issueDate.isEmpty())
        meta << esc(a.issueDate);
    if (!a.page.isEmpty())
        meta << tr("page %1").arg(esc(a.page));
    if (!a.date.isEmpty())
        meta << tr("dated %1").arg(esc(a.date));
    if (!a.authors.isEmpty())
        meta << tr("by %1").arg(esc(a.authors.join(u"、"_s)));
    if (!meta.isEmpty())
        html += u"<p style=\"color:gray\">%1</p>"_s.arg(meta.join(u" · "_s));

    QStringList chips;
    for (const library::ZoneTag &zone : a.zones) {
        const QString label = zone.role == "primary"_L1 ? zone.name : tr("%1 (mentioned)").arg(zone.name);
        chips << filterLink(search::Facet::Zone, zone.name, label, u"#1f5f8b"_s);
    }
    for (const QString &city : a.cities)
        chips << filterLink(search::Facet::City, city, city, u"#2e7d32"_s);
    for (const library::ThemeTag &theme : a.themes)
        chips << filterLink(search::Facet::Theme, theme.name, theme.name, u"#8a1c1c"_s);
    if (!chips.isEmpty())
        html += u"<p>%1</p>"_s.arg(chips.join(u" "_s));
    if (!reprints.isEmpty()) {
        QStringList badges;
        for (const library::ReprintLink &r : reprints) {
            badges
                << u"<a href=\"zonearchive://article/%1\">%2</a> (<a href=\"zonearchive-compare://pair/%3/%1\">%4</a>)"_s
                       .arg(r.otherId)
                       .arg(tr("also in %1").arg(esc(r.label())))
                       .arg(a.id)
                       .arg(tr("compare"));
        }
        html += u"<p style=\"color:#6a4c93\">%1</p>"_s.arg(badges.join(u" · "_s));
    }

    const QStringList paragraphs = a.body.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        for (qsizetype s = 0; s < a.subheadings.size(); ++s) {
            if (s < a.sectionStarts.size() && a.sectionStarts.at(s) == i)
                html += u"<h4>%1</h4>"_s.arg(highlighted(a.subheadings.at(s), terms));
        }
        QString paragraph = highlighted(paragraphs.at(i), terms);
        if (i == 0 && !a.dateline.isEmpty())
            paragraph = u"<b>%1</b> %2"_s.arg(highlighted(a.dateline, terms), paragraph);
        html += u"<p>%1</p>"_s.arg(paragraph);
    }
    // Subheadings below the last paragraph (a section cut off by the page's end).
    for (qsizetype s = 0; s < a.subheadings.size(); ++s) {
        if (s >= a.sectionStarts.size() || a.sectionStarts.at(s) >= paragraphs.size())
            html += u"<h4>%1</h4>"_s.arg(highlighted(a.subheadings.at(s), terms));
    }
    if (!a.byline.isEmpty())
        html += u"<p style=\"text-align:right\">%1</p>"_s.arg(esc(a.byline));
    if (!a.continuedTo.isEmpty()) {
        const QString label = tr("Continued on page %1").arg(esc(a.continuedTo));
        if (a.continuedToArticle)
            html += u"<p><a href=\"zonearchive://article/%1\">%2 →</a></p>"_s.arg(*a.continuedToArticle)
                        .arg(label);
        else
            html += u"<p><i>%1 %2</i></p>"_s.arg(label, tr("(that part is not in the library)"));
    }
    if (!a.figures.isEmpty()) {
        html +=
            u"<h4>%1</h4><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"_s.arg(tr("Key figures"));
        html +=
            u"<tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(tr("Measure"), tr("Value"), tr("As written"));
        for (const library::FigureRecord &f : a.figures) {
            const QString value = f.value ? QString::number(*f.value, 'g', 12) + u' ' + f.unit : QString();
            html +=
                u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(esc(f.metric), esc(value), esc(f.text));
        }
        html += u"</table>"_s;
    }
    if (!a.warnings.isEmpty()) {
        html += u"<h4 style=\"color:#a05a00\">%1</h4><ul>"_s.arg(tr("Parser warnings (for editors)"));
        for (const QString &w : a.warnings)
            html += u"<li>%1</li>"_s.arg(esc(bulletin::localizedParserNote(w)));
        html += u"</ul>"_s;
    }
    if (a.source.id > 0) {
        html += u"<p style=\"color:gray\">%1 <a href=\"zonearchive-source://source/%2\">%3</a> · "
                "<a href=\"zonearchive://article/%4\">zonearchive://article/%4</a></p>"_s
                    .arg(tr("Source: %1").arg(esc(a.source.fileName)))
                    .arg(a.source.id)
                    .arg(tr("show original text"))
                    .arg(a.id);
    }
    html += u"</body></html>"_s;
    return html;
}

} // namespace za::ui
