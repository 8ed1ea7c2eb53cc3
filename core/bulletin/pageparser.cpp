#include "bulletin/pageparser.h"

#include "bulletin/layoutrules.h"
#include "bulletin/parsernotes.h"

using namespace Qt::StringLiterals;

namespace za::bulletin {
namespace {

enum class UnitKind { Heading, Short, Body };

// One block of the page: a Markdown heading, a short plain line (kicker, subheading or byline
// candidate) or a paragraph with its markers already taken apart.
struct Unit
{
    UnitKind kind = UnitKind::Body;
    int level = 7;     // Markdown heading level; plain lines rank below every heading
    QStringList lines; // Short: the lines separated by hard breaks
    QString text;      // Heading/Short: the text as printed; Body: what remains after the markers
    QString dateline;
    QStringList datelineAuthors;
    QString byline;
    QStringList bylineAuthors;
    QString fromMarker, fromPage, toMarker, toPage;
    QStringList names; // nameLine: the names on it
    bool nameLine = false;
    bool terminated = true;  // ends a sentence: the next paragraph does not continue it
    bool standalone = false; // punctuation only ("* * *", "——"): never joined to a neighbour

    bool startsArticle() const
    {
        return kind == UnitKind::Body && (!dateline.isEmpty() || !fromMarker.isEmpty());
    }
    bool endsArticle() const { return kind == UnitKind::Body && (!byline.isEmpty() || !toMarker.isEmpty()); }
};

QString quoted(QStringView text)
{
    constexpr qsizetype MaxQuote = 40;
    if (text.size() <= MaxQuote)
        return u"「"_s + text + u"」"_s;
    return u"「"_s + text.left(MaxQuote) + u"…」"_s;
}

bool hasSentencePunctuation(QStringView text)
{
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'。':
        case u'，':
        case u'；':
        case u'：':
        case u'！':
        case u'？':
        case u',':
        case u';':
        case u':':
        case u'!':
        case u'?':
        case u'(':
        case u')':
        case u'（':
        case u'）':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool hasLetterOrDigit(QStringView text)
{
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber())
            return true;
    }
    return false;
}

Unit makeHeading(QStringView text, int level)
{
    Unit unit;
    unit.kind = UnitKind::Heading;
    unit.level = level;
    unit.text = text.toString();
    unit.lines = QStringList{unit.text};
    unit.terminated = false;
    return unit;
}

Unit makeParagraph(const QStringList &lines, const ParseOptions &options)
{
    Unit unit;
    QString joined;
    qsizetype longestLine = 0;
    for (const QString &line : lines) {
        rules::appendFragment(joined, line);
        longestLine = std::max(longestLine, line.size());
    }

    QStringView rest(joined);
    if (const auto from = rules::matchContinuedFrom(rest); from.start >= 0) {
        unit.fromMarker = from.marker;
        unit.fromPage = from.page;
        rest = rest.sliced(from.end);
    }
    if (const auto to = rules::matchContinuedTo(rest); to.start >= 0) {
        unit.toMarker = to.marker;
        unit.toPage = to.page;
        rest = rest.left(to.start);
    }
    if (const auto by = rules::matchTrailingByline(rest); by.start >= 0) {
        unit.byline = by.byline;
        unit.bylineAuthors = by.authors;
        rest = rest.left(by.start);
    }
    if (const auto dl = rules::matchDateline(rest); dl.length > 0) {
        // A bare credit ("记者 张三") needs text after it, or it is a byline line, not a dateline.
        const bool agency = dl.dateline.startsWith(u'本');
        if (agency || !rest.sliced(dl.length).trimmed().isEmpty()) {
            unit.dateline = dl.dateline;
            unit.datelineAuthors = dl.authors;
            rest = rest.sliced(dl.length);
        }
    }
    rest = rest.trimmed();
    unit.text = rest.toString();

    const bool plain = unit.fromMarker.isEmpty() && unit.toMarker.isEmpty() && unit.byline.isEmpty() &&
                       unit.dateline.isEmpty();
    if (plain && !hasLetterOrDigit(rest)) {
        unit.standalone = true;
        unit.terminated = true;
        return unit;
    }
    unit.terminated =
        rest.isEmpty() || rules::endsSentence(rest) || !unit.byline.isEmpty() || !unit.toMarker.isEmpty();
    const qsizetype maxTotal = options.shortLineMaxChars * (lines.size() > 1 ? 2 : 1);
    if (plain && !unit.terminated && lines.size() <= 3 && rest.size() <= maxTotal &&
        longestLine <= options.shortLineMaxChars && !hasSentencePunctuation(rest)) {
        unit.kind = UnitKind::Short;
        unit.lines.reserve(lines.size());
        for (const QString &line : lines)
            unit.lines.append(line.trimmed());
        unit.nameLine = lines.size() == 1 && rules::isNameLine(rest, &unit.names);
    }
    return unit;
}

// Splits the text into units. Linear: every character is looked at a bounded number of times.
QList<Unit> splitUnits(QStringView text, const ParseOptions &options)
{
    QList<Unit> units;
    QStringList paragraphLines;
    bool lastHardBreak = false;
    auto flush = [&] {
        if (!paragraphLines.isEmpty())
            units.append(makeParagraph(paragraphLines, options));
        paragraphLines.clear();
        lastHardBreak = false;
    };

    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype newline = text.indexOf(u'\n', pos);
        if (newline < 0)
            newline = text.size();
        QStringView line = text.sliced(pos, newline - pos);
        pos = newline + 1;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const bool hardBreak = line.endsWith(u"  ");
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            continue;
        }
        int hashes = 0;
        while (hashes < trimmed.size() && hashes < 7 && trimmed.at(hashes) == u'#')
            ++hashes;
        if (hashes >= 1 && hashes <= 6 && (hashes == trimmed.size() || trimmed.at(hashes).isSpace())) {
            flush();
            const QStringView heading = trimmed.sliced(hashes).trimmed();
            if (!heading.isEmpty())
                units.append(makeHeading(heading, hashes));
            continue;
        }
        if (paragraphLines.isEmpty() || lastHardBreak)
            paragraphLines.append(trimmed.toString());
        else
            rules::appendFragment(paragraphLines.last(), trimmed);
        lastHardBreak = hardBreak;
    }
    flush();
    return units;
}

