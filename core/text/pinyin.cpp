#include "text/pinyin.h"

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

} // namespace

Pinyin toPinyin(QStringView text)
{
    Pinyin result;
    Transliterator &t = transliterator();
    QString latin;
    {
        QMutexLocker lock(&t.mutex);
        if (!t.instance)
            return result;
        icu::UnicodeString value(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        t.instance->transliterate(value);
        latin = QString(reinterpret_cast<const QChar *>(value.getBuffer()), value.length());
    }
    bool atSyllableStart = true;
    for (QChar c : std::as_const(latin)) {
        if (c.isLetterOrNumber()) {
            result.full += c;
            if (atSyllableStart)
                result.initials += c;
            atSyllableStart = false;
        } else {
            atSyllableStart = true;
        }
    }
    return result;
}

} // namespace za::text
