#pragma once

#include <QString>
#include <QStringView>

namespace za::text {

// Toneless pinyin of a Chinese name, for completion as users type Latin letters: 侯马经济开发区 gives
// syllables "hou ma jing ji kai fa qu", so that both "houma" and the initials "hm" can match.
struct Pinyin
{
    QString full;     // syllables joined without spaces: "houmajingjikaifaqu"
    QString initials; // first letters: "hmjjkfq"
};

// Uses ICU's Han-Latin transliterator (its readings; a polyphonic character may get a reading that is
// wrong for a place name). Non-Han characters are kept, lower-cased. Thread-safe.
Pinyin toPinyin(QStringView text);

} // namespace za::text