struct Segment
{
    QList<qsizetype> lead;  // headings/short lines before the body
    QList<qsizetype> items; // body paragraphs and the headings/short lines among them
    QList<qsizetype> trail; // headings after the body (at the end of the page)
    qsizetype nameByline = -1;
    bool closed = false;
    bool hasBody = false;
    bool lastBodyTerminated = true;
};

// Groups units into segments, one per article as far as hard evidence goes: a dateline or
// "(上接…)" starts an article, a byline or "(下转…)" ends one.
QList<Segment> segment(const QList<Unit> &units, qsizetype first)
{
    QList<Segment> segments;
    Segment current;
    QList<qsizetype> pending;
    auto finish = [&] {
        if (current.hasBody || !current.lead.isEmpty() || !current.trail.isEmpty())
            segments.append(std::move(current));
        current = Segment{};
    };

    for (qsizetype i = first; i < units.size(); ++i) {
        const Unit &unit = units.at(i);
        if (unit.kind != UnitKind::Body) {
            if (unit.nameLine && current.hasBody && !current.closed && pending.isEmpty() &&
                current.lastBodyTerminated) {
                const Unit *next = i + 1 < units.size() ? &units.at(i + 1) : nullptr;
                if (!next || next->kind != UnitKind::Body || next->startsArticle()) {
                    current.nameByline = i;
                    current.closed = true;
                    continue;
                }
            }
            pending.append(i);
            continue;
        }
        if (unit.standalone && current.closed) {
            // An ornament ("* * *", "——") after a finished article stays with it.
            current.items += pending;
            pending.clear();
            current.items.append(i);
            continue;
        }
        if (unit.startsArticle() || current.closed) {
            if (current.hasBody)
                finish();
            current.lead = std::move(pending);
        } else if (!current.hasBody) {
            current.lead = std::move(pending);
        } else {
            current.items += pending;
        }
        pending.clear();
        current.items.append(i);
        current.hasBody = true;
        if (!unit.standalone && !unit.text.isEmpty())
            current.lastBodyTerminated = unit.terminated;
        if (unit.endsArticle())
            current.closed = true;
    }
    if (!pending.isEmpty()) {
        if (current.hasBody && current.lead.isEmpty()) {
            current.trail = std::move(pending);
        } else {
            finish();
            current.lead = std::move(pending);
        }
    }
    finish();
    return segments;
}

