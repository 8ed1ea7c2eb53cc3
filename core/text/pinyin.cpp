#include "text/pinyin.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace za::text {

namespace {

// ICU transliterators are not thread-safe to use concurrently; one shared instance behind a mutex is
// enough for completion lists (a few thousand names, built once).
struct Transliterator
{
    QMutex mutex;
    std::unique_ptr<icu::Transliterator> instance;

    Transliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        instance.reset(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            instance.reset();
    }
};

Transliterator &transliterator()
{
    static Transliterator t;
    return t;
}

// Readings of single characters, transliterated once each: completion lists run to tens of thousands
// of names, and transliterating whole names costs ~0.3 ms each.
QString readingOf(char32_t codePoint)
{
    static QMutex cacheMutex;
    static QHash<char32_t, QString> cache;
    {
        QMutexLocker lock(&cacheMutex);
        if (const auto it = cache.constFind(codePoint); it != cache.cend())
            return *it;
    }
    Transliterator &t = transliterator();
    QString latin;
    {
        QMutexLocker lock(&t.mutex);
        if (t.instance) {
            icu::UnicodeString value = icu::UnicodeString(UChar32(codePoint));
            t.instance->transliterate(value);
            latin = QString(reinterpret_cast<const QChar *>(value.getBuffer()), value.length()).trimmed();
        }
    }
    QMutexLocker lock(&cacheMutex);
    cache.insert(codePoint, latin);
    return latin;
}

} // namespace

Pinyin toPinyin(QStringView text)
{
    Pinyin result;
    bool inLatinWord = false; // a Latin word gives one initial, like a syllable
    for (qsizetype i = 0; i < text.size();) {
        char32_t cp = text[i].unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(cp) && next < text.size() && text[next].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[next]);
            ++next;
        }
        i = next;
        if (QChar::script(cp) == QChar::Script_Han) {
            inLatinWord = false;
            const QString reading = readingOf(cp);
            bool first = true;
            for (QChar c : reading) {
                if (!c.isLetterOrNumber())
                    continue;
                result.full += c;
                if (first)
                    result.initials += c;
                first = false;
            }
        } else if (QChar::isLetterOrNumber(cp)) {
            const QString lower = QString::fromUcs4(&cp, 1).toLower();
            if (!inLatinWord)
                result.initials += lower;
            result.full += lower;
            inLatinWord = true;
        } else {
            inLatinWord = false;
        }
    }
    return result;
}

} // namespace za::text