class ArticleBuilder final
{
public:
    ArticleBuilder(const QList<Unit> &units, const ParseOptions &options, QList<ParsedArticle> &out)
        : m_units(units)
        , m_options(options)
        , m_out(out)
    {}
    Q_DISABLE_COPY_MOVE(ArticleBuilder)

    void build(const Segment &seg)
    {
        const bool fragment = !seg.items.isEmpty() && !m_units.at(seg.items.front()).fromMarker.isEmpty();
        if (seg.lead.isEmpty() && !seg.trail.isEmpty() && fragment) {
            // The headline of a continued fragment is on another page, so a headline after the body
            // belongs to a second article that starts at the first heading after a full sentence.
            const qsizetype split = firstBreakAfterSentence(seg.items);
            if (split > 0) {
                const QString heading = m_units.at(seg.items.at(split)).text;
                buildOne({}, seg.items.first(split), {}, -1,
                         {parserNote(ParserNote::FragmentEndsBeforeHeading, quoted(heading))});
                buildOne({}, seg.items.sliced(split), seg.trail, seg.nameByline,
                         {parserNote(ParserNote::ArticleStartsAtHeading, quoted(heading))});
            } else {
                buildOne({}, seg.items, {}, seg.nameByline, {});
                buildOne(seg.trail, {}, {}, -1, {});
            }
            return;
        }
        buildOne(seg.lead, seg.items, seg.trail, seg.nameByline, {});
    }

private:
    qsizetype firstBreakAfterSentence(const QList<qsizetype> &items) const
    {
        bool seenBody = false;
        bool previousTerminated = true;
        for (qsizetype k = 0; k < items.size(); ++k) {
            const Unit &unit = m_units.at(items.at(k));
            if (unit.kind == UnitKind::Body) {
                seenBody = true;
                if (!unit.standalone && !unit.text.isEmpty())
                    previousTerminated = unit.terminated;
                continue;
            }
            if (seenBody && previousTerminated)
                return k;
        }
        return -1;
    }

    QString headingText(const Unit &unit) const { return rules::cleanHeading(unit.lines.join(u' ')); }

    void emitOrphan(qsizetype index)
    {
        ParsedArticle orphan;
        orphan.headline = headingText(m_units.at(index));
        orphan.warnings.append(parserNote(ParserNote::HeadlineWithoutBody, quoted(orphan.headline)));
        m_out.append(std::move(orphan));
    }

    // Kicker, headline and subtitle from the headings above (or, rule 3, below) the body.
    void assignHeads(ParsedArticle &article, QList<qsizetype> heads, bool afterBody)
    {
        // Headings piled up without any body: all but the last three stand alone.
        while (heads.size() > 3)
            emitOrphan(heads.takeFirst());
        if (heads.isEmpty())
            return;
        qsizetype main = 0;
        for (qsizetype j = 1; j < heads.size(); ++j) {
            if (m_units.at(heads.at(j)).level <= m_units.at(heads.at(main)).level)
                main = j;
        }
        const Unit &headline = m_units.at(heads.at(main));
        article.headline = headingText(headline);
        if (headline.kind != UnitKind::Heading)
            article.warnings.append(parserNote(ParserNote::HeadlineFromPlainLine, quoted(article.headline)));
        if (afterBody)
            article.warnings.append(parserNote(ParserNote::HeadlineAfterBody, quoted(article.headline)));
        for (qsizetype j = 0; j < main; ++j) {
            const Unit &kicker = m_units.at(heads.at(j));
            const QString text = headingText(kicker);
            article.kicker = article.kicker.isEmpty() ? text : article.kicker + u' ' + text;
            if (kicker.kind != UnitKind::Heading)
                article.warnings.append(parserNote(ParserNote::KickerFromPlainLine, quoted(text)));
        }
        for (qsizetype j = main + 1; j < heads.size(); ++j) {
            const Unit &below = m_units.at(heads.at(j));
            const QString text = headingText(below);
            if (text.startsWith(u'—') || text.startsWith(u"--") || text.startsWith(u'－')) {
                article.subtitle = article.subtitle.isEmpty() ? text : article.subtitle + u' ' + text;
            } else {
                article.sections.append({rules::cleanSubheading(below.lines.join(u' ')), 0});
                article.warnings.append(parserNote(ParserNote::HeadingUnderHeadline, quoted(text)));
            }
        }
    }

    // Rule 2: with no headline around the body, a heading inside it is the displaced headline.
    qsizetype displacedHeadline(const QList<qsizetype> &items) const
    {
        bool previousTerminated = true;
        qsizetype firstHeading = -1;
        for (qsizetype k = 0; k < items.size(); ++k) {
            const Unit &unit = m_units.at(items.at(k));
            if (unit.kind == UnitKind::Heading) {
                if (!previousTerminated)
                    return k;
                if (firstHeading < 0)
                    firstHeading = k;
            } else if (unit.kind == UnitKind::Body && !unit.standalone && !unit.text.isEmpty()) {
                previousTerminated = unit.terminated;
            }
        }
        // A news item (it has a dateline) rarely has subheadings but always a headline.
        if (firstHeading >= 0 && !items.isEmpty() && !m_units.at(items.front()).dateline.isEmpty())
            return firstHeading;
        return -1;
    }

    bool isHeadingLike(const QList<qsizetype> &items, qsizetype k) const
    {
        return k >= 0 && k < items.size() && m_units.at(items.at(k)).kind != UnitKind::Body;
    }

    void buildOne(QList<qsizetype> lead, QList<qsizetype> items, const QList<qsizetype> &trail,
                  qsizetype nameByline, const QStringList &notes)
    {
        ParsedArticle article;
        article.warnings = notes;
        // Plain lines between the last heading above the body and the body are judged like lines
        // inside the body (subheading or the start of a cut paragraph), not as headlines.
        qsizetype lastHeading = -1;
        for (qsizetype j = 0; j < lead.size(); ++j) {
            if (m_units.at(lead.at(j)).kind == UnitKind::Heading)
                lastHeading = j;
        }
        if (lastHeading >= 0 && lastHeading + 1 < lead.size() && !items.isEmpty()) {
            items = lead.sliced(lastHeading + 1) + items;
            lead.resize(lastHeading + 1);
        }
        const bool fragment = !items.isEmpty() && !m_units.at(items.front()).fromMarker.isEmpty();
        if (!lead.isEmpty())
            assignHeads(article, lead, false);
        else if (!trail.isEmpty())
            assignHeads(article, trail, true);
        const qsizetype moved =
            (lead.isEmpty() && trail.isEmpty() && !fragment) ? displacedHeadline(items) : -1;

        bool open = false; // the last paragraph does not end a sentence: the next text continues it
        qsizetype datelineUnit = -1;
        for (qsizetype k = 0; k < items.size(); ++k) {
            const Unit &unit = m_units.at(items.at(k));
            if (k == moved) {
                article.headline = headingText(unit);
                article.warnings.append(
                    parserNote(open ? ParserNote::HeadlineInsideBodyJoined : ParserNote::HeadlineInsideBody,
                               quoted(article.headline)));
                continue;
            }
            if (unit.kind == UnitKind::Heading) {
                article.sections.append({rules::cleanSubheading(unit.text), article.paragraphs.size()});
                if (open && !article.paragraphs.isEmpty())
                    article.warnings.append(
                        parserNote(ParserNote::ParagraphJoinedAcrossHeading, quoted(unit.text)));
                continue;
            }
            if (unit.kind == UnitKind::Short) {
                const bool continues = open && !article.paragraphs.isEmpty();
                const bool subheading = !continues && (unit.lines.size() > 1 || isHeadingLike(items, k - 1) ||
                                                       isHeadingLike(items, k + 1) ||
                                                       unit.text.size() <= m_options.subheadingMaxChars);
                if (subheading) {
                    const QString text = rules::cleanSubheading(unit.lines.join(u' '));
                    article.sections.append({text, article.paragraphs.size()});
                    article.warnings.append(parserNote(ParserNote::PlainLineSubheading, quoted(text)));
                    open = false;
                } else if (continues) {
                    rules::appendFragment(article.paragraphs.last(), unit.text);
                } else {
                    article.paragraphs.append(unit.text);
                    open = true;
                }
                continue;
            }
            if (!unit.fromMarker.isEmpty()) {
                if (article.continuedFromMarker.isEmpty()) {
                    article.continuedFrom = unit.fromPage;
                    article.continuedFromMarker = unit.fromMarker;
                } else {
                    article.continuedFromMarker += u' ' + unit.fromMarker;
                    article.warnings.append(
                        parserNote(ParserNote::SecondContinuationMarker, quoted(unit.fromMarker)));
                }
            }
            if (!unit.dateline.isEmpty()) {
                if (article.dateline.isEmpty()) {
                    article.dateline = unit.dateline;
                    datelineUnit = items.at(k);
                } else {
                    article.dateline += u' ' + unit.dateline;
                    article.warnings.append(parserNote(ParserNote::SecondDateline, quoted(unit.dateline)));
                }
                article.authors += unit.datelineAuthors;
            }
            if (!unit.text.isEmpty()) {
                if (open && !article.paragraphs.isEmpty() && !unit.standalone)
                    rules::appendFragment(article.paragraphs.last(), unit.text);
                else
                    article.paragraphs.append(unit.text);
                open = !unit.standalone && !unit.terminated;
            }
            if (!unit.byline.isEmpty()) {
                article.byline = article.byline.isEmpty() ? unit.byline : article.byline + u' ' + unit.byline;
                article.authors += unit.bylineAuthors;
                open = false;
            }
            if (!unit.toMarker.isEmpty()) {
                if (article.continuedToMarker.isEmpty()) {
                    article.continuedTo = unit.toPage;
                    article.continuedToMarker = unit.toMarker;
                } else {
                    article.continuedToMarker += u' ' + unit.toMarker;
                    article.warnings.append(
                        parserNote(ParserNote::SecondContinuationMarker, quoted(unit.toMarker)));
                }
                open = false;
            }
        }
        if (nameByline >= 0) {
            const Unit &names = m_units.at(nameByline);
            article.byline = article.byline.isEmpty() ? names.text : article.byline + u' ' + names.text;
            article.authors += names.names;
            article.warnings.append(parserNote(ParserNote::PlainNameLineByline, quoted(names.text)));
        }
        if (datelineUnit >= 0)
            article.date = rules::findDate(m_units.at(datelineUnit).text, m_options.issueDate);
        if (article.headline.isEmpty() && article.continuedFrom.isEmpty())
            article.warnings.append(parserNote(ParserNote::NoHeadline));
        article.authors.removeDuplicates();
        m_out.append(std::move(article));
    }

    const QList<Unit> &m_units;
    const ParseOptions &m_options;
    QList<ParsedArticle> &m_out;
};

bool isMastheadLine(const Unit &unit)
{
    if (unit.text.size() > 60 || unit.text.contains(u'。') || unit.startsArticle() || unit.endsArticle())
        return false;
    const IssueMeta meta = metaFromMasthead(unit.text);
    return !meta.issueNo.isEmpty() || meta.issueDate.isValid();
}

} // namespace

ParsedPage parsePage(QStringView text, const ParseOptions &options)
{
    ParsedPage page;
    const QList<Unit> units = splitUnits(text, options);

    // The page header (第18期, 2023年5月25日) sits above the first article.
    qsizetype first = 0;
    while (first < units.size() && first < 3 && isMastheadLine(units.at(first))) {
        const Unit &unit = units.at(first);
        const QString line = unit.kind == UnitKind::Body ? unit.text : unit.lines.join(u' ');
        page.mastheadText = page.mastheadText.isEmpty() ? line : page.mastheadText + u'\n' + line;
        ++first;
    }
    if (!page.mastheadText.isEmpty())
        page.masthead = metaFromMasthead(page.mastheadText);

    const QList<Segment> segments = segment(units, first);
    ArticleBuilder builder(units, options, page.articles);
    for (const Segment &seg : segments)
        builder.build(seg);
    if (page.articles.isEmpty())
        page.warnings.append(parserNote(ParserNote::NoArticles));
    return page;
}

} // namespace za::bulletin
